/** Reads an HTML page the way the content script sees it: visible text through the same walker. */
import { Window } from 'happy-dom';
import { snapshotText } from '../dom/text-snapshot';
import type { Lang } from '../engine/types';

export interface PageText {
  text: string;
  title: string;
  lang?: Lang;
  /** The page's own address (its canonical link or og:url), when http(s). */
  url?: string;
  /** When it was published (article:published_time and the like), as YYYY-MM-DD or an ISO time. */
  datePublished?: string;
}

function httpHref(v: string | null | undefined): string | undefined {
  if (!v) return undefined;
  try {
    const u = new URL(v.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function pageFromHtml(html: string): PageText {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const doc = window.document;
    doc.write(html);
    const body = doc.body ?? doc.documentElement;
    const text = body ? snapshotText(body as unknown as Node).text : '';
    const langAttr = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
    const lang: Lang | undefined = langAttr.startsWith('fr') ? 'fr' : langAttr.startsWith('en') ? 'en' : undefined;
    const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? undefined;
    const url = httpHref(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpHref(meta('meta[property="og:url"]'));
    const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]');
    const datePublished = published && /^\d{4}-\d{2}-\d{2}/.test(published.trim()) ? published.trim().slice(0, 25) : undefined;
    return { text, title: doc.title ?? '', lang, url, datePublished };
  } finally {
    window.happyDOM.close();
  }
}
