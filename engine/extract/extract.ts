/**
 * The numeric-claim extractor: text in, claims out. Pure and linear: one pass finds number
 * tokens, then bounded, sticky regexes read what is printed around each one (qualifier,
 * currency, scale word, unit, counted noun).
 */
import type { Approx, Claim, Lang, Unit } from '../types';
import { isCurrency } from '../units';
import { detectLanguageIn } from './lang';
import {
  APPROX_BEFORE, APPROX_LOOKBACK, BEFORE_CUE_LAST, CENTS_JOIN_RE, CENTS_WORD_RE, CHIP_FILLER_RE, CHIP_MODEL_NOUN_RE,
  CHIP_NOUN_RE, COUNT_NOUN_RE, COUNTED_AFTER_SCALE_RE, CURRENCY_AFTER_RE, CURRENCY_BEFORE_LAST_CHARS,
  CURRENCY_BEFORE_RE, CURRENCY_WORD_FIRST, DAY_MONTH_BEFORE_RE, DURATION_RE, FACTOR_AFTER_RE, FACTOR_BEFORE,
  GLUED_BEFORE, GLUED_CURRENCY_CODE, GLUED_HYPHEN_BEFORE, HALF_YEAR_BEFORE_RE, HALF_YEAR_LAST, LETTER_START_RE,
  LOSS_BEFORE, MINUS_BEFORE_RE, MINUS_WORD_LAST, MONTH_BEFORE, NUMBER_TOKEN, OF_WHICH_BEFORE, PER_RE, PERCENT_BEFORE,
  PERCENT_RE, POWER_ABBR_RE, POWER_WORD_RE, QUARTER_BEFORE_RE, QUARTER_LAST, RANGE_JOIN_RE, RANGE_NEEDS_OPENER_RE,
  RANGE_OPEN, RANGE_OPEN_RE, SCALE_RE, SPACE_SEPARATORS, UNIT_GATES, UNIT_SYMBOL_RE, UNIT_WORD_RE, WEAK_WORD_NUMBERS,
  WEIGHT_NOT_MONEY_RE, WORD_NUMBER_JOIN_RE, WORD_NUMBER_RE, WORD_SCANS, YEAR_EVENT_RE, YEAR_PART_BEFORE,
  YEAR_PART_HYPHEN_RE, YEAR_STRONG_CUE, YEAR_WEAK_CUE, approxOf, composeWordNumber, currencyOf, durationFactor,
  factorWordValue, fractionValue, halfFactor, halfOf, monthIndex, perNoun, powerPrefixFactor, quarterOf, scaleOf,
  unitOf, vagueBounds, wordNumberValue, yearPartOf,
} from './lexicon';
import { parseNumberToken } from './numbers';
import { Sentences } from './sentences';
import { type NextGate, VOCABULARY, Words, endsBefore, isGap, matchBefore, mayOpen, phraseBefore, scanWords } from './words';

export interface ExtractOptions {
  /** Language of the page (e.g. from `<html lang>`); detected from the text when absent. */
  lang?: Lang;
}

/** A number found in the text, before we know whether it is a claim. */
interface NumberHit {
  start: number;
  end: number;
  value: number;
  /** Four digits, no separator: a candidate year. */
  plain: boolean;
  /** Written as a word ("deux", "un"). */
  word?: 'strong' | 'weak';
  /** "plusieurs milliards": already scaled, with bounds. */
  vague?: { low: number; high: number };
  /** "un demi-milliard", "half a billion": already scaled. */
  half?: boolean;
  /** "des milliers de", "tens of thousands of": a claim only before chips or money. */
  thousands?: boolean;
  /** "a third of", "la moitié des": a share, already in percent. */
  fraction?: boolean;
  /** "tenfold": a multiplier in one word. */
  factorWord?: boolean;
  /** Printed with a currency word after it ("dollars"), for cents without their word. */
}

/** Claim under construction (its `sentence` is filled in last). */
type Draft = Claim;

/**
 * What the passes after reading need to know of a draft, kept beside it (so claims never carry,
 * nor lose, extra properties): `bare`, a scaled amount with no unit ("300 milliards");
 * `inherit`, a number that takes the unit of the figure before it ("…, of which 12,000 are…").
 */
interface Marks {
  bare: Set<Draft>;
  inherit: Set<Draft>;
}

/**
 * How far back we look for a qualifier: the longest one ("pourrait atteindre ", "approximativement ")
 * is 20 characters, plus one for the word boundary. The `$`-anchored regex tries every start in
 * the slice, so a short slice keeps it cheap.
 */
const LOOKBACK = APPROX_LOOKBACK;
/** How far back an implied currency may come from ("…6 milliards de dollars. Très loin des 300 milliards"). */
const IMPLIED_CURRENCY_SPAN = 400;

