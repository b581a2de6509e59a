/**
 * A page's checked figures as schema.org ClaimReview JSON-LD: one review per figure with a verdict
 * (unverified figures are not reviews and are left out), with the properties Google's fact-check
 * documentation requires (claimReviewed, reviewRating with alternateName, url) or recommends
 * (author, datePublished, itemReviewed as a Claim with appearance and datePublished, the rating's
 * numeric scale), and the sources as citations.
 *
 * The rating scale (documented in README.md): 1 to 5, worst 1, best 5 —
 *   5 = the figure agrees with a current sourced figure (supported),
 *   3 = the figure was right once; a newer one exists (outdated),
 *   1 = the figure is clearly contradicted by a sourced figure (contradicted).
 */
import type { Verdict } from '../types';
import type { FactRef } from '../verdict/reasons';
import type { CheckedClaim } from '../verdict/types';

export const RATING_SCALE = { worst: 1, best: 5 } as const;
export const RATING_VALUES: Record<Exclude<Verdict, 'unverified'>, number> = { supported: 5, outdated: 3, contradicted: 1 };

/** The extension as the reviews' author. */
export const REVIEW_AUTHOR = { '@type': 'Organization', name: 'InfraCheck' } as const;

export interface ReviewedPage {
  url: string;
  title?: string;
  /** When the page was published (YYYY-MM-DD or ISO date-time), if it says. */
  datePublished?: string;
}

export interface ToClaimReviewOptions {
  lang: string;
  /** The export's date (datePublished of every review). */
  now: Date | string;
  /** The verdicts in words, in `lang` (the i18n layer's labels: "Vérifié", "Verified"…). */
  labels: Record<Exclude<Verdict, 'unverified'>, string>;
}

const MAX_SENTENCE = 1000;

function isoDate(d: Date | string): string {
  if (typeof d !== 'string') return d.toISOString().slice(0, 10);
  return /^\d{4}-\d{2}(-\d{2})?/.test(d) ? d.slice(0, 25) : new Date(d).toISOString().slice(0, 10);
}

/** The page URL with a text fragment that scrolls to the figure (`#:~:text=`). */
export function figureUrl(pageUrl: string, figure: string): string {
  const base = pageUrl.replace(/#.*$/, '');
  // Text fragments: '-', '&' and ',' have meanings of their own and are escaped too.
  const enc = encodeURIComponent(figure).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  return `${base}#:~:text=${enc}`;
}

function citations(c: CheckedClaim): object[] {
  const facts: FactRef[] = [c.fact, c.newer, ...(c.related ?? [])].filter((f): f is FactRef => !!f);
  const seen = new Set<string>();
  const out: object[] = [];
  for (const f of facts) {
    for (const s of f.sources) {
      if (seen.has(s.url)) continue;
      seen.add(s.url);
      out.push({
        '@type': 'CreativeWork',
        name: s.title,
        url: s.url,
        datePublished: s.date,
        publisher: { '@type': 'Organization', name: s.publisher },
      });
    }
  }
  return out;
}

/** One ClaimReview per checked figure, in a JSON-LD document with one `@context` and a `@graph`. */
export function toClaimReview(page: ReviewedPage, claims: CheckedClaim[], opts: ToClaimReviewOptions): { '@context': string; '@graph': object[] } {
  const date = isoDate(opts.now);
  const graph: object[] = [];
  for (const c of claims) {
    if (c.verdict === 'unverified') continue;
    const appearance: Record<string, unknown> = { '@type': 'CreativeWork', url: page.url };
    if (page.title) appearance.headline = page.title.slice(0, 300);
    if (page.datePublished) appearance.datePublished = page.datePublished;
    const claim: Record<string, unknown> = { '@type': 'Claim', appearance };
    if (page.datePublished) claim.datePublished = page.datePublished;
    const label = opts.labels[c.verdict];
    const review: Record<string, unknown> = {
      '@type': 'ClaimReview',
      url: figureUrl(page.url, c.text),
      claimReviewed: c.sentence.replace(/\s+/g, ' ').trim().slice(0, MAX_SENTENCE),
      itemReviewed: claim,
      author: { ...REVIEW_AUTHOR },
      datePublished: date,
      inLanguage: opts.lang,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: RATING_VALUES[c.verdict],
        bestRating: RATING_SCALE.best,
        worstRating: RATING_SCALE.worst,
        alternateName: label,
        name: label,
      },
    };
    if (c.explanation) review.reviewBody = c.explanation;
    const cited = citations(c);
    if (cited.length) review.citation = cited;
    graph.push(review);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
