/**
 * The numeric-claim extractor: text in, claims out. Pure and linear: one pass finds number
 * tokens, then bounded, sticky regexes read what is printed around each one (qualifier,
 * currency, scale word, unit, counted noun).
 */
import type { Approx, Claim, Lang, Unit } from '../types';
import { isCurrency } from '../units';
import { detectLanguage } from './lang';
import {
  APPROX_BEFORE_RE, APPROX_LOOKBACK, CHIP_FILLER_RE, CHIP_MODEL_NOUN_RE, GLUED_CURRENCY_CODE, GLUED_HYPHEN_BEFORE,
  LETTER_START_RE, RANGE_NEEDS_OPENER_RE, SPACE_SEPARATORS, WORD_NUMBER_JOIN_RE, composeWordNumber, CHIP_NOUN_RE,
  COUNT_NOUN_RE, COUNTED_AFTER_SCALE_RE, CURRENCY_AFTER_RE, CURRENCY_BEFORE_RE, DURATION_RE, GLUED_BEFORE,
  MONTH_BEFORE_RE, NUMBER_TOKEN, PERCENT_RE, POWER_ABBR_RE, POWER_WORD_RE, RANGE_JOIN_RE, RANGE_OPEN_RE, SCALE_RE,
  VAGUE_AMOUNT_RE, WEAK_WORD_NUMBERS, WORD_NUMBER_RE, YEAR_EVENT_RE, YEAR_STRONG_CUE_RE, YEAR_WEAK_CUE_RE,
  approxOf, currencyOf, durationFactor, powerPrefixFactor, scaleOf, vagueBounds, wordNumberValue,
} from './lexicon';
import { parseNumberToken } from './numbers';
import { Sentences } from './sentences';

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
}

/** Claim under construction; `bare` marks a scaled amount with no unit ("300 milliards"). */
type Draft = Claim & { bare?: boolean };

/**
 * How far back we look for a qualifier: the longest one ("pourrait atteindre ", "approximativement ")
 * is 20 characters, plus one for the word boundary. The `$`-anchored regex tries every start in
 * the slice, so a short slice keeps it cheap.
 */
const LOOKBACK = APPROX_LOOKBACK;
/** How far back an implied currency may come from ("…6 milliards de dollars. Très loin des 300 milliards"). */
const IMPLIED_CURRENCY_SPAN = 400;

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
  const docLang = options.lang ?? detectLanguage(text);
  const langCache = new Map<number, Lang>();
  const langAt = (offset: number): Lang => {
    const i = sentences.indexOf(offset);
    let lang = langCache.get(i);
    if (!lang) {
      const [s, e] = sentences.bounds(i);
      // A sentence clearly in another language than the page's is read in its own ("18.000" in a
      // German quote on a French page); a short or mixed one keeps the page's.
      lang = detectLanguage(text.slice(s, Math.min(e, s + 600)), docLang, 2);
      langCache.set(i, lang);
    }
    return lang;
  };

  const hits = findNumbers(text, langAt);
  const drafts: Draft[] = [];
  let consumedTo = 0;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (hit.start < consumedTo) continue;
    const draft = readClaim(text, hits, i, langAt(hit.start));
    if (draft) {
      drafts.push(draft);
      consumedTo = draft.end;
    }
  }

  resolveImpliedCurrencies(drafts, sentences);
  for (const d of drafts) {
    const [s, e] = sentences.spanAround(d.start);
    d.sentence = text.slice(s, e);
    d.sentenceStart = s;
    delete d.bare;
  }
  return drafts;
}

