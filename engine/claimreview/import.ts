/**
 * A fact-checker's ClaimReview JSON-LD as a fact pack. Each review whose claim carries a figure the
 * extractor reads, rated clearly true or clearly false, becomes one fact: the fact-checker is the
 * publisher, its review URL the source, the statement is written by us from the figure. Whose figure
 * it is and which quantity (the subject and metric a fact needs) come from a reference fact base (the
 * bundled pack): the claim's sentence is checked against it, and the fact it is judged against lends
 * its subject, aliases and metric. A figure rated false is kept as a known wrong figure
 * (`rating: 'false'`): it never supports a figure on a page; a page that prints it, naming the
 * subject and the quantity in the same sentence, is "contradicted", citing the checker.
 * What does not map is listed in `skipped` with the reason.
 */
import { extractClaims } from '../extract/extract';
import type { Fact, FactPack } from '../facts/schema';
import { FACT_LANGS } from '../facts/schema';
import { validatePack } from '../facts/validate';
import type { FactBase } from '../match/fact-base';
import type { Claim, Lang } from '../types';
import { Checker } from '../verdict/checker';
import type { FactRef } from '../verdict/reasons';
import { ClaimReviewError, findReviews, readDocuments, typesOf, type JsonObject } from './jsonld';

export interface Skipped {
  /** The review's position among the input's reviews (0-based, document order). */
  index: number;
  reason: string;
}

export interface FromClaimReviewOptions {
  /** The fact base that names subjects and quantities (the bundled pack's). */
  reference: FactBase;
  /** The import's date (the pack's `updated`; a review without any date is dated so). */
  now?: Date;
  /** The reviews' language when they do not say (detected otherwise). */
  lang?: Lang;
  /** The pack's id (default: from the first fact-checker's name). */
  id?: string;
}

export type Rating = 'true' | 'false' | 'mixed';

const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
/** Words that qualify a rating ("mostly true", "en partie faux"): neither true nor false. */
const QUALIFIED = /\b(mostly|partly|partially|half|largely|mainly|misleading|mixture|mixed|unproven|unsupported|exaggerat\w*|missing context|out of context|outdated|needs context|plutot|en partie|partiellement|a moitie|trompeu\w*|imprecis\w*|exagere\w*|douteu\w*|depasse\w*|manque de contexte|sans preuve|teilweise|uberwiegend|irrefuhrend|veraltet|unbelegt|mayormente|parcialmente|enganos\w*|impreciso|exagerado|parzialmente|fuorviante|impreciso|esagerat\w*|in parte)\b/;
const TRUE_WORDS = /\b(true|correct|accurate|verified|right|vrai|vraie|exact|exacte|juste|verifie|confirme|wahr|richtig|korrekt|stimmt|bestatigt|verdadero|cierto|correcto|verificado|vero|corretto|verificato|esatto)\b/;
const FALSE_WORDS = /\b(false|wrong|incorrect|inaccurate|fake|untrue|pants on fire|contradicted|faux|fausse|errone|erronee|inexact|inexacte|infonde|contredit|falsch|unwahr|widerlegt|falso|falsa|incorrecto|erroneo|sbagliato|errato|smentito)\b/;

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v.trim().replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** A review's rating as true, false or neither: its words first, else its place on its own scale. */
export function classifyRating(rating: unknown): { rating: Rating; words: string } | undefined {
  const r = Array.isArray(rating) ? rating[0] : rating;
  if (!r || typeof r !== 'object') return undefined;
  const o = r as JsonObject;
  const words = [o.alternateName, o.name, o.ratingExplanation].find((x): x is string => typeof x === 'string' && !!x.trim()) ?? '';
  const w = strip(words);
  if (w) {
    if (QUALIFIED.test(w)) return { rating: 'mixed', words };
    const t = TRUE_WORDS.test(w) && !/\b(not|pas|nicht|no|non)\b/.test(w);
    const f = FALSE_WORDS.test(w);
    if (t !== f) return { rating: t ? 'true' : 'false', words };
  }
  const value = num(o.ratingValue);
  if (value === undefined) return words ? { rating: 'mixed', words } : undefined;
  // schema.org's defaults: worst 1, best 5.
  const best = num(o.bestRating) ?? 5;
  const worst = num(o.worstRating) ?? 1;
  if (best === worst) return { rating: 'mixed', words };
  const p = (value - worst) / (best - worst);
  return { rating: p >= 1 ? 'true' : p <= 0 ? 'false' : 'mixed', words: words || `${value}/${best}` };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]+/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', agrave: 'à' };