/** Runs a sticky regex at `pos` if what follows can begin it (`mayOpen`); `next` is the first word at or after `pos`. */
function atGated(gate: NextGate, re: RegExp, words: Words, pos: number, next: number): RegExpExecArray | null {
  return mayOpen(gate, words, pos, next) ? at(re, words.text, pos) : null;
}

/** Runs a sticky regex at `pos`; returns the match or null. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function before(text: string, pos: number, span = LOOKBACK): string {
  return text.slice(Math.max(0, pos - span), pos);
}

export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const sentences = new Sentences(text);
  const words = new Words(text, VOCABULARY);
  const docLang = options.lang ?? detectLanguageIn(words, 0, Math.min(text.length, 4000));
  const langCache: (Lang | undefined)[] = [];
  const langAt = (offset: number): Lang => {
    const i = sentences.indexOf(offset);
    let lang = langCache[i];
    if (!lang) {
      const [s, e] = sentences.bounds(i);
      // A sentence clearly in another language than the page's is read in its own ("18.000" in a
      // German quote on a French page); a short or mixed one keeps the page's.
      lang = detectLanguageIn(words, s, Math.min(e, s + 600), docLang, 2);
      langCache[i] = lang;
    }
    return lang;
  };

  const hits = findNumbers(text, words, langAt);
  const drafts: Draft[] = [];
  const marks: Marks = { bare: new Set(), inherit: new Set() };
  let consumedTo = 0;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (hit.start < consumedTo) continue;
    const draft = readClaim(text, words, hits, i, langAt(hit.start), marks);
    if (draft) {
      drafts.push(draft);
      consumedTo = draft.end;
    }
  }

  let merged = resolveInherited(drafts, sentences, marks);
  resolveImpliedCurrencies(text, merged, sentences, marks);
  merged = mergeRepeatedRanges(text, merged, marks);
  accountingNegatives(text, merged);
  for (const d of merged) {
    const [s, e] = sentences.spanAround(d.start);
    d.sentence = text.slice(s, e);
    d.sentenceStart = s;
  }
  return merged;
}

/** All numbers in the text, digits and words, in order. */
function findNumbers(text: string, words: Words, langAt: (offset: number) => Lang): NumberHit[] {
  const hits: NumberHit[] = [];
  NUMBER_TOKEN.lastIndex = 0;
  for (let m = NUMBER_TOKEN.exec(text); m; m = NUMBER_TOKEN.exec(text)) {
    let start = m.index;
    let token = m[0];
    const prev = text.slice(Math.max(0, start - 2), start);
    // "H100", "GB200", "x86", "COVID-19", "n°3": codes, not figures. Only the glued part is the
    // code: in "GB200 400 000 superchips" or "v3.5 2 GW" the figure after the space still counts.
    const before = text.charCodeAt(start - 1);
    // Most numbers follow a space or a sign: only a letter, digit, mark or non-ASCII character needs the regexes.
    const mayGlue = before >= 128 || (before >= 48 && before <= 57) || isAsciiWordOrMark(before);
    const glued = mayGlue && GLUED_BEFORE.test(prev) && !GLUED_CURRENCY_CODE.test(text.slice(Math.max(0, start - 4), start));
    const hyphen = before === 45 && GLUED_HYPHEN_BEFORE.test(prev);
    // "mid-2027", "mi-2027": a part of the year, not a code.
    const yearPart = !glued && hyphen && YEAR_PART_HYPHEN_RE.test(text.slice(Math.max(0, start - 12), start));
    if (glued || (hyphen && !yearPart) || before === 0xb0 /* ° */) {
      const space = firstSpaceSeparator(token);
      if (space < 0) continue;
      start += space + 1;
      token = token.slice(space + 1);
    }
    // Digits alone ("40", "2027") read the same in every language: no need to know the sentence's.
    const parsed = ONLY_DIGITS.test(token) ? [{ start: 0, end: token.length, value: Number(token), plain: true }] : parseNumberToken(token, langAt(start));
    for (const n of parsed) {
      hits.push({ start: start + n.start, end: start + n.end, value: n.value, plain: n.plain && n.end - n.start === 4 });
    }
    // "1,1^23": a power, one number.
    const last = hits[hits.length - 1];
    if (parsed.length && last.end === m.index + m[0].length && text.charCodeAt(last.end) === 94 /* ^ */) {
      EXPONENT.lastIndex = last.end + 1;
      const e = EXPONENT.exec(text);
      if (e && e[0].length <= 3) {
        last.value = last.value ** Number(e[0]);
        last.end += 1 + e[0].length;
        last.plain = false;
        NUMBER_TOKEN.lastIndex = last.end;
      }
    }
  }
  const [wordNumbers, halfAmounts, factorWords, fractions, vagueAmounts] = scanWords(SCANS, words);
  let compound: NumberHit | undefined;
  let pushed = false;
  let lastWordValue = 0;
  for (const m of wordNumbers) {
    const word = m[1].toLowerCase();
    const value = wordNumberValue(word, langAt(m.index));
    if (value === undefined) continue;
    // "cinq cent trente cinq pourcent", "one hundred percent": one number, not four.
    if (compound && m.index - compound.end <= 2 && WORD_NUMBER_JOIN_RE.test(text.slice(compound.end, m.index))) {
      const total = composeWordNumber(compound.value, lastWordValue, value);
      if (total !== undefined) {
        compound.value = total;
        compound.end = m.index + m[0].length;
        compound.word = 'strong';
        lastWordValue = value;
        if (!pushed) hits.push(compound);
        pushed = true;
        continue;
      }
    }
    compound = {
      start: m.index, end: m.index + m[0].length, value, plain: false,
      word: WEAK_WORD_NUMBERS.has(word) ? 'weak' : 'strong',
    };
    lastWordValue = value;
    // "un", "a", "an" are claims only before a scale word ("un milliard", "a billion"): most of
    // them are articles, and skipping them here saves a hit each (they stay candidates for "a hundred").
    pushed = compound.word === 'strong' || at(SCALE_RE, text, compound.end) !== null || weakBeforeCurrency(text, compound.end);
    if (pushed) hits.push(compound);
  }
  for (const m of halfAmounts) {
    const f = halfFactor(m[1]);
    hits.push({ start: m.index, end: m.index + m[0].length, value: f / 2, plain: false, half: true });
  }
  for (const m of factorWords) {
    const v = factorWordValue(m[1], langAt(m.index));
    if (v !== undefined) hits.push({ start: m.index, end: m.index + m[0].length, value: v, plain: false, factorWord: true });
  }
  for (const m of fractions) {
    const v = fractionValue(m[1], langAt(m.index));
    if (v !== undefined) hits.push({ start: m.index, end: m.index + m[0].length, value: v * 100, plain: false, fraction: true });
  }
  for (const m of vagueAmounts) {
    const thousands = m[2] === undefined;
    const factor = thousands ? 1e3 : scaleOf(m[2], langAt(m.index))?.factor;
    if (!factor) continue;
    const [lo, hi] = m[1] ? vagueBounds(m[1]) : [2, 10];
    hits.push({
      start: m.index, end: m.index + m[0].length, value: lo * factor, plain: false,
      vague: { low: lo * factor, high: hi * factor }, thousands,
    });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits;
}

const EXPONENT = /\d+/y;
/** Digits alone, no longer than a number the parser keeps (15 digits). */
const ONLY_DIGITS = /^\d{1,15}$/;
/** A-Z, a-z, "_", "#", "/", "@": the ASCII characters that glue a number to a code ("H100", "#3", "x86"). */
function isAsciiWordOrMark(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 35 || c === 47 || c === 64;
}
const SCANS = [WORD_SCANS.wordNumbers, WORD_SCANS.halfAmounts, WORD_SCANS.factorWords, WORD_SCANS.fractions, WORD_SCANS.vagueAmounts];

/** "one-yen", "une yen", "a dollar": a weak word number counts before a currency word (not a sign). */
function weakBeforeCurrency(text: string, end: number): boolean {
  const next = text.charAt(end + 1).toLowerCase();
  if (!CURRENCY_WORD_FIRST.has(next) && next !== 'd' && next !== 'o') return false;
  const cur = at(CURRENCY_AFTER_RE, text, end);
  if (!cur || !/\p{L}{3}/u.test(cur[1])) return false;
  const after = text.charAt(end + cur[0].length);
  return after !== '-' && !!currencyOf(cur[1]);
}

/** Offset of the first space-like separator in a number token, or -1. */
function firstSpaceSeparator(token: string): number {
  for (let i = 0; i < token.length; i++) if (SPACE_SEPARATORS.has(token[i])) return i;
  return -1;
}

/** Reads the claim, if any, that starts with number `hits[i]`. */
function readClaim(text: string, words: Words, hits: NumberHit[], i: number, lang: Lang, marks: Marks): Draft | undefined {
  const first = hits[i];
  if (first.fraction || first.factorWord) {
    // "a third of the capacity": a share; "a tenfold increase": a multiplier.
    return { text: text.slice(first.start, first.end), start: first.start, end: first.end, value: first.value,
      unit: first.fraction ? 'percent' : 'factor', approx: 'exact', sentence: '', lang };
  }
  let second: NumberHit | undefined;
  let p = first.end;

  // A range: "250 à 600 MW", "entre 250 et 600 MW", "$10–20 billion".
  const next = hits[i + 1];
  if (next && !first.word && !first.vague && !first.half && !next.word && !next.vague && !next.half && !next.fraction && !next.factorWord) {
    const join = mayOpen(UNIT_GATES.rangeJoin, words, p, words.firstFrom(p)) ? at(RANGE_JOIN_RE, text, p) : null;
    if (join && join.index + join[0].length === next.start) {
      const needsOpener = RANGE_NEEDS_OPENER_RE.test(join[0]);
      if (!needsOpener || matchBefore(RANGE_OPEN, words, first.start - 12, first.start)) second = next;
    }
  }
  const unitFrom = second ? second.end : p;
  const draft = readUnit(text, words, unitFrom, first, lang);
  if (!draft && second) return readClaim(text, words, [first], 0, lang, marks); // not a range after all
  if (!draft) return undefined;
  // "des milliers de personnes" is no figure of ours; "des milliers de GPU", "thousands of dollars" are.
  if (first.thousands && !(draft.unit === 'GPU' || (draft.unit && isCurrency(draft.unit) && !draft.bare))) return undefined;

  let start = first.start;
  const currencyBefore = currencyMayEndBefore(text, start) ? CURRENCY_BEFORE_RE.exec(before(text, start, 6)) : null;
  let { unit } = draft;
  let factor = draft.factor;
  let currencyWord = !!draft.currencyWord;
  if (currencyBefore && (!draft.unit || draft.bare || draft.loose || isCurrency(draft.unit))) {
    const cur = currencyOf(currencyBefore[1]);
    if (cur && (!draft.unit || draft.bare || draft.loose || draft.unit === cur)) {
      unit = cur;
      start -= currencyBefore[0].length;
      draft.bare = false;
      draft.noun = undefined;
      if (draft.shortScale) factor = draft.shortScale;
      currencyWord = false;
    }
  }
  let end = draft.end;
  let inherit = false;
  if (!unit && !second && !first.word && text.charAt(start - 1) === '×') {
    // "×10", "une capacité ×4": the multiplication sign before the number ("x10" stays out: "x86").
    unit = 'factor';
    draft.bare = false;
    start -= 1;
  } else if (!unit && !second && first.word !== 'weak' && endsWithWordThatCues(words, start)) {
    const back = before(text, start, 40);
    const pct = matchBefore(PERCENT_BEFORE, words, start - 40, start);
    if (matchBefore(FACTOR_BEFORE, words, start - 40, start)) {
      // "multiplié par 5", "a factor of 3".
      unit = 'factor';
      draft.bare = false;
    } else if (pct && !(first.plain && first.value >= 1900 && first.value <= 2100)) {
      // "percent of 10", "pourcentage de vingt".
      unit = 'percent';
      draft.bare = false;
      start -= back.length - pct.index;
    } else if (phraseBefore(OF_WHICH_BEFORE, APPROX_BEFORE, words, start, 40, LOOKBACK)) {
      unit = 'count';
      inherit = true;
    }
  }
  if (!unit) return undefined;

  let approx: Approx = 'exact';
  let low: number | undefined;
  let high: number | undefined;
  let value = first.value * factor;
  if (first.vague) {
    approx = 'several';
    low = first.vague.low;
    high = first.vague.high;
  } else if (second) {
    approx = 'range';
    low = value;
    high = second.value * factor;
    if (!(high > low)) return readClaim(text, words, [first], 0, lang, marks);
  } else {
    const q = matchBefore(APPROX_BEFORE, words, start - LOOKBACK, start);
    // "over four years" is a span of time; "for over 20 years" is "more than".
    const span = unit === 'duration' && q && /^over$/i.test(q[1]) && !/\bfor[^\S\n]+over[^\S\n]+$/i.test(before(text, start, 12));
    if (q && !span) approx = approxOf(q[1]);
  }

  // Years: only when the year is the claim, never a date or a bare number.
  let period: Claim['period'];
  if (unit === 'year') {
    const back = before(text, start, 80);
    period = {};
    let cueBack = back;
    const backStart = start - back.length;
    const month = matchBefore(MONTH_BEFORE, words, backStart, start);
    if (month) {
      // "12 mars 2025", "March 12, 2025": a date, not a claim.
      if (DAY_MONTH_BEFORE_RE.test(back.slice(-32))) return undefined;
      const m = monthIndex(month[1]);
      if (m) period.month = m;
      cueBack = cueBack.slice(0, month.index);
    }
    // Short slices: a quarter ("au troisième trimestre ") or a part ("mid-", "a finales de ") is near.
    const near = cueBack.slice(-40);
    const cueEndBefore = start - back.length + cueBack.length;
    const letterDigit = letterAndDigitBefore(text, cueEndBefore);
    const quarter = month || !(letterDigit || endsBefore(words, QUARTER_LAST, cueEndBefore)) ? null : QUARTER_BEFORE_RE.exec(near);
    const half = month || quarter || !(letterDigit || endsBefore(words, HALF_YEAR_LAST, cueEndBefore)) ? null : HALF_YEAR_BEFORE_RE.exec(near);
    if (quarter) {
      period.quarter = quarterOf(quarter);
      cueBack = cueBack.slice(0, cueBack.length - near.length + quarter.index);
    } else if (half && halfOf(half)) {
      period.half = halfOf(half);
      cueBack = cueBack.slice(0, cueBack.length - near.length + half.index);
    }
    const cueEnd = start - back.length + cueBack.length;
    const part = matchBefore(YEAR_PART_BEFORE, words, Math.max(backStart, cueEnd - 24), cueEnd);
    if (part) period.part = yearPartOf(part[1]);
    const strong = !!quarter || !!period.half || !!part || !!matchBefore(YEAR_STRONG_CUE, words, backStart, cueEnd);
    // "prévue en mars 2027", "will open in March 2027": the month keeps the year's cue; a weak cue
    // ("en", "in") needs an event word, so "bouclée en septembre 2025" stays a date.
    // German puts the verb last ("im Jahr 2027 in Betrieb gehen"): the event may follow in the clause.
    const weak = !!matchBefore(YEAR_WEAK_CUE, words, backStart, cueEnd) &&
      (YEAR_EVENT_RE.test(clauseBefore(cueBack)) || YEAR_EVENT_RE.test(clauseAfter(text.slice(draft.end, draft.end + 40))));
    if (!strong && !weak) return undefined;
    if (!period.month && !period.quarter && !period.half && !period.part) period = undefined;
  }

  // Cents after the amount: "$7 and 25 cents", "3 dollars 50 cents", "thirteen dollars forty-five".
  if (isCurrency(unit) && factor === 1 && !second && !first.vague && Number.isInteger(first.value)) {
    const cents = readCents(text, hits, i, end, currencyWord, lang);
    if (cents) {
      value += cents.value / 100;
      end = cents.end;
    }
  }

  // Per-unit figures: "130 kW par baie", "64 GPUs per rack", "5 million gallons per day".
  let per: string | undefined;
  if (unit !== 'year' && !inherit) {
    const perMatch = mayOpen(UNIT_GATES.per, words, end, words.firstFrom(end)) ? at(PER_RE, text, end) : null;
    if (perMatch) {
      const noun = perNoun(perMatch[1], lang);
      if (noun) {
        end += perMatch[0].length;
        if (unit === 'L' && noun === 'day') unit = 'L/day';
        else per = noun;
      }
    }
  }

  // Negative figures: "-40 €", "minus five percent". Losses in words keep their value: `loss`.
  const minus = unit !== 'year' && !second && mayBeMinus(text, words, start) ? MINUS_BEFORE_RE.exec(before(text, start, 12)) : null;
  if (minus) {
    value = -value;
    if (minus[0].trim() === '-' || minus[0].trim() === '−') start -= 1;
  }
  // A loss is money: "a loss of $5 billion", "une perte nette de 40 millions d’euros".
  const loss = !minus && isCurrency(unit) && phraseBefore(LOSS_BEFORE, APPROX_BEFORE, words, start, 48, LOOKBACK);

  const claim: Draft = {
    text: text.slice(start, end), start, end, value, unit, approx,
    sentence: '', lang,
  };
  if (low !== undefined) {
    claim.low = low;
    claim.high = high;
  }
  if (draft.noun) claim.noun = draft.noun;
  if (per) claim.per = per;
  if (period) claim.period = period;
  if (loss) claim.loss = true;
  if (draft.bare) marks.bare.add(claim);
  if (inherit) marks.inherit.add(claim);
  return claim;
}

/**
 * Cents after an amount with no scale: the next number, under 100, joined by a space or "and"
 * ("$7 and 25 cents", "3 dollars 50 cents"); without its cents word only after a currency word
 * and when nothing follows but punctuation or "and" ("thirteen dollars forty five").
 */
function readCents(
  text: string, hits: NumberHit[], i: number, end: number, currencyWord: boolean, lang: Lang,
): { value: number; end: number } | undefined {
  let j = i + 1;
  while (j < hits.length && hits[j].start < end) j++;
  let nx: Pick<NumberHit, 'start' | 'end' | 'value' | 'word' | 'vague' | 'half' | 'fraction'> | undefined = hits[j];
  if (currencyWord && (!nx || nx.start - end > 8)) {
    // "one dollar and one": the weak "one" is no hit of its own.
    const join = CENTS_JOIN_STICKY_RE.exec(text.slice(end, end + 8));
    const w = join ? weakWordAt(text, end + join[0].length, lang) : undefined;
    if (w) nx = { start: end + join![0].length, end: w.end, value: w.value, word: 'weak' };
  }
  if (!nx || nx.vague || nx.half || nx.fraction || nx.start - end > 8) return undefined;
  if (!(nx.value > 0 && nx.value < 100 && Number.isInteger(nx.value))) return undefined;
  if (!CENTS_JOIN_RE.test(text.slice(end, nx.start))) return undefined;
  const word = at(CENTS_WORD_RE, text, nx.end);
  if (word) return { value: nx.value, end: nx.end + word[0].length };
  if (!currencyWord || !nx.word) return undefined;
  return nothingAfter(text, nx.end) ? { value: nx.value, end: nx.end } : undefined;
}

/** Only punctuation, the end, or "and" after a number: "…dollars forty five.", "…dollar and one and…". */
function nothingAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 6);
  return rest === '' || /^[.,;:!?)\n]/.test(rest) || CENTS_JOIN_AFTER_RE.test(rest);
}

