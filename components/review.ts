/**
 * What the popup and the popover make of a verdict for the reader to take away: the page's verdicts
 * as a ClaimReview file, and a prefilled report about one verdict (to copy, or to open in the mail
 * client when the reader set an address). Nothing here sends anything.
 */
import { toClaimReview } from '../engine/claimreview/export';
import type { CheckedClaim } from '../engine/verdict/types';
import type { Lang } from '../engine/types';
import { dictionary, fill, verdictLabel } from '../i18n';

/** The page's checked figures as one .jsonld file (unverified figures are not reviews). */
export function claimReviewFile(pageUrl: string, claims: CheckedClaim[], lang: Lang, now = new Date(), title?: string): { name: string; text: string; count: number } {
  const labels = { supported: verdictLabel('supported', lang), outdated: verdictLabel('outdated', lang), contradicted: verdictLabel('contradicted', lang) };
  const doc = toClaimReview({ url: pageUrl, title }, claims, { lang, now, labels });
  let host = 'page';
  try {
    host = new URL(pageUrl).hostname.replace(/^www\./, '') || host;
  } catch {
    // not a URL: the generic name
  }
  const name = `infracheck-claimreview-${host.replace(/[^a-z0-9.-]/gi, '_')}-${now.toISOString().slice(0, 10)}.jsonld`;
  return { name, text: `${JSON.stringify(doc, null, 2)}\n`, count: doc['@graph'].length };
}

/** The report's text, in the reader's language: the figure, sentence, page, verdict, fact and sources, and the comment. */
export function reportText(c: CheckedClaim, pageUrl: string, lang: Lang, comment: string): string {
  const r = dictionary(lang).review;
  const fact = c.newer ?? c.fact;
  const sources = [c.fact, c.newer].filter((f, i, a) => f && a.findIndex((g) => g?.id === f.id) === i).flatMap((f) => f!.sources);
  const lines = [
    r.intro,
    '',
    fill(r.figure, { value: c.text }),
    fill(r.sentence, { value: c.sentence.replace(/\s+/g, ' ').trim() }),
    fill(r.page, { value: pageUrl }),
    fill(r.verdict, { value: verdictLabel(c.verdict, lang) }),
    fill(r.fact, { value: fact ? [c.fact?.id, c.newer && c.newer.id !== c.fact?.id ? c.newer.id : undefined].filter(Boolean).join(', ') : r.none }),
    r.sourcesLine,
    ...(sources.length ? sources.map((s) => `- ${s.publisher}, ${s.date}: ${s.title} <${s.url}>`) : [`- ${r.none}`]),
    '',
    r.commentLine,
    comment.trim() || r.none,
  ];
  return lines.join('\n');
}

/** A plausible e-mail address (the options accept nothing else). */
export function isEmail(s: string): boolean {
  return s.length <= 200 && /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]{2,}$/.test(s);
}

/** `mailto:` with the report as body, or undefined without a (valid) address. Bounded for mail clients. */
export function reportMailto(address: string, c: CheckedClaim, pageUrl: string, lang: Lang, comment: string): string | undefined {
  if (!isEmail(address)) return undefined;
  const subject = fill(dictionary(lang).review.subject, { figure: c.text });
  const body = reportText(c, pageUrl, lang, comment).slice(0, 1800);
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