/** All numbers in the text, digits and words, in order. */
function findNumbers(text: string, langAt: (offset: number) => Lang): NumberHit[] {
  const hits: NumberHit[] = [];
  NUMBER_TOKEN.lastIndex = 0;
  for (let m = NUMBER_TOKEN.exec(text); m; m = NUMBER_TOKEN.exec(text)) {
    let start = m.index;
    let token = m[0];
    const prev = text.slice(Math.max(0, start - 2), start);
    // "H100", "GB200", "x86", "COVID-19", "n°3": codes, not figures. Only the glued part is the
    // code: in "GB200 400 000 superchips" or "v3.5 2 GW" the figure after the space still counts.
    const glued = GLUED_BEFORE.test(prev) && !GLUED_CURRENCY_CODE.test(text.slice(Math.max(0, start - 4), start));
    if (glued || GLUED_HYPHEN_BEFORE.test(prev) || prev.endsWith('°')) {
      const space = firstSpaceSeparator(token);
      if (space < 0) continue;
      start += space + 1;
      token = token.slice(space + 1);
    }
    for (const n of parseNumberToken(token, langAt(start))) {
      hits.push({ start: start + n.start, end: start + n.end, value: n.value, plain: n.plain && n.end - n.start === 4 });
    }
  }
  WORD_NUMBER_RE.lastIndex = 0;
  let compound: NumberHit | undefined;
  let pushed = false;
  let lastWordValue = 0;
  for (let m = WORD_NUMBER_RE.exec(text); m; m = WORD_NUMBER_RE.exec(text)) {
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
    pushed = compound.word === 'strong' || at(SCALE_RE, text, compound.end) !== null;
    if (pushed) hits.push(compound);
  }
  VAGUE_AMOUNT_RE.lastIndex = 0;
  for (let m = VAGUE_AMOUNT_RE.exec(text); m; m = VAGUE_AMOUNT_RE.exec(text)) {
    const scale = scaleOf(m[2], langAt(m.index));
    if (!scale) continue;
    const [lo, hi] = vagueBounds(m[1]);
    hits.push({
      start: m.index, end: m.index + m[0].length, value: lo * scale.factor, plain: false,
      vague: { low: lo * scale.factor, high: hi * scale.factor },
    });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits;
}

/** Offset of the first space-like separator in a number token, or -1. */
function firstSpaceSeparator(token: string): number {
  for (let i = 0; i < token.length; i++) if (SPACE_SEPARATORS.has(token[i])) return i;
  return -1;
}

/** Reads the claim, if any, that starts with number `hits[i]`. */
function readClaim(text: string, hits: NumberHit[], i: number, lang: Lang): Draft | undefined {
  const first = hits[i];
  let second: NumberHit | undefined;
  let p = first.end;

  // A range: "250 à 600 MW", "entre 250 et 600 MW", "$10–20 billion".
  const next = hits[i + 1];
  if (next && !first.word && !first.vague && !next.word && !next.vague) {
    const join = at(RANGE_JOIN_RE, text, p);
    if (join && join.index + join[0].length === next.start) {
      const needsOpener = RANGE_NEEDS_OPENER_RE.test(join[0]);
      if (!needsOpener || RANGE_OPEN_RE.test(before(text, first.start, 12))) second = next;
    }
  }
  const unitFrom = second ? second.end : p;
  const draft = readUnit(text, unitFrom, first, lang);
  if (!draft && second) return readClaim(text, [first], 0, lang); // not a range after all
  if (!draft) return undefined;

  let start = first.start;
  const currencyBefore = CURRENCY_BEFORE_RE.exec(before(text, start, 6));
  let { unit } = draft;
  let factor = draft.factor;
  if (currencyBefore && (!draft.unit || draft.bare || draft.loose || isCurrency(draft.unit))) {
    const cur = currencyOf(currencyBefore[1]);
    if (cur && (!draft.unit || draft.bare || draft.loose || draft.unit === cur)) {
      unit = cur;
      start -= currencyBefore[0].length;
      draft.bare = false;
      draft.noun = undefined;
      if (draft.shortScale) factor = draft.shortScale;
    }
  }
  if (!unit) return undefined;

  let approx: Approx = 'exact';
  let low: number | undefined;
  let high: number | undefined;
  const value = first.value * factor;
  if (first.vague) {
    approx = 'several';
    low = first.vague.low;
    high = first.vague.high;
  } else if (second) {
    approx = 'range';
    low = value;
    high = second.value * factor;
    if (!(high > low)) return readClaim(text, [first], 0, lang);
  } else {
    const q = APPROX_BEFORE_RE.exec(before(text, start));
    if (q) approx = approxOf(q[1]);
  }

  // Years: only when the year is the claim, never a date or a bare number.
  if (unit === 'year') {
    const back = before(text, start, 80);
    if (MONTH_BEFORE_RE.test(back)) return undefined;
    const strong = YEAR_STRONG_CUE_RE.test(back);
    const weak = YEAR_WEAK_CUE_RE.test(back) && YEAR_EVENT_RE.test(clauseBefore(back));
    if (!strong && !weak) return undefined;
  }

  const claim: Draft = {
    text: text.slice(start, draft.end), start, end: draft.end, value, unit, approx,
    sentence: '', lang,
  };
  if (low !== undefined) {
    claim.low = low;
    claim.high = high;
  }
  if (draft.noun) claim.noun = draft.noun;
  if (draft.bare) claim.bare = true;
  return claim;
}

/** The end of `back` after the last clause break (so "En 2024, … lancé" does not cue a later year). */
function clauseBefore(back: string): string {
  const cut = Math.max(back.lastIndexOf(','), back.lastIndexOf(';'), back.lastIndexOf('.'), back.lastIndexOf(':'));
  return cut >= 0 ? back.slice(cut + 1) : back;
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
}

/** Reads scale word, then currency, power unit, percent, chips, counted noun or duration after `pos`. */
function readUnit(text: string, pos: number, num: NumberHit, lang: Lang): UnitRead | undefined {
  let p = pos;
  let factor = 1;
  let shortScale: number | undefined;
  const scaleMatch = num.vague ? null : at(SCALE_RE, text, p);
  if (scaleMatch) {
    const scale = scaleOf(scaleMatch[1], lang);
    if (scale && !scale.short) {
      factor = scale.factor;
      p += scaleMatch[0].length;
    } else if (scale) {
      shortScale = scale.factor;
    }
  }
  const scaled = factor !== 1 || !!num.vague;
  // "un", "a": only with a scale word ("un milliard", "a billion"); cheap exit for the common case.
  if (num.word === 'weak' && !scaled && !shortScale) return undefined;

  // Currency after the figure: "1,2 milliard d’euros", "94000 $", "500 M€".
  const afterShort = shortScale && scaleMatch ? p + scaleMatch[0].length : p;
  for (const [from, f] of shortScale ? ([[afterShort, shortScale], [p, factor]] as const) : ([[p, factor]] as const)) {
    const cur = at(CURRENCY_AFTER_RE, text, from);
    if (cur) {
      const unit = currencyOf(cur[1]);
      if (unit) return { unit, factor: f, end: from + cur[0].length };
    }
  }
  if (!scaled || factor === 1) {
    const abbr = at(POWER_ABBR_RE, text, p);
    if (abbr) {
      return { unit: abbr[2] ? 'Wh' : 'W', factor: factor * powerPrefixFactor(abbr[1]), end: p + abbr[0].length };
    }
    const word = at(POWER_WORD_RE, text, p);
    if (word) {
      const hours = !!(word[2] || word[3]);
      return { unit: hours ? 'Wh' : 'W', factor: factor * powerPrefixFactor(word[1]), end: p + word[0].length };
    }
    const pct = at(PERCENT_RE, text, p);
    if (pct && !scaled) return { unit: 'percent', factor: 1, end: p + pct[0].length };
  }

  // "50k GPUs", "100k H100 chips": a short "k" also counts before a chip noun.
  if (shortScale === 1e3 && scaleMatch) {
    const k = readChips(text, afterShort);
    if (k !== undefined) return { unit: 'GPU', factor: 1e3, end: k };
  }
  const chipsEnd = readChips(text, p);
  if (chipsEnd !== undefined) return { unit: 'GPU', factor, end: chipsEnd };

  const counted = at(COUNT_NOUN_RE, text, p);
  if (counted) return { unit: 'count', factor, end: p + counted[0].length, noun: counted[1] };
  if (!scaled) {
    const duration = at(DURATION_RE, text, p);
    if (duration) return { unit: 'duration', factor: durationFactor(duration[1], lang), end: p + duration[0].length };
  }

  if (scaled) {
    const noun = at(COUNTED_AFTER_SCALE_RE, text, p);
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

/** Chips after `p`: up to three brand/model words, then the noun. Returns the end, or undefined. */
function readChips(text: string, p: number): number | undefined {
  let q = p;
  for (let k = 0; k < 3; k++) {
    const f = at(CHIP_FILLER_RE, text, q);
    if (!f) break;
    q += f[0].length;
  }
  for (const from of q === p ? [p] : [q, p]) {
    const chip = at(CHIP_NOUN_RE, text, from);
    if (chip) return from + chip[0].length;
  }
  // A model code as the noun: "40,000 more H200s", "12,000 Nvidia GB300s", "20 000 B200".
  for (const from of q === p ? [p] : [q, p]) {
    const model = at(CHIP_MODEL_NOUN_RE, text, from);
    if (model) return from + model[0].length;
  }
  return undefined;
}

/** "Très loin des 300 milliards d’OpenAI": the currency of the last amount in this or the previous sentence. */
function resolveImpliedCurrencies(drafts: Draft[], sentences: Sentences): void {
  let last: Draft | undefined;
  for (const d of drafts) {
    if (isCurrency(d.unit) && !d.currencyImplied) {
      last = d;
      continue;
    }
    if (!d.bare) continue;
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
