/** Reads an HTML page the way the content script sees it: visible text through the same walker. */
import { Window } from 'happy-dom';
import { snapshotText } from '../dom/text-snapshot';
import type { Lang } from '../engine/types';

export interface PageText {
  text: string;
  title: string;
  lang?: Lang;
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
    return { text, title: doc.title ?? '', lang };
  } finally {
    window.happyDOM.close();
  }
}