/** A weak word number right after `pos` ("and one"): weak words are not number hits of their own. */
function weakWordAt(text: string, pos: number, lang: Lang): { value: number; end: number } | undefined {
  WORD_NUMBER_AT.lastIndex = pos;
  const m = WORD_NUMBER_AT.exec(text);
  if (!m) return undefined;
  const value = wordNumberValue(m[1], lang);
  return value === undefined ? undefined : { value, end: pos + m[0].length };
}
/** Is the word right before `pos` the last word of a multiplier, percent, "of which" or qualifier phrase? (cheap prefilter) */
function endsWithWordThatCues(words: Words, pos: number): boolean {
  return endsBefore(words, BEFORE_CUE_LAST, pos);
}

/** "Q3 ", "T4 ", "H2 " right before `pos`: a letter, a digit, one or two spaces. */
function letterAndDigitBefore(text: string, pos: number): boolean {
  let e = pos;
  while (e > pos - 2 && e > 0 && isGap(text.charCodeAt(e - 1))) e--;
  const d = text.charCodeAt(e - 1);
  return e < pos && d >= 48 && d <= 57 && /\p{L}/u.test(text.charAt(e - 2));
}

/** Does the text right before `pos` (one space allowed) end the way a currency sign or code does? */
function currencyMayEndBefore(text: string, pos: number): boolean {
  let c = text.charAt(pos - 1);
  if (isGap(c.charCodeAt(0))) c = text.charAt(pos - 2);
  return CURRENCY_BEFORE_LAST_CHARS.has(c);
}

