/**
 * The words of a text, found once in one linear pass over its characters (like `Sentences`), and
 * looked up in one vocabulary: every table word the extractor scans for (word numbers, vague
 * amounts, language-detection words, the last words of qualifiers…). A word is a run of Latin
 * letters (the lexicon's LATIN_LETTER); its letters are case-folded as a case-insensitive regex
 * folds them, hashed while scanning, and checked letter by letter on a hit, so no word is sliced.
 *
 * Why: a regex over the whole text that starts with a lookbehind and a five-language alternation
 * tries every position of the text; scanning the text once and running the exact (sticky) regex only
 * where a vocabulary word starts gives the same matches at a fraction of the cost.
 */

/** The sticky (`y`) twin of a regex: the same pattern, read at one position instead of scanning. */
export function stickyOf(re: RegExp, source = re.source): RegExp {
  return new RegExp(source, `${re.flags.replace('g', '')}y`);
}

/**
 * Case fold of each Latin letter (U+0000–U+024F), 0 for anything else. The table spans every
 * UTF-16 code (128 kB) so the word pass reads it without a range test.
 */
const FOLD = new Uint16Array(0x10000);
{
  const letter = /[A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;
  for (let c = 0; c < 0x250; c++) {
    const ch = String.fromCharCode(c);
    if (!letter.test(ch)) continue;
    // As a case-insensitive regex compares: through the upper case ("ſ" → "S" → "s").
    const up = ch.toUpperCase();
    const folded = up.length === 1 ? up.toLowerCase() : ch.toLowerCase();
    FOLD[c] = folded.length === 1 ? folded.charCodeAt(0) : c;
  }
}

/** Inline white space (the lexicon's GAP, `[^\\S\\n]`): every white space but a newline. */
const GAPS = new Set<number>([9, 11, 12, 13, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
for (let c = 0x2000; c <= 0x200a; c++) GAPS.add(c);

export function isGap(code: number): boolean {
  return code === 32 || GAPS.has(code);
}

/** Is this UTF-16 code a Latin letter (the lexicon's LATIN_LETTER)? */
export function isLatinLetter(code: number): boolean {
  return FOLD[code] > 0;
}

/** The folded form of a table word (letters only are folded; other characters stay). */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += String.fromCharCode(FOLD[c] || c);
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function hashFolded(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * A set of single words (letters only), each with an id: an open-addressing table keyed by hash,
 * each hit confirmed against the word's letters.
 */
export class Vocabulary {
  private readonly list: string[] = [];
  private readonly byWord = new Map<string, number>();
  private keys = new Int32Array(0);
  private slots = new Int32Array(0);
  private mask = 0;

  /** The id of `word` (folded), added if new. Words with a non-letter in them are refused. */
  add(word: string): number {
    const folded = foldWord(word);
    const known = this.byWord.get(folded);
    if (known !== undefined) return known;
    for (let i = 0; i < word.length; i++) {
      if (!isLatinLetter(word.charCodeAt(i))) throw new Error(`vocabulary word with a non-letter: ${JSON.stringify(word)}`);
    }
    const id = this.list.length;
    this.maxLength = Math.max(this.maxLength, folded.length);
    this.list.push(folded);
    this.byWord.set(folded, id);
    this.mask = 0; // the table is rebuilt on the next lookup
    return id;
  }

  get size(): number {
    return this.list.length;
  }

  /** The length of the longest word: a longer one is not looked up. */
  maxLength = 0;

  /** The id of the word `text[start, end)` whose folded letters hash to `hash`, or -1. */
  lookup(text: string, start: number, end: number, hash: number): number {
    if (this.mask === 0) {
      if (this.list.length === 0) return -1;
      this.rebuild();
    }
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot] - 1;
      if (id < 0) return -1;
      if (this.keys[slot] !== hash) continue;
      const w = this.list[id];
      if (w.length !== end - start) continue;
      let same = true;
      for (let k = 0; k < w.length && same; k++) same = FOLD[text.charCodeAt(start + k)] === w.charCodeAt(k);
      if (same) return id;
    }
  }

  private rebuild(): void {
    let size = 16;
    while (size < this.list.length * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.list.forEach((w, id) => {
      const h = hashFolded(w);
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = h;
      this.slots[slot] = id + 1;
    });
  }
}

/** The words of `text[from, to)`: start, end and vocabulary id (-1 when not a table word). */
export class Words {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly ids: Int32Array;
  readonly count: number;

  constructor(readonly text: string, vocabulary: Vocabulary, from = 0, to = text.length) {
    // One tight loop over local arrays: this pass reads every character of the page.
    let cap = Math.max(16, Math.ceil((to - from) / 6) + 16);
    let starts: Int32Array = new Int32Array(cap);
    let ends: Int32Array = new Int32Array(cap);
    let ids: Int32Array = new Int32Array(cap);
    const maxLength = vocabulary.maxLength;
    let n = 0;
    let start = -1;
    let h = FNV_OFFSET;
    for (let i = from; i < to; i++) {
      const f = FOLD[text.charCodeAt(i)];
      if (f !== 0) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ f, FNV_PRIME);
      } else if (start >= 0) {
        if (n === cap) {
          cap *= 2;
          starts = grow(starts, cap);
          ends = grow(ends, cap);
          ids = grow(ids, cap);
        }
        starts[n] = start;
        ends[n] = i;
        ids[n] = i - start <= maxLength ? vocabulary.lookup(text, start, i, h) : -1;
        n++;
        start = -1;
      }
    }
    if (start >= 0) {
      if (n === cap) {
        cap += 1;
        starts = grow(starts, cap);
        ends = grow(ends, cap);
        ids = grow(ids, cap);
      }
      starts[n] = start;
      ends[n] = to;
      ids[n] = to - start <= maxLength ? vocabulary.lookup(text, start, to, h) : -1;
      n++;
    }
    this.starts = starts;
    this.ends = ends;
    this.ids = ids;
    this.count = n;
  }

  /** Index of the first word that starts at or after `pos` (`count` if none). */
  firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the last word that ends at or before `pos`, or -1. */
  lastBefore(pos: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** The one vocabulary of the extractor: every word class below adds its words to it. */
export const VOCABULARY = new Vocabulary();

/**
 * A class of vocabulary words (the first words of the word numbers, the last words of the
 * qualifiers…): membership by id, so a lookup is an array read.
 */
export class WordClass {
  private readonly member: boolean[] = [];
  constructor(words: Iterable<string>) {
    for (const w of words) this.member[VOCABULARY.add(w)] = true;
  }
  has(id: number): boolean {
    return id >= 0 && this.member[id] === true;
  }
}

/** The Latin-letter runs of a phrase ("au-delà de" → au, delà, de). */
function letterRuns(phrase: string): string[] {
  const runs: string[] = [];
  let cur = '';
  for (const ch of phrase) {
    if (isLatinLetter(ch.charCodeAt(0)) && ch.length === 1) cur += ch;
    else if (cur) {
      runs.push(cur);
      cur = '';
    }
  }
  if (cur) runs.push(cur);
  return runs;
}

/**
 * The words a match of one of `phrases` can start with (its first letter run). A phrase must start
 * with a letter: a regex run only where such a word starts would never see one that does not.
 */
export function firstWords(phrases: Iterable<string>): WordClass {
  const out: string[] = [];
  for (const p of phrases) {
    if (!p) continue;
    if (!isLatinLetter(p.charCodeAt(0))) throw new Error(`phrase must start with a letter: ${JSON.stringify(p)}`);
    out.push(letterRuns(p)[0]);
  }
  return new WordClass(out);
}

/** How many marks may sit between a phrase's last word and the figure ("d’ ", "ca. ", "mid-"). */
const TAIL_MARKS = 4;

/**
 * The words a phrase printed right before a figure can end with (its last letter run), for
 * `endsBefore`. A phrase must end with a letter or at most two marks ("d'", "ca.", "mid-").
 */
export function lastWords(phrases: Iterable<string>): WordClass {
  const out: string[] = [];
  for (const p of phrases) {
    if (!p) continue;
    const runs = letterRuns(p);
    const last = runs[runs.length - 1];
    if (!last || p.length - (p.lastIndexOf(last) + last.length) > 2) throw new Error(`phrase must end with a word: ${JSON.stringify(p)}`);
    out.push(last);
  }
  return new WordClass(out);
}

/**
 * Does a word of `cls` end right before `pos`, across at most a few spaces or marks? A cheap,
 * exact prefilter for the `$`-anchored regexes matched before a figure: when it says no, they
 * cannot match.
 */
export function endsBefore(words: Words, cls: WordClass, pos: number): boolean {
  const text = words.text;
  let e = pos;
  while (e > 0 && pos - e <= TAIL_MARKS) {
    const c = text.charCodeAt(e - 1);
    if (isLatinLetter(c)) break;
    if (c >= 48 && c <= 57) return false; // a digit: no phrase ends there
    e--;
  }
  if (e === 0 || !isLatinLetter(text.charCodeAt(e - 1))) return false;
  const j = words.lastBefore(e);
  return j >= 0 && words.ends[j] === e && cls.has(words.ids[j]);
}

/** A whole-text scan, run as its sticky twin where one of its first words starts (`scanWords`). */
export interface WordScan {
  sticky: RegExp;
  first: WordClass;
  /** The scan split by first word (see `ByFirstWord`), when it can be. */
  byFirst?: ByFirstWord;
  /** Words that start no match unless one of `neededAfter` follows within a few characters ("un" before "milliard"). */
  idle?: WordClass;
  neededAfter?: WordClass;
}

/** How far the word after an idle word may start: two spaces, or a hyphen and a space. */
const IDLE_REACH = 3;

/**
 * The matches of each scan, as each one's global regex would find them (left to right, without
 * overlap), in one pass over the words: the sticky twin runs only where one of its first words
 * starts, and not at an idle word that nothing needed follows.
 */
export function scanWords(scans: readonly WordScan[], words: Words): RegExpExecArray[][] {
  const out = scans.map((): RegExpExecArray[] => []);
  const from = scans.map(() => 0);
  const masks = scanMasks(scans);
  const { starts, ends, ids, text } = words;
  for (let i = 0; i < words.count; i++) {
    const id = ids[i];
    let bits = id >= 0 && id < masks.length ? masks[id] : 0;
    for (let k = 0; bits !== 0; k++, bits >>>= 1) {
      if ((bits & 1) === 0 || starts[i] < from[k]) continue;
      const scan = scans[k];
      if (scan.idle?.has(id) && !(i + 1 < words.count && starts[i + 1] - ends[i] <= IDLE_REACH && scan.neededAfter!.has(ids[i + 1]))) continue;
      const sticky = scan.byFirst ? scan.byFirst.for(id)! : scan.sticky;
      sticky.lastIndex = starts[i];
      const m = sticky.exec(text);
      if (m) {
        out[k].push(m);
        from[k] = m.index + m[0].length;
      }
    }
  }
  return out;
}

/** For each vocabulary id, one bit per scan that a word of that id may start (cached per list of scans). */
const MASKS = new WeakMap<readonly WordScan[], Uint32Array>();
function scanMasks(scans: readonly WordScan[]): Uint32Array {
  let masks = MASKS.get(scans);
  if (!masks || masks.length < VOCABULARY.size) {
    if (scans.length > 32) throw new Error('at most 32 scans in one pass');
    masks = new Uint32Array(VOCABULARY.size);
    for (let id = 0; id < masks.length; id++) scans.forEach((scan, k) => { if (scan.first.has(id)) masks![id] |= 1 << k; });
    MASKS.set(scans, masks);
  }
  return masks;
}

/**
 * A `$`-anchored regex matched against the slice of text before a figure, with its sticky twin:
 * `matchBefore` runs the twin only at the words of the slice a match can start with, once one of
 * the words a match can end with sits right before the figure.
 */
export interface BeforeRegex {
  sticky: RegExp;
  first: WordClass;
  last?: WordClass;
  /** The sticky regex split by first word (see `ByFirstWord`), when it can be. */
  byFirst?: ByFirstWord;
}

/**
 * One big alternation split by first word: at a given word only the phrases starting with it can
 * match, so a sticky regex of those phrases alone gives the same match. Each part is compiled the
 * first time a page needs it: a case-insensitive alternation of a few hundred phrases takes tens of
 * milliseconds to compile, a part of a few phrases a fraction of one.
 */
export class ByFirstWord {
  private readonly groups = new Map<number, string[]>();
  private readonly compiled = new Map<number, RegExp>();
  constructor(
    private readonly re: RegExp,
    private readonly alt: string,
    phrases: Iterable<string>,
    private readonly alternation: (words: string[]) => string,
  ) {
    if (re.source.split(alt).length !== 2) throw new Error('the regex must hold the alternation once');
    for (const p of phrases) {
      if (!p) continue;
      const id = VOCABULARY.add(letterRuns(p)[0]);
      const list = this.groups.get(id) ?? [];
      list.push(p);
      this.groups.set(id, list);
    }
  }

  /** The sticky regex of the phrases that start with word `id`. */
  for(id: number): RegExp | undefined {
    let re = this.compiled.get(id);
    if (!re) {
      const group = this.groups.get(id);
      if (!group) return undefined;
      const alt = this.alternation(group);
      re = stickyOf(this.re, this.re.source.replace(this.alt, () => alt));
      this.compiled.set(id, re);
    }
    return re;
  }
}

/**
 * A `BeforeRegex` for `re`, whose matches start with one of `first` and end with one of `last`.
 * When `re` holds `alternation(first)` as is, it is also split by first word.
 */
export function beforeRegex(
  re: RegExp, first: Iterable<string>, last?: Iterable<string>, alternation?: (words: string[]) => string,
): BeforeRegex {
  const phrases = [...first];
  const alt = alternation?.(phrases);
  const splittable = alt !== undefined && re.source.split(alt).length === 2;
  return {
    sticky: stickyOf(re),
    first: firstWords(phrases),
    last: last ? lastWords(last) : undefined,
    byFirst: splittable ? new ByFirstWord(re, alt, phrases, alternation!) : undefined,
  };
}

/**
 * `re.exec(text.slice(from, pos))` for a `$`-anchored regex whose matches start at a word: the
 * leftmost match, its `index` relative to the slice, or null.
 */
export function matchBefore(re: BeforeRegex, words: Words, from: number, pos: number): RegExpExecArray | null {
  return scanBefore(re, words, from, pos);
}

/**
 * Tries `re` at each word of `text[from, pos)` it can start with, left to right: returns the first
 * match, or, given `starts`, collects the start of every match and returns null.
 */
function scanBefore(re: BeforeRegex, words: Words, from: number, pos: number, starts?: number[]): RegExpExecArray | null {
  from = Math.max(0, from);
  if (re.last && !endsBefore(words, re.last, pos)) return null;
  let slice: string | undefined;
  for (let i = words.firstFrom(from); i < words.count && words.starts[i] < pos; i++) {
    if (!re.first.has(words.ids[i])) continue;
    slice ??= words.text.slice(from, pos);
    const sticky = re.byFirst ? re.byFirst.for(words.ids[i])! : re.sticky;
    sticky.lastIndex = words.starts[i] - from;
    const m = sticky.exec(slice);
    if (!m) continue;
    if (!starts) return m;
    starts.push(words.starts[i]);
  }
  return null;
}

/**
 * What a sticky regex read right after a figure can begin with: the first words of its phrases
 * (after up to a few spaces, a hyphen or an apostrophe) and the signs that start the others
 * ("€", "%", "×"). `mayOpen` says when it cannot match, so it is not run.
 */
export interface NextGate {
  words: WordClass;
  chars: Set<string>;
}

export function nextGate(phrases: Iterable<string>, signs = ''): NextGate {
  const letters: string[] = [];
  const chars = new Set<string>(signs);
  for (const p of phrases) {
    if (!p) continue;
    if (isLatinLetter(p.charCodeAt(0))) letters.push(p);
    else chars.add(p.charAt(0));
  }
  return { words: firstWords(letters), chars };
}

/** How far after the figure a gated phrase may start: two spaces and a hyphen, or "d’". */
const LEAD = 3;

/** May a phrase of `gate` start right after `pos`? `next` is the index of the first word at or after `pos`. */
export function mayOpen(gate: NextGate, words: Words, pos: number, next: number): boolean {
  if (next < words.count && words.starts[next] - pos <= LEAD && gate.words.has(words.ids[next])) return true;
  if (gate.chars.size === 0) return false;
  // A sign comes first, after up to two spaces ("94000 $", "40 %") or a hyphen ("10-×"): the
  // regexes allow nothing else before one.
  const text = words.text;
  let q = pos;
  if (text.charCodeAt(q) === 45) return gate.chars.has(text.charAt(q + 1)) || gate.chars.has('-');
  while (q < pos + 2 && isGap(text.charCodeAt(q))) q++;
  return gate.chars.has(text.charAt(q));
}

/**
 * A phrase of `re` ("a loss of", "of which") right before the figure at `start`, or before a
 * qualifier of `qualifier` right before it ("a loss of about $5bn", "dont environ 12 000"); the
 * phrase starts within `span` characters of the figure, the qualifier within `qualifierSpan`.
 */
export function phraseBefore(re: BeforeRegex, qualifier: BeforeRegex, words: Words, start: number, span: number, qualifierSpan: number): boolean {
  if (matchBefore(re, words, start - span, start)) return true;
  const qualifiers: number[] = [];
  scanBefore(qualifier, words, start - qualifierSpan, start, qualifiers);
  for (const q of qualifiers) {
    if (matchBefore(re, words, start - span, q)) return true;
  }
  return false;
}
