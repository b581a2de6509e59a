/**
 * ClaimReview (schema.org JSON-LD) out and in: `toClaimReview` writes a page's checked figures as
 * reviews, `fromClaimReview` turns a fact-checker's reviews into a fact pack. Pure: no DOM, no
 * browser API. `readFactSource` is what the options page, the background and `scan --facts` call
 * with a file or a download: a fact pack, or ClaimReview JSON-LD converted into one.
 */
import type { FactPack } from '../facts/schema';
import { PackError, parsePack } from '../facts/validate';
import type { FactBase } from '../match/fact-base';
import { fromClaimReview, type Skipped } from './import';
import { ClaimReviewError, ldJsonScripts, looksLikeHtml } from './jsonld';

export { toClaimReview, figureUrl, RATING_SCALE, RATING_VALUES, REVIEW_AUTHOR, type ReviewedPage, type ToClaimReviewOptions } from './export';
export { fromClaimReview, classifyRating, plainText, httpUrl, type Skipped, type FromClaimReviewOptions } from './import';
export { ClaimReviewError, ldJsonScripts, findReviews, readDocuments } from './jsonld';

/** Does this text (a file named `name`) hold ClaimReview JSON-LD rather than a fact pack? */
export function looksLikeClaimReview(text: string, name = ''): boolean {
  if (/\.jsonld$/i.test(name)) return true;
  const t = text.replace(/^\uFEFF/, '').trimStart();
  // A page only when it embeds JSON-LD (any other page is reported as "not JSON", like a bad pack).
  if (looksLikeHtml(t)) return ldJsonScripts(t).length > 0;
  const head = t.slice(0, 64 * 1024);
  return /"@(context|type|graph)"\s*:/.test(head) && !/^\{\s*"(id|title|version|updated|facts)"\s*:/.test(head);
}

export interface FactSource {
  pack: FactPack;
  /** Set for ClaimReview input: the reviews left out and why. */
  skipped?: Skipped[];
  /** How many reviews the input held (ClaimReview input). */
  reviews?: number;
}

/**
 * A fact pack, or ClaimReview JSON-LD converted with `fromClaimReview` (subjects and quantities
 * from `reference`, called only then). Throws PackError with a message a user can act on, changing
 * nothing: malformed JSON-LD, no ClaimReview, or no review that could become a fact.
 */
export function readFactSource(text: string, opts: { name?: string; reference: () => FactBase; now?: Date }): FactSource {
  if (!looksLikeClaimReview(text, opts.name)) return { pack: parsePack(text) };
  let result;
  try {
    result = fromClaimReview(text, { reference: opts.reference(), now: opts.now });
  } catch (e) {
    if (e instanceof ClaimReviewError) throw new PackError(e.message);
    throw e;
  }
  const reviews = result.reviews;
  if (!result.pack.facts.length) {
    const first = result.skipped[0];
    throw new PackError(
      `no ClaimReview could be imported: ${result.skipped.length} review${result.skipped.length === 1 ? '' : 's'} left out${first ? ` (review ${first.index + 1}: ${first.reason})` : ''}`,
    );
  }
  return { pack: result.pack, skipped: result.skipped, reviews };
}