/** A sign right before the figure, or a minus word ("minus", "moins") before its space. */
function mayBeMinus(text: string, words: Words, start: number): boolean {
  const c = text.charAt(start - 1);
  if (c === '-' || c === '−') return true;
  return /\s/.test(c) && endsBefore(words, MINUS_WORD_LAST, start);
}


/** Sticky copy of WORD_NUMBER_RE: read at one position, never a scan. */
const WORD_NUMBER_AT = new RegExp(WORD_NUMBER_RE.source, 'iy');
const CENTS_JOIN_AFTER_RE = /^[^\S\n](?:and|et|und|y|e)[^\S\n]/i;
const CENTS_JOIN_STICKY_RE = /^,?(?:[^\S\n](?:and|et|und|y|e))?[^\S\n]/i;

/** The end of `back` after the last clause break (so "En 2024, … lancé" does not cue a later year). */
function clauseBefore(back: string): string {
  const cut = Math.max(back.lastIndexOf(','), back.lastIndexOf(';'), back.lastIndexOf('.'), back.lastIndexOf(':'));
  return cut >= 0 ? back.slice(cut + 1) : back;
}

/** The start of `ahead` up to the first clause break. */
function clauseAfter(ahead: string): string {
  const m = /[,;.:!?\n]/.exec(ahead);
  return m ? ahead.slice(0, m.index) : ahead;
}