/** A JSON-LD string as plain text: entities decoded, controls as spaces; undefined if it holds markup. */
export function plainText(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  let s = v.length > max * 4 ? v.slice(0, max * 4) : v;
  s = s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 31 && code < 0x110000 && code !== 127 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
  s = s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (!s || /<\s*[a-z!/?]|javascript:/i.test(s)) return undefined;
  return s.slice(0, max).replace(/&#/g, '& #');
}

/** An http(s) URL, or undefined. */
export function httpUrl(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v.trim() : isObj(v) && typeof v.url === 'string' ? v.url.trim() : isObj(v) && typeof v['@id'] === 'string' ? (v['@id'] as string).trim() : undefined;
  if (!s || s.length > 2000) return undefined;
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function isObj(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/** YYYY-MM-DD (or YYYY-MM) from an ISO date or date-time, if it is one. */
function dateOf(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?/.exec(v.trim());
  return m ? (m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`) : undefined;
}

function slug(s: string, max = 40): string {
  return strip(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max) || 'x';
}

/** A short stable hash (FNV-1a) for fact ids. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Our own words for an imported figure, in every fact language. */
const STATEMENTS: Record<(typeof FACT_LANGS)[number], { true: string; false: string }> = {
  fr: { true: '{checker} a vérifié ce chiffre ({subject}) : {figure} — « {rating} ».', false: '{checker} a jugé ce chiffre faux ({subject}) : {figure} — « {rating} ».' },
  en: { true: '{checker} checked this figure ({subject}): {figure} — “{rating}”.', false: '{checker} rated this figure false ({subject}): {figure} — “{rating}”.' },
  de: { true: '{checker} hat diese Zahl geprüft ({subject}): {figure} – „{rating}“.', false: '{checker} hat diese Zahl als falsch bewertet ({subject}): {figure} – „{rating}“.' },
  es: { true: '{checker} verificó esta cifra ({subject}): {figure} — «{rating}».', false: '{checker} calificó esta cifra de falsa ({subject}): {figure} — «{rating}».' },
  it: { true: '{checker} ha verificato questa cifra ({subject}): {figure} — «{rating}».', false: '{checker} ha giudicato falsa questa cifra ({subject}): {figure} — «{rating}».' },
};

function fillIn(t: string, vars: Record<string, string>): string {
  return t.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** Which fact of the reference base the figure was judged against, if exactly one. */
function referenceFact(c: ReturnType<Checker['check']>[number]): { ref?: FactRef; why?: string } {
  for (const r of c.reasons) {
    switch (r.kind) {
      case 'matches':
      case 'matches-disputed':
      case 'matches-past':
      case 'superseded':
        return { ref: r.fact };
      case 'matches-total':
        return { ref: r.total ?? r.parts[0] };
      case 'differs':
        return { ref: r.facts[0] };
      case 'held-back':
        if (r.blocked.includes('subject-not-in-sentence')) return { why: 'the sentence does not name whose figure it is' };
        if (r.blocked.includes('no-metric-word')) return { why: 'the sentence does not say which quantity the figure is' };
        if (r.blocked.includes('other-entity-named') || r.blocked.includes('candidates-disagree')) return { why: 'the sentence names several subjects we know: whose figure it is is not clear' };
        return { ref: r.fact };
      case 'ambiguous':
        return { why: 'the sentence may be about several facts we know: which one is not clear' };
      case 'no-metric':
        return { why: 'the sentence does not say which quantity the figure is' };
      case 'not-checked':
        return { why: 'this kind of figure (a duration, a factor) is not checked' };
      case 'no-fact':
        return { why: 'no subject we know is named with the figure' };
    }
  }
  return { why: 'no subject we know is named with the figure' };
}

/**
 * Converts ClaimReview JSON-LD (text, a page with JSON-LD scripts, or parsed JSON) into a validated
 * fact pack. Throws ClaimReviewError for input that is not JSON-LD or holds no ClaimReview.
 */
export function fromClaimReview(input: string | unknown, opts: FromClaimReviewOptions): { pack: FactPack; skipped: Skipped[]; reviews: number } {
  const docs = readDocuments(input);
  const reviews = findReviews(docs);
  if (!reviews.length) {
    const types = docs.flatMap((d) => (isObj(d) ? typesOf(d) : [])).slice(0, 5);
    throw new ClaimReviewError(`no ClaimReview in this JSON-LD${types.length ? ` (found ${types.join(', ')})` : ''}`);
  }
  const now = opts.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const checker = new Checker(opts.reference);
  const facts: Fact[] = [];
  const skipped: Skipped[] = [];
  const ids = new Set<string>();
  let packPublisher: string | undefined;

  reviews.forEach((review, index) => {
    const skip = (reason: string) => skipped.push({ index, reason });
    const sentence = plainText(review.claimReviewed, 2000);
    if (!sentence) return skip(typeof review.claimReviewed === 'string' ? 'claimReviewed is not plain text' : 'no claimReviewed');
    const rated = classifyRating(review.reviewRating);
    if (!rated) return skip('no reviewRating');
    if (rated.rating === 'mixed') return skip(`rating “${plainText(rated.words, 80) ?? '?'}” is neither true nor false`);
    const reviewUrl = httpUrl(review.url);
    if (!reviewUrl) return skip('no http(s) url for the review');
    const url: string = reviewUrl;
    const text: string = sentence;
    const author = first(review.author) ?? first(review.publisher);
    const host = new URL(url).hostname.replace(/^www\./, '');
    const checkerName = (isObj(author) ? plainText(author.name, 200) : plainText(author, 200)) ?? host;
    const item = isObj(first(review.itemReviewed)) ? (first(review.itemReviewed) as JsonObject) : {};
    const appearance = first(item.appearance) ?? first(item.firstAppearance);
    const claimDate = dateOf(item.datePublished) ?? (isObj(appearance) ? dateOf(appearance.datePublished) : undefined);
    const reviewDate = dateOf(review.datePublished) ?? dateOf(review.dateModified);
    const headline = isObj(appearance) ? plainText(appearance.headline ?? appearance.name, 300) : undefined;
    const lang = (typeof review.inLanguage === 'string' && /^(fr|en|de|es|it)\b/i.test(review.inLanguage)
      ? review.inLanguage.slice(0, 2).toLowerCase()
      : opts.lang) as Lang | undefined;

    const claims = extractClaims(sentence, { lang });
    if (!claims.length) return skip('no figure in claimReviewed');
    if (rated.rating === 'false' && claims.length > 1) {
      return skip(`rated false, but claimReviewed holds ${claims.length} figures: which one is wrong is not said`);
    }
    const checked = checker.check(sentence, claims, { title: headline });
    let made = 0;
    const reasons: string[] = [];
    checked.forEach((c, k) => {
      const why = toFact(c, claims[k]);
      if (why) reasons.push(claims.length > 1 ? `“${c.text}”: ${why}` : why);
      else made++;
    });
    if (!made) skip(reasons.join('; '));
    else if (reasons.length) skip(`partly imported: ${reasons.join('; ')}`);

    function toFact(c: (typeof checked)[number], claim: Claim): string | undefined {
      if (claim.approx === 'several') return 'a vague figure (“several billions”) cannot be a fact';
      const found = referenceFact(c);
      if (!found.ref) return found.why;
      const ref = opts.reference.byId.get(found.ref.id);
      if (!ref) return 'no subject we know is named with the figure';
      const asOf = claimDate ?? reviewDate ?? today;
      let id = `cr-${slug(host, 30)}-${slug(ref.subject.name, 30)}-${ref.metric}-${hash(`${url}|${claim.text}|${claim.value}`)}`;
      for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      ids.add(id);
      const kind = rated!.rating === 'false' ? 'false' : 'true';
      const vars = { checker: checkerName, subject: ref.subject.name, figure: claim.text, rating: plainText(rated!.words, 80) ?? kind };
      const statement: Fact['statement'] = {};
      for (const l of FACT_LANGS) statement[l] = fillIn(STATEMENTS[l][kind], vars).slice(0, 600);
      const title = plainText(review.name ?? review.headline, 500) ?? text.slice(0, 500);
      // The names and words of the whole chain (an older figure may list a name the newest does not).
      const chain = opts.reference.chains.get(ref.chain)?.facts ?? [ref];
      const aliases = [...new Set(chain.flatMap((f) => (f.subject.name === ref.subject.name ? f.subject.aliases : [])))].slice(0, 100);
      const keywords: Fact['keywords'] = {};
      for (const l of FACT_LANGS) {
        const words = [...new Set(chain.flatMap((f) => f.keywords[l] ?? []))].slice(0, 100);
        if (words.length) keywords[l] = words;
      }
      const fact: Fact = {
        id,
        subject: { name: ref.subject.name, aliases },
        metric: ref.metric,
        keywords,
        value: claim.value,
        unit: claim.unit,
        asOf,
        statement,
        sources: [{ publisher: checkerName, title, url, date: reviewDate ?? asOf }],
        note: `ClaimReview by ${checkerName}: “${vars.rating}”`.slice(0, 600),
      };
      if (claim.approx === 'range') {
        fact.low = claim.low;
        fact.high = claim.high;
      } else if (claim.approx !== 'exact') fact.approx = claim.approx as Fact['approx'];
      if (claim.per) fact.per = claim.per;
      if (kind === 'false') fact.rating = 'false';
      facts.push(fact);
      packPublisher ??= checkerName;
      return undefined;
    }
  });

  const id = opts.id ?? `claimreview-${slug(packPublisher ?? 'import', 60)}`;
  const pack = validatePack({
    id,
    title: `ClaimReview — ${packPublisher ?? 'import'}`.slice(0, 200),
    version: today,
    updated: today,
    facts,
  });
  return { pack, skipped, reviews: reviews.length };
}

export { ClaimReviewError };
