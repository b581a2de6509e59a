/**
 * Reading JSON-LD without a DOM: the `<script type="application/ld+json">` blocks of a page (a
 * bounded, linear scan with indexOf — no regular expression runs over the page), then the
 * ClaimReview nodes of whatever shape the documents take: a single review, an array, an
 * `ItemList`, a `@graph`, or reviews nested in another node (`review`, `mainEntity`, …).
 */
import { MAX_PACK_BYTES } from '../facts/validate';

export class ClaimReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimReviewError';
  }
}

/** At most this many JSON-LD scripts per page, and this many review nodes per input. */
export const MAX_SCRIPTS = 1000;
export const MAX_REVIEWS = 20_000;
/** How deep nodes are searched for reviews. */
const MAX_DEPTH = 12;

export type JsonObject = Record<string, unknown>;

/** Does the text look like an HTML page (rather than JSON)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase();
  return head.startsWith('<');
}

/** Lower-cases ASCII letters only (offsets stay the same as in the input). */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/**
 * The contents of a page's `<script type="application/ld+json">` elements, in order. Each step
 * moves forward with indexOf, so the scan is linear in the page's length whatever it holds.
 */
export function ldJsonScripts(html: string): string[] {
  const lower = asciiLower(html);
  const out: string[] = [];
  let at = 0;
  while (out.length < MAX_SCRIPTS) {
    const open = lower.indexOf('<script', at);
    if (open < 0) break;
    const tagEnd = lower.indexOf('>', open + 7);
    if (tagEnd < 0) break;
    const tag = lower.slice(open + 7, tagEnd);
    const close = lower.indexOf('</script', tagEnd + 1);
    const end = close < 0 ? html.length : close;
    // The type attribute, quoted or not: `type="application/ld+json"`, `type=application/ld+json`.
    for (let t = tag.indexOf('type'); t >= 0; t = tag.indexOf('type', t + 4)) {
      if (t > 0 && !/\s/.test(tag[t - 1])) continue; // "data-type"
      const value = tag.slice(t + 4, t + 80).replace(/^\s*=\s*["']?\s*/, '');
      if (value.startsWith('application/ld+json')) out.push(html.slice(tagEnd + 1, end));
      break;
    }
    if (close < 0) break;
    at = close + 8;
  }
  return out;
}

/** `&amp;` and friends in a script's text (some CMSs escape JSON-LD as if it were HTML). */
function unescapeCdata(s: string): string {
  const t = s.trim();
  if (t.startsWith('<![CDATA[') && t.endsWith(']]>')) return t.slice(9, -3);
  if (t.startsWith('<!--') && t.endsWith('-->')) return t.slice(4, -3);
  return t;
}

/** Parses JSON-LD text, a page holding JSON-LD scripts, or an already-parsed value, into documents. */
export function readDocuments(input: string | unknown): unknown[] {
  if (typeof input !== 'string') return [input];
  if (input.length > MAX_PACK_BYTES) {
    throw new ClaimReviewError(
      `ClaimReview input too large: ${(input.length / 1048576).toFixed(1)} MB (the limit is ${MAX_PACK_BYTES / 1048576} MB)`,
    );
  }
  const text = input.replace(/^\uFEFF/, '');
  if (looksLikeHtml(text)) {
    const scripts = ldJsonScripts(text);
    if (!scripts.length) throw new ClaimReviewError('no <script type="application/ld+json"> in this page');
    return scripts.map((s, i) => {
      try {
        return JSON.parse(unescapeCdata(s));
      } catch (e) {
        throw new ClaimReviewError(`malformed JSON-LD in script ${i + 1} of ${scripts.length}: ${(e as Error).message.slice(0, 200)}`);
      }
    });
  }
  try {
    return [JSON.parse(text)];
  } catch (e) {
    throw new ClaimReviewError(`malformed JSON-LD: ${(e as Error).message.slice(0, 200)}`);
  }
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A node's types, without a schema.org prefix ("http://schema.org/ClaimReview" → "ClaimReview"). */
export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, '').replace(/^schema:/, ''));
}

/** The ClaimReview nodes of the documents, in document order (each once). */
export function findReviews(docs: unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown, depth: number) => {
    if (out.length >= MAX_REVIEWS || depth > MAX_DEPTH || v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const node = v as JsonObject;
    if (typesOf(node).includes('ClaimReview')) {
      out.push(node);
      return;
    }
    // Containers and the properties reviews are nested under.
    for (const key of ['@graph', 'itemListElement', 'item', 'review', 'mainEntity', 'hasPart', 'subjectOf']) {
      if (key in node) visit(node[key], depth + 1);
    }
  };
  for (const d of docs) visit(d, 0);
  return out;
}