interface UnitRead {
  unit: Unit | undefined;
  factor: number;
  end: number;
  noun?: string;
  bare?: boolean;
  /** A count read only from "de + noun" after a scale word: a currency printed before the figure wins ("$75 millions d’obligations"). */
  loose?: boolean;
  /** A scale word that counts only next to a currency ("$500m"): its factor. */
  shortScale?: number;
  /** The currency was printed as a word after the figure ("dollars"). */
  currencyWord?: boolean;
}

/** Reads scale word, then currency, power unit, percent, other units, chips, counted noun or duration after `pos`. */
function readUnit(text: string, words: Words, pos: number, num: NumberHit, lang: Lang): UnitRead | undefined {
  let p = pos;
  let factor = 1;
  let shortScale: number | undefined;
  // Each regex runs only if what follows can begin it (`mayOpen`): the next word, or a sign.
  let next = words.firstFrom(p);
  const scaleMatch = num.vague || num.half ? null : atGated(UNIT_GATES.scale, SCALE_RE, words, p, next);
  if (scaleMatch) {
    const scale = scaleOf(scaleMatch[1], lang);
    if (scale && !scale.short) {
      factor = scale.factor;
      p += scaleMatch[0].length;
      next = words.firstFrom(p);
    } else if (scale) {
      shortScale = scale.factor;
    }
  }
  const scaled = factor !== 1 || !!num.vague || !!num.half;
  // "un", "a": only with a scale word ("un milliard", "a billion") or a currency word ("one-yen"); cheap exit.
  if (num.word === 'weak' && !scaled && !shortScale && !weakBeforeCurrency(text, p)) return undefined;

  // Currency after the figure: "1,2 milliard d’euros", "94000 $", "500 M€".
  const afterShort = shortScale && scaleMatch ? p + scaleMatch[0].length : p;
  for (const [from, f] of shortScale ? ([[afterShort, shortScale], [p, factor]] as const) : ([[p, factor]] as const)) {
    const cur = atGated(UNIT_GATES.currency, CURRENCY_AFTER_RE, words, from, from === p ? next : words.firstFrom(from));
    if (cur) {
      const unit = currencyOf(cur[1]);
      if (unit) {
        const curEnd = from + cur[0].length;
        // "ten pounds of copper wire": weight, not money.
        const weight = WEIGHT_NOT_MONEY_RE.test(text.slice(curEnd, curEnd + 40)) ? unitOf(cur[1], lang, false) : undefined;
        if (weight) return { unit: weight[0], factor: f * weight[1], end: curEnd };
        return { unit, factor: f, end: curEnd, currencyWord: /\p{L}{3}/u.test(cur[1]) };
      }
    }
  }
  if (!scaled || factor === 1) {
    const abbr = atGated(UNIT_GATES.powerAbbr, POWER_ABBR_RE, words, p, next);
    if (abbr) {
      return { unit: abbr[2] ? 'Wh' : 'W', factor: factor * powerPrefixFactor(abbr[1]), end: p + abbr[0].length };
    }
    const word = atGated(UNIT_GATES.powerWord, POWER_WORD_RE, words, p, next);
    if (word) {
      const hours = !!(word[2] || word[3]);
      return { unit: hours ? 'Wh' : 'W', factor: factor * powerPrefixFactor(word[1]), end: p + word[0].length };
    }
    const pct = atGated(UNIT_GATES.percent, PERCENT_RE, words, p, next);
    if (pct && !scaled) return { unit: 'percent', factor: 1, end: p + pct[0].length };
  }

  // Compute, data, area, length, mass, volume: "40 exaflops", "1,5 Po", "10 hectares", "2 millions de litres".
  const symbol = atGated(UNIT_GATES.symbol, UNIT_SYMBOL_RE, words, p, next);
  if (symbol) {
    const u = unitOf(symbol[1], lang, true);
    if (u) return { unit: u[0], factor: factor * u[1], end: p + symbol[0].length };
  }
  const unitWord = atGated(UNIT_GATES.unitWord, UNIT_WORD_RE, words, p, next);
  if (unitWord) {
    const u = unitOf(unitWord[1], lang, false);
    if (u) return { unit: u[0], factor: factor * u[1], end: p + unitWord[0].length };
  }
  if (!scaled) {
    // Multipliers: "10x", "deux fois plus", "seven times the".
    const times = atGated(UNIT_GATES.factorAfter, FACTOR_AFTER_RE, words, p, next);
    if (times) return { unit: 'factor', factor: 1, end: p + times[0].length };
  }

  // "50k GPUs", "100k H100 chips": a short "k" also counts before a chip noun.
  if (shortScale === 1e3 && scaleMatch) {
    const k = readChips(text, afterShort);
    if (k !== undefined) return { unit: 'GPU', factor: 1e3, end: k };
  }
  const chipsEnd = readChips(text, p);
  if (chipsEnd !== undefined) return { unit: 'GPU', factor, end: chipsEnd };

  const counted = atGated(UNIT_GATES.count, COUNT_NOUN_RE, words, p, next);
  if (counted) return { unit: 'count', factor, end: p + counted[0].length, noun: counted[1] };
  if (!scaled) {
    const duration = atGated(UNIT_GATES.duration, DURATION_RE, words, p, next);
    if (duration) return { unit: 'duration', factor: durationFactor(duration[1], lang), end: p + duration[0].length };
  }

  if (scaled) {
    const noun = atGated(UNIT_GATES.countedAfterScale, COUNTED_AFTER_SCALE_RE, words, p, next);
    if (noun) return { unit: 'count', factor, end: p, noun: noun[1], loose: true };
    // Money whose currency was printed before the figure, or carried over from an earlier amount.
    return { unit: 'count', factor, end: p, bare: true, shortScale };
  }
  if (shortScale && scaleMatch) return { unit: undefined, factor: 1, end: p + scaleMatch[0].length, shortScale, bare: true };
  if (num.plain && num.value >= 1900 && num.value <= 2100 && !LETTER_START_RE.test(text.slice(p, p + 1))) {
    return { unit: 'year', factor: 1, end: p };
  }
  // A plain number: a claim only if a currency sign precedes it ("$800"); readClaim decides.
  return { unit: undefined, factor: 1, end: p, bare: true };
}

/**
 * Chips after `p`: up to three brand/model words, then the noun ("25,000 new Blackwell GPUs"), or
 * a model code as the noun ("40,000 more H200s", "12,000 Nvidia GB300s"). Returns the end, or undefined.
 */
function readChips(text: string, p: number): number | undefined {
  const stops = [p];
  for (let k = 0; k < 3; k++) {
    const f = at(CHIP_FILLER_RE, text, stops[stops.length - 1]);
    if (!f) break;
    stops.push(f.index + f[0].length);
  }
  for (let k = stops.length - 1; k >= 0; k--) {
    const chip = at(CHIP_NOUN_RE, text, stops[k]);
    if (chip) return stops[k] + chip[0].length;
  }
  for (let k = stops.length - 1; k >= 0; k--) {
    const model = at(CHIP_MODEL_NOUN_RE, text, stops[k]);
    if (model) return stops[k] + model[0].length;
  }
  return undefined;
}

/**
 * "from $30 billion to $45 billion", "entre 15 euros et 25 euros": two figures of one unit joined
 * as a range are one range claim.
 */
function mergeRepeatedRanges(text: string, drafts: Draft[], marks: Marks): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (
      prev && prev.unit === d.unit && prev.approx !== 'range' && prev.approx !== 'several' && d.approx === 'exact' &&
      !marks.inherit.has(prev) && !marks.inherit.has(d) && d.start - prev.end <= 12 && prev.value < d.value && prev.value >= 0 &&
      prev.per === d.per && !prev.period && !d.period
    ) {
      const join = at(RANGE_JOIN_RE, text, prev.end);
      if (join && prev.end + join[0].length === d.start) {
        const needsOpener = RANGE_NEEDS_OPENER_RE.test(join[0]);
        if (!needsOpener || RANGE_OPEN_RE.test(before(text, prev.start, 12))) {
          prev.low = prev.value;
          prev.high = d.value;
          prev.approx = 'range';
          prev.end = d.end;
          prev.text = text.slice(prev.start, prev.end);
          if (prev.currencyImplied && !d.currencyImplied) prev.currencyImplied = undefined;
          continue;
        }
      }
    }
    out.push(d);
  }
  return out;
}

/**
 * "Net result: ($12.50)": an amount alone in parentheses, as accounts print a loss, is negative —
 * only where a table or a label puts it (after a line start, ":", "|" or "="). In prose a
 * parenthesised amount is an aside ("the round ($2bn) was led by…") or a conversion ("£10 ($12.50)").
 */
function accountingNegatives(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (!isCurrency(d.unit) || d.value <= 0 || d.approx !== 'exact') continue;
    if (text.charAt(d.start - 1) !== '(' || text.charAt(d.end) !== ')') continue;
    let k = d.start - 2;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00A0')) k--;
    // A table cell: a tab or a run of spaces before it.
    const gap = text.slice(k + 1, d.start - 1);
    if (k >= 0 && !/[\n:|=]/.test(text[k]) && !/\t|\s{2}/.test(gap)) continue;
    d.value = -d.value;
  }
}

/** "30,000 GPUs, of which 12,000 are…": the number takes the unit (and noun) of the figure just before, in its sentence. */
function resolveInherited(drafts: Draft[], sentences: Sentences, marks: Marks): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!marks.inherit.has(d)) {
      out.push(d);
      continue;
    }
    const prev = out[out.length - 1];
    if (!prev || prev.unit === 'year' || sentences.indexOf(prev.start) !== sentences.indexOf(d.start) || d.start - prev.end > 120) continue;
    d.unit = prev.unit;
    if (prev.noun) d.noun = prev.noun;
    if (isCurrency(prev.unit)) {
      if (!marks.bare.has(d)) continue;
      d.currencyImplied = true;
      d.value = d.value * 1; // the scale was read with the number ("of which 12 billion")
    }
    marks.bare.delete(d);
    out.push(d);
  }
  return out;
}

/** "Très loin des 300 milliards d’OpenAI": the currency of the last amount in this or the previous sentence. */
/** Between a figure and its conversion: "1.6 billion ($2.54 billion)". */
const CONVERSION_GAP = /^[^\S\n]{0,2}\([^\S\n]{0,2}$/;

function resolveImpliedCurrencies(text: string, drafts: Draft[], sentences: Sentences, marks: Marks): void {
  let last: Draft | undefined;
  let prev: Draft | undefined;
  for (const d of drafts) {
    const before = prev;
    prev = d;
    if (isCurrency(d.unit) && !d.currencyImplied) {
      // "1.6 billion ($2.54 billion)": a conversion in parentheses names another currency than the
      // figure's; it is not the currency later bare amounts carry.
      if (!(before && CONVERSION_GAP.test(text.slice(before.end, d.start)))) last = d;
      continue;
    }
    if (!marks.bare.has(d)) continue;
    if (
      last &&
      d.start - last.end <= IMPLIED_CURRENCY_SPAN &&
      sentences.indexOf(d.start) - sentences.indexOf(last.start) <= 1
    ) {
      d.unit = last.unit;
      d.currencyImplied = true;
    }
  }
}
