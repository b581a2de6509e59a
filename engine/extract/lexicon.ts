/**
 * The extractor's regexes and lookup maps, DERIVED from the language packs (`engine/lang/*.ts`)
 * and built once (hoisted, like readability's REGEXPS). Each word exists once, in its pack; the
 * regexes are the union of every pack's words, so a German figure quoted in a French page is still
 * read, and the lookups that differ by language (a scale word's factor, a number's group mark,
 * word numbers) take the language of the sentence.
 *
 * Sticky (`y`) regexes are matched at a given position after a number; `$`-anchored ones are
 * matched against a short, bounded slice before it. None of them can backtrack badly: every
 * repetition is bounded or consumes a distinct character class.
 */
import type { Approx, Lang, Unit } from '../types';
import type { Currency } from '../units';
import { LANGUAGE_PACKS, packFor } from '../lang';
import type { LanguagePack } from '../lang/pack';
import { memo } from '../memo';
import { type WordScan, ByFirstWord, WordClass, beforeRegex as beforeRegexOf, firstWords, lastWords, nextGate, stickyOf } from './words';

/** Inline whitespace: space, no-break space, narrow no-break space, thin space… never a newline. */
export const GAP = '[^\\S\\n]';
const APOS = "['’ʼ]";

/**
 * Letters of the Latin scripts (Basic Latin, Latin-1, Latin Extended-A and -B), for the regexes
 * that scan the whole text: V8 runs case-insensitive `u` regexes 2–3× slower than plain ones, and
 * the five languages' copy never needs more than these to tell a word boundary.
 */
export const LATIN_LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

// ---------------------------------------------------------------------------------------------
// Deriving regexes from word tables.

/** The normal form of a printed word or phrase, as the tables' keys are looked up (memoised: printed words repeat). */
export const normWord = memo(4096, (s: string): string => s.toLowerCase().replace(/['’ʼ]/g, "'").replace(/\s+/gu, ' ').trim());

/** Regex source for one table word: any apostrophe, any inline space (1–2), literal otherwise. */
function wordSource(w: string): string {
  let out = '';
  for (const ch of w) {
    if (ch === "'" || ch === '’' || ch === 'ʼ') out += APOS;
    else if (ch === ' ') out += `${GAP}{1,2}`;
    else out += REGEX_SYNTAX.has(ch) ? `\\${ch}` : ch;
  }
  return out;
}

const REGEX_SYNTAX = new Set('.*+?^${}()|[]\\');

/**
 * An alternation of words, longest first (so "pas plus de" beats "plus de" at the same start).
 * Words of one length cannot match the same text unless they differ only in case or apostrophe,
 * so their order (code points, not the slower locale collation) does not change a match.
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set([...words].filter(Boolean))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique.map(wordSource).join('|');
}

/** Every pack's list at `pick`, flattened. */
function all(pick: (p: LanguagePack) => readonly string[] | undefined): string[] {
  return LANGUAGE_PACKS.flatMap((p) => pick(p) ?? []);
}

/** Word → value maps, per pack, plus the first pack's value for a word another pack lacks. */
class WordTable<V> {
  private readonly byLang = new Map<string, Map<string, V>>();
  private readonly any = new Map<string, V>();
  constructor(pick: (p: LanguagePack) => Record<string, V> | undefined) {
    for (const p of LANGUAGE_PACKS) {
      const m = new Map<string, V>();
      for (const [w, v] of Object.entries(pick(p) ?? {})) {
        const k = normWord(w);
        m.set(k, v);
        if (!this.any.has(k)) this.any.set(k, v);
      }
      this.byLang.set(p.code, m);
    }
  }
  words(): string[] {
    return [...this.any.keys()];
  }
  /** The value in `lang`'s pack, else in the first pack that has the word. */
  get(word: string, lang: Lang): V | undefined {
    const k = normWord(word);
    return this.byLang.get(lang)?.get(k) ?? this.any.get(k);
  }
  /** The value in `lang`'s pack only. */
  own(word: string, lang: Lang): V | undefined {
    return this.byLang.get(lang)?.get(normWord(word));
  }
}

/** A list of words per kind (approx kinds, vague kinds): word → kind. */
function kindMap<K extends string>(pick: (p: LanguagePack) => Record<K, readonly string[]>): Map<string, K> {
  const out = new Map<string, K>();
  for (const p of LANGUAGE_PACKS) {
    for (const [kind, words] of Object.entries(pick(p)) as [K, string[]][]) {
      for (const w of words) if (!out.has(normWord(w))) out.set(normWord(w), kind);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers.

/** A run of digits with separators between digit groups; split into numbers by `parseNumberToken`. */
export const NUMBER_TOKEN = /\d+(?:[ \u00A0\u202F\u2009\u2007.,]\d+)*/g;

/** Separators that can only group thousands (never a decimal mark). */
export const SPACE_SEPARATORS = new Set([' ', '\u00A0', '\u202F', '\u2009', '\u2007']);

/** The mark that groups thousands in a lone "1.234" / "1,234" in `lang`. */
export function groupMarkOf(lang: Lang): '.' | ',' {
  return packFor(lang)?.groupMark ?? '.';
}

/** Characters that, right before a number, make it part of a word or code ("H100", "GB200", "x86"). */
export const GLUED_BEFORE = /[\p{L}\p{N}_#/@]$/u;
/** A letter and a hyphen right before a number: "COVID-19", "Llama-3". */
export const GLUED_HYPHEN_BEFORE = /\p{L}-$/u;
/** …except an ISO currency code glued to the amount: "EUR45.50", "USD3bn". */
export const GLUED_CURRENCY_CODE = /(?<![\p{L}\p{N}])(?:EUR|USD|GBP|CHF|SEK|JPY|CNY|CAD|RMB)$/u;

// ---------------------------------------------------------------------------------------------
// Scale words: "1,2 milliard", "€1.2bn", "500 Mio. €". `short` ones need a currency next to them.

export interface ScaleWord { factor: number; short: boolean }

const SCALES = new WordTable((p) => p.scales);
const SHORT_SCALES = new WordTable((p) => p.shortScales);
/** Abbreviations ("Mrd", "bn"): not used for vague amounts. Packs list the dotted forms ("Mrd.", "Mio."). */
const SCALE_ABBREVIATION = /^[a-z]{1,4}\.?$/;

export const SCALE_RE = new RegExp(
  `(?:${GAP}{0,2}|-)(${alternation([...SCALES.words(), ...SHORT_SCALES.words()])})(?:(?<=\\.)|${NOT_WORD_AFTER})`,
  'iuy',
);

export function scaleOf(word: string, lang: Lang): ScaleWord | undefined {
  const w = word.replace(/\.$/, '');
  // A word of the sentence's own language first: "billion" is 10^9 in English, 10^12 elsewhere.
  const own = SCALES.own(w, lang);
  if (own !== undefined) return { factor: own, short: false };
  const shortOwn = SHORT_SCALES.own(w, lang);
  if (shortOwn !== undefined) return { factor: shortOwn, short: true };
  const any = SCALES.get(w, lang);
  if (any !== undefined) {
    // "billion" in a language whose pack does not list it: the long scale, unless English.
    return { factor: any, short: false };
  }
  const short = SHORT_SCALES.get(w, lang);
  return short !== undefined ? { factor: short, short: true } : undefined;
}

/** Text before a dot that is an abbreviation, not a sentence end: "1,2 Mrd", "500 Mio", "ca". */
const DOTTED_SCALES = [...SCALES.words()].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1));
const DOTTED_QUALIFIERS = all((p) => [...p.approx.about, ...p.approx.atLeast, ...p.approx.atMost]).filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1));
export const ABBREVIATION_DOT_RE = new RegExp(
  `(?:\\d${GAP}{0,2}(?:${alternation(DOTTED_SCALES)})|(?<![\\p{L}])(?:${alternation(DOTTED_QUALIFIERS)}))$`,
  'iu',
);

/** "un demi-milliard", "half a billion", "mezzo miliardo": a number and a scale in one phrase. */
const HALF_WORDS = all((p) => p.halfWords);
export const HALF_AMOUNT_RE = new RegExp(`(?<![${LATIN_LETTER}])(?:un${GAP}|une${GAP})?(${alternation(HALF_WORDS)})(?![${LATIN_LETTER}])`, 'gi');
/** The scale factor of a half phrase ("demi-milliard" → 1e9 → value 5e8). */
export function halfFactor(phrase: string): number {
  const p = normWord(phrase);
  if (/(milliard|miliard|billion|millardo|billón|bilione|trillion)/.test(p)) {
    if (/trillion/.test(p)) return 1e12;
    if (/^half a billion|medio billón/.test(p)) return /medio/.test(p) ? 1e12 : 1e9;
    return 1e9;
  }
  return 1e6;
}

// ---------------------------------------------------------------------------------------------
// Currencies, before or after the number.

/** Signs and ISO codes, the same in every language. */
const CURRENCY_SIGNS: Record<string, Currency> = {
  '€': 'EUR', '元': 'CNY', '$': 'USD', 'us$': 'USD', 'us $': 'USD', 'u.s.$': 'USD', '£': 'GBP', '¥': 'JPY', 'c$': 'CAD', 'ca$': 'CAD',
};
const CODES: Record<string, Currency> = {
  EUR: 'EUR', USD: 'USD', GBP: 'GBP', CHF: 'CHF', SEK: 'SEK', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', CAD: 'CAD',
};
const CURRENCY_WORDS = new WordTable((p) => p.currencies);
const LOWERCASE_NOT_CODES = new Set<string>(['SEK', 'CAD', 'CHF']);

/** Currency printed before the number, at the end of the slice before it: "US$ 10", "€1.2bn", "CHF 3", "EUR45". */
export const CURRENCY_BEFORE_RE = new RegExp(
  `(?<![${LATIN_LETTER}0-9])(US\\$|US \\$|U\\.S\\.\\$|C\\$|CA\\$|A\\$|\\$|€|£|¥|EUR|USD|GBP|CHF|SEK|JPY|CNY|RMB|CAD)[^\\S\\n]?$`,
);
/** The characters a currency printed before the number ends with (the regex above is case-sensitive): a prefilter. */
export const CURRENCY_BEFORE_LAST_CHARS = new Set(['$', '€', '£', '¥', ...Object.keys(CODES).map((c) => c[c.length - 1])]);

const CONNECTORS = alternation(all((p) => p.currencyConnectors));
/** Currency printed after the number/scale: "d’euros", "de dollars", "€", "$", "Euro", "di euro", "US$". */
export const CURRENCY_AFTER_RE = new RegExp(
  `(?:${GAP}{0,2}|-)(?:(?:${CONNECTORS})(?<=${APOS})${GAP}{0,2}|(?:${CONNECTORS})${GAP}{1,2})?` +
    `(US\\$|€|\\$|£|¥|元|${alternation(CURRENCY_WORDS.words())}|EUR|USD|GBP|CHF|SEK|JPY|CNY|RMB|CAD)${NOT_WORD_AFTER}`,
  'iuy',
);

/** First letters of the currency words (lower case): a cheap test before CURRENCY_AFTER_RE after a weak word number. */
export const CURRENCY_WORD_FIRST = new Set(CURRENCY_WORDS.words().map((w) => w[0]));

/** Maps a printed currency (sign, code or words) to its ISO code; undefined when not a currency. */
export function currencyOf(printed: string): Unit | undefined {
  const raw = printed.replace(/\s+/gu, ' ');
  const code = CODES[raw.toUpperCase()];
  if (code) {
    // Codes count in capitals; in lower case only those that are no word ("40 rmb", not "3 sek", "cad").
    return raw === raw.toUpperCase() || !LOWERCASE_NOT_CODES.has(code) ? code : undefined;
  }
  const p = normWord(raw);
  if (p === 'a$') return undefined; // Australian dollars: not in our tables
  return CURRENCY_SIGNS[p] ?? CURRENCY_WORDS.get(p, 'en');
}

/**
 * "ten pounds of copper": weight, not money. A currency word that is also a unit of weight counts
 * as money only when no material noun follows ("of copper", "de cuivre").
 */
export const WEIGHT_NOT_MONEY_RE = new RegExp(`^${GAP}{1,2}(?:of|de|d${APOS})${GAP}{0,2}(?:copper|steel|aluminium|aluminum|cuivre|acier|wire|cable|concrete|béton|coal|charbon|gold|or|silver|hydrogen|co2)`, 'iu');

// ---------------------------------------------------------------------------------------------
// Power and energy.

/** Abbreviations, case-sensitive: "40 MW", "1,2 GW", "300 TWh". */
export const POWER_ABBR_RE = new RegExp(`(?:${GAP}{0,2}|-)(k|M|G|T)?W(h)?${NOT_WORD_AFTER}`, 'uy');
/** Words: "mégawatts", "gigawatt", "térawattheures", "megawatt-hours", "Megawattstunden", "megavatios". */
export const POWER_WORD_RE = new RegExp(
  `(?:${GAP}{0,2}|-)(?:de${GAP}|di${GAP})?(kilo|m[ée]ga|giga|t[ée]ra)?(?:watt|vatio)(?:s)?(?:(heures?|stunden?|ora|ore)|[-\\s]?(hours?))?${NOT_WORD_AFTER}`,
  'iuy',
);

export function powerPrefixFactor(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase();
  if (w === 'k' || w === 'kilo') return 1e3;
  if (w === 'm' || w.startsWith('m')) return 1e6;
  if (w === 'g' || w === 'giga') return 1e9;
  if (w === 't' || w.startsWith('t')) return 1e12;
  return 1;
}

// ---------------------------------------------------------------------------------------------
// AI chips: "18 000 processeurs GPU Blackwell", "40,000 more H200s", "12,000 Nvidia GB300s".

/** Brands, families and model codes, the same in every language; plus each pack's filler words. */
const CHIP_BRANDS = ['nvidia', 'amd', 'intel', 'google', 'blackwell', 'hopper', 'rubin', 'grace', 'instinct', 'ultra',
  'ascend', 'huawei', 'gaudi', 'maia', 'cerebras', 'groq', 'tesla', 'dojo', 'ampere', 'vera'];
export const CHIP_FILLER_RE = new RegExp(
  `${GAP}{1,2}(?:${alternation([...CHIP_BRANDS, ...all((p) => p.chipFillers)])}|trainium\\d?|tpu${GAP}?v?\\d+[a-z]?|` +
    `[A-Z]{1,3}\\d{2,4}[A-Z]?(?:${GAP}?(?:NVL\\d+|SXM\\d?|PCIe))?)${NOT_WORD_AFTER}`,
  'iuy',
);
/** Model codes that name chips on their own, pluralised or not: "H200s", "GB300s", "MI300X", "B200". */
export const CHIP_MODEL_NOUN_RE = new RegExp(
  `${GAP}{1,2}(?:nvidia${GAP}{1,2}|amd${GAP}{1,2})?(?:[HBG]B?\\d{3}|GB\\d{3}|MI\\d{3}[A-Z]?|A100|H100|H200|H800|H20|B200|B300|TPUv?\\d+)(?:s|${APOS}s)?${NOT_WORD_AFTER}`,
  'uy',
);
export const CHIP_NOUN_RE = new RegExp(
  `(?:${GAP}{0,2}|-)(?:de${GAP}|d${APOS}|di${GAP})?(${alternation(all((p) => p.chipNouns))})${NOT_WORD_AFTER}`,
  'iuy',
);

// ---------------------------------------------------------------------------------------------
// Percentages, durations and counted things.

/** "11 %", "11 pour cent", "15 Prozent", "3 points", "20 percentage points": percent points. */
/** Bare "points" words mean percentage points only when no noun follows ("3 points of your credit"). */
const BARE_POINTS = new Set(['points', 'punkte', 'puntos', 'punti']);
export const PERCENT_RE = new RegExp(
  `(?:${GAP}{0,2}|-)(${alternation(all((p) => p.percentWords).filter((w) => !BARE_POINTS.has(w)))}|` +
    `(?:${alternation(all((p) => p.percentWords).filter((w) => BARE_POINTS.has(w)))})(?!${GAP}{1,2}(?:of|de|d${APOS}|di|von|du|des)(?![\\p{L}])))${NOT_WORD_AFTER}`,
  'iuy',
);

const DURATIONS = new WordTable((p) => p.durations);
/** "18 mois", "deux ans", "5 years", "90 Tage": value in days. */
export const DURATION_RE = new RegExp(`(?:${GAP}{1,2}|-)(${alternation(DURATIONS.words())})${NOT_WORD_AFTER}`, 'iuy');
export function durationFactor(word: string, lang: Lang = 'en'): number {
  return DURATIONS.get(word, lang) ?? 365.25;
}

/** Infrastructure things that news pages count: "8 bâtiments", "4 gigafactories", "20 AI factories". */
export const COUNT_NOUN_RE = new RegExp(
  `${GAP}{1,2}(?:(?:${alternation(all((p) => p.countAdjectives))})${GAP}{1,2})?(${alternation(all((p) => p.countNouns))})${NOT_WORD_AFTER}`,
  'iuy',
);

/**
 * After a bare scaled amount: "300 milliards de paramètres" (a count) vs "300 milliards d’OpenAI"
 * (money). The connector is a word of its own: "un million deux" is no "de" + "ux".
 */
export const COUNTED_AFTER_SCALE_RE = new RegExp(
  `${GAP}{1,2}(?:(?:${CONNECTORS})(?<=${APOS})${GAP}?|(?:${CONNECTORS})${GAP})(\\p{Ll}[\\p{L}-]*)`,
  'uy',
);

// ---------------------------------------------------------------------------------------------
// Bounds, approximations and ranges.

const APPROX_KINDS = kindMap<'about' | 'atLeast' | 'atMost'>((p) => p.approx);
/** The longest qualifier plus a boundary: how far back the `$`-anchored qualifier regex looks. */
export const APPROX_LOOKBACK = Math.max(...[...APPROX_KINDS.keys()].map((w) => w.length)) + 4;

/** Qualifiers printed right before the figure (or its currency sign). Longest first. No `u` flag (see LATIN_LETTER). */
export const APPROX_BEFORE_RE = new RegExp(
  `(?<![${LATIN_LETTER}])(${alternation(APPROX_KINDS.keys())})${GAP}{1,2}$`,
  'i',
);

export function approxOf(words: string): Approx {
  const kind = APPROX_KINDS.get(normWord(words));
  if (kind === 'atLeast') return 'at-least';
  if (kind === 'atMost') return 'at-most';
  return 'about';
}

/** "entre 250 et 600 MW", "between 10 and 20", "zwischen 2 und 3", just before the first number. */
export const RANGE_OPEN_RE = new RegExp(`(?<![\\p{L}])(${alternation(all((p) => p.range.open))})${GAP}{1,2}$`, 'iu');
/** The connector between the two numbers of a range: "à", "et", "–", "-", "to", "and", "bis". */
export const RANGE_JOIN_RE = new RegExp(
  `(?:${GAP}{0,2}[-–—]${GAP}{0,2}|${GAP}{1,2}(?:${alternation(all((p) => p.range.join))})${GAP}{1,2})`,
  'iuy',
);
/** A range joined by "et"/"and"/"y" needs an opener before it ("entre 250 et 600", "between 10 and 20"). */
export const RANGE_NEEDS_OPENER_RE = new RegExp(`(?:${alternation(all((p) => p.range.joinNeedsOpener))})[^\\S\\n]*$`, 'iu');

const VAGUE_KINDS = kindMap<'several' | 'tens' | 'hundreds'>((p) => p.vague);
const BIG_SCALE_WORDS = SCALES.words().filter((w) => (SCALES.get(w, 'en') ?? 0) >= 1e6 && !SCALE_ABBREVIATION.test(w));
/** "plusieurs milliards d’euros", "des dizaines de milliards", "tens of billions". Scans the whole text: no `u` flag. */
/**
 * "plusieurs milliards d’euros", "des dizaines de milliards", "tens of billions" (groups 1, 2), and
 * thousands, counted only for chips or money: "des dizaines de milliers de GPU" (1, 3), "thousands
 * of dollars" (4). One scan of the whole text: no `u` flag.
 */
const THOUSANDS_WORDS = alternation(all((p) => p.vague.thousands));
export const VAGUE_AMOUNT_RE = new RegExp(
  `(?<![${LATIN_LETTER}])(?:(${alternation(VAGUE_KINDS.keys())})${GAP}{1,2}(?:(${alternation(BIG_SCALE_WORDS)})|(${THOUSANDS_WORDS}))|(${THOUSANDS_WORDS}))(?![${LATIN_LETTER}0-9])`,
  'gi',
);
export function vagueBounds(word: string): [number, number] {
  const kind = VAGUE_KINDS.get(normWord(word));
  if (kind === 'tens') return [10, 100];
  if (kind === 'hundreds') return [100, 1000];
  return [2, 10];
}

// ---------------------------------------------------------------------------------------------
// Years: only when the year is the claim ("ouverture prévue en 2027", "d’ici 2028", "by 2030").

/** Forward-looking cues that make the year a claim on their own. */
export const YEAR_STRONG_CUE_RE = new RegExp(
  `(?<![\\p{L}])(${alternation(all((p) => p.years.strongCues))})(?:${GAP}{1,2}|(?<=-))$`,
  'iu',
);
/** Weak cues ("en 2027", "in 2027") count only after an event word in the same clause. */
export const YEAR_WEAK_CUE_RE = new RegExp(`(?<![\\p{L}])(${alternation(all((p) => p.years.weakCues))})${GAP}{1,2}$`, 'iu');
/** Event words (stems): what makes "en 2027" a claim ("ouverture prévue", "will open"). */
export const YEAR_EVENT_RE = new RegExp(`(${alternation(all((p) => p.years.events))})`, 'iu');

const MONTHS = alternation(all((p) => p.months));
/** A month name before a year means a date ("12 mars 2025"), not a claim, unless a cue makes it one. */
export const MONTH_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(${MONTHS})\\.?${GAP}{1,2}(?:\\d{1,2}(?:st|nd|rd|th)?,?${GAP}|(?:de|del|of)${GAP}{1,2})?$`,
  'iu',
);
/** "12 mars 2025", "March 12, 2025": a day is printed, so this is a date. */
export const DAY_MONTH_BEFORE_RE = new RegExp(
  `(?:\\d{1,2}(?:er|st|nd|rd|th|\\.)?${GAP}{1,2}(?:de${GAP}{1,2})?(?:${MONTHS})\\.?${GAP}{1,2}(?:de${GAP}{1,2})?|(?:${MONTHS})\\.?${GAP}{1,2}\\d{1,2}(?:st|nd|rd|th)?,?${GAP}{1,2})$`,
  'iu',
);
/** Quarters: "Q3 2027", "T3 2027", "au troisième trimestre 2027", "in the third quarter of 2027", "im dritten Quartal 2027". */
const ORDINAL_QUARTER = new Map<string, number>();
for (const p of LANGUAGE_PACKS) for (const [w, q] of Object.entries(p.quarters?.ordinals ?? {})) if (!ORDINAL_QUARTER.has(normWord(w))) ORDINAL_QUARTER.set(normWord(w), q);
export const QUARTER_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(?:(${alternation(all((p) => p.quarters?.letters))})([1-4])|(${alternation(ORDINAL_QUARTER.keys())})${GAP}{1,2}(?:${alternation(all((p) => p.quarters?.words))}))${GAP}{1,2}(?:(?:de|del|of)${GAP}{1,2})?$`,
  'iu',
);
/** Halves: "au second semestre 2026", "in the second half of 2026", "H2 2026", "im zweiten Halbjahr 2026". */
export const HALF_YEAR_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(?:(${alternation(all((p) => p.quarters?.halfLetters))})([12])|(${alternation(ORDINAL_QUARTER.keys())})${GAP}{1,2}(?:${alternation(all((p) => p.quarters?.halfWords))}))${GAP}{1,2}(?:(?:de|del|of|des|of the)${GAP}{1,2})?$`,
  'iu',
);
export function halfOf(m: RegExpExecArray): number {
  const n = m[2] ? Number(m[2]) : (ORDINAL_QUARTER.get(normWord(m[3])) ?? 0);
  return n === 1 || n === 2 ? n : n === 4 ? 2 : 0; // "last half", "final half" → 2
}
export function quarterOf(m: RegExpExecArray): number {
  return m[2] ? Number(m[2]) : (ORDINAL_QUARTER.get(normWord(m[3])) ?? 0);
}
/** A month index (1–12) for a printed month name, in any language. */
const MONTH_INDEX = new Map<string, number>();
for (const p of LANGUAGE_PACKS) {
  // Each pack lists the twelve full names first, in order.
  p.months.slice(0, 12).forEach((m, i) => MONTH_INDEX.set(plainLetters(m), i + 1));
}
function plainLetters(s: string): string {
  return normWord(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
export function monthIndex(name: string): number | undefined {
  const n = plainLetters(name).replace(/\.$/, '');
  const direct = MONTH_INDEX.get(n);
  if (direct) return direct;
  for (const [full, i] of MONTH_INDEX) if (n.length >= 3 && full.startsWith(n)) return i;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Numbers written as words, counted only when a scale, unit or counted noun follows, and only in
// a sentence of their own language ("due" is two in Italian, not in English).

const WORD_NUMBER_TABLE = new WordTable((p) => p.wordNumbers);
export function wordNumberValue(word: string, lang: Lang): number | undefined {
  return WORD_NUMBER_TABLE.own(word, lang);
}
/** Scans the whole text: no `u` flag (see LATIN_LETTER). */
export const WORD_NUMBER_RE = new RegExp(
  `(?<![${LATIN_LETTER}0-9])(${alternation(WORD_NUMBER_TABLE.words())})(?![${LATIN_LETTER}0-9'’])`,
  'gi',
);
/** Word numbers that are too common to mean anything without a scale word ("un", "a", "an"). */
export const WEAK_WORD_NUMBERS = new Set(all((p) => p.weakWordNumbers).map(normWord));
/** What may sit between two word numbers of one compound ("cinq cent trente", "one hundred"). */
export const WORD_NUMBER_JOIN_RE = /^(?:[^\S\n]{1,2}|-)$/u;

/**
 * Extends a compound word number: `total` so far, whose last word was worth `last`, followed by a
 * word worth `next`. "cinq cent trente cinq" = 5 × 100 + 30 + 5; "one hundred" = 100. Undefined
 * when the words do not compose ("deux trois", "dix deux"): they stay separate numbers.
 */
export function composeWordNumber(total: number, last: number, next: number): number | undefined {
  if (next === 100) return total < 10 ? total * 100 : undefined;
  if (last === 100 && next < 100) return total + next;
  if (last >= 20 && last < 100 && last % 10 === 0 && next < 10) return total + next;
  // French "soixante-quinze" (60 + 15), "quatre-vingt-douze" (80 + 12).
  if ((last === 60 || last === 80) && next >= 10 && next < 20) return total + next;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Other quantities: compute, data, area, length, mass, volume. Words in the packs; SI symbols here.

type UnitFactor = [Unit, number];
const SI_PREFIX: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Z: 1e21 };
const SI_PREFIX_WORD: Record<string, number> = { kilo: 1e3, mega: 1e6, giga: 1e9, tera: 1e12, peta: 1e15, exa: 1e18, zetta: 1e21 };
/** Symbols, matched as printed: "40 EFLOPS", "80 GB", "20 000 m²", "5 km", "1 000 t", "3 ML". */
const SI_SYMBOLS: Record<string, UnitFactor> = {};
for (const [p, f] of Object.entries(SI_PREFIX)) {
  for (const s of ['FLOPS', 'FLOP/s', 'FLOPs', 'flop/s']) SI_SYMBOLS[`${p}${s}`] = ['FLOPS', f];
  if (p) SI_SYMBOLS[`${p}B`] = ['B', f];
  if (p === 'k' || p === 'M' || p === 'G') SI_SYMBOLS[`${p}L`] = ['L', f];
}
delete SI_SYMBOLS.kB; // "kB" and "KB" alike
Object.assign(SI_SYMBOLS, {
  kB: ['B', 1e3], KB: ['B', 1e3], GiB: ['B', 2 ** 30], TiB: ['B', 2 ** 40], PiB: ['B', 2 ** 50], L: ['L', 1], hL: ['L', 100],
  'm²': ['m2', 1], m2: ['m2', 1], 'km²': ['m2', 1e6], km2: ['m2', 1e6], ha: ['m2', 1e4], 'ft²': ['m2', 0.09290304],
  km: ['m', 1e3], 't': ['t', 1], kt: ['t', 1e3], Mt: ['t', 1e6], Gt: ['t', 1e9], 'm³': ['L', 1e3], m3: ['L', 1e3],
} satisfies Record<string, UnitFactor>);
/** "exaflops", "petaflop": the same in every language. */
const SI_WORDS: Record<string, UnitFactor> = {};
for (const [w, f] of Object.entries(SI_PREFIX_WORD)) {
  SI_WORDS[`${w}flops`] = ['FLOPS', f];
  SI_WORDS[`${w}flop`] = ['FLOPS', f];
}
const UNIT_WORDS = new WordTable<UnitFactor>((p) => ({ ...(p.code === 'en' ? SI_WORDS : {}), ...p.units }));
const UNIT_SYMBOLS = new Map<string, UnitFactor>(Object.entries(SI_SYMBOLS));
for (const p of LANGUAGE_PACKS) for (const [w, v] of Object.entries(p.unitSymbols ?? {})) UNIT_SYMBOLS.set(w, v);
const GENITIVES = all((p) => p.sentence.genitive);

/** "2 millions de litres", "5 million gallons", "1,5 hectare": a unit word, after a scale word too. */
export const UNIT_WORD_RE = new RegExp(
  `(?:${GAP}{1,2}|-)(?:(?:${CONNECTORS})(?<=${APOS})|(?:${CONNECTORS})${GAP}{1,2})?(${alternation(UNIT_WORDS.words())})${NOT_WORD_AFTER}`,
  'iuy',
);
/** Symbols, case as printed: "80 GB", "1,5 Po", "20 000 m²", "40 EFLOPS". */
export const UNIT_SYMBOL_RE = new RegExp(`${GAP}{0,2}(${alternation(UNIT_SYMBOLS.keys())})(?![\\p{L}\\p{N}²³])`, 'uy');
export function unitOf(word: string, lang: Lang, symbol: boolean): UnitFactor | undefined {
  return symbol ? UNIT_SYMBOLS.get(word) : UNIT_WORDS.get(word, lang);
}

/** "130 kW par baie", "64 GPUs per rack", "5 million gallons a day", "130 kW/rack". */
const PER_NOUNS = new WordTable<string>((p) => p.per?.nouns);
export const PER_RE = new RegExp(
  `(?:${GAP}{1,2}(?:${alternation(all((p) => p.per?.between))}))?` +
    `(?:${GAP}{1,2}(?:${alternation(all((p) => p.per?.connectors))})(?:${GAP}{1,2}|(?<=${APOS}))|${GAP}?/${GAP}?)(${alternation(PER_NOUNS.words())})${NOT_WORD_AFTER}(?!${GAP}{1,2}\\d)`,
  'iuy',
);
export function perNoun(word: string, lang: Lang): string | undefined {
  return PER_NOUNS.get(word, lang);
}

/** Multipliers: "multiplié par cinq", "a factor of 3" before; "deux fois plus", "seven times the", "10x", "×4" after. */
export const FACTOR_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(all((p) => p.factor?.before))})${GAP}{1,2}$`, 'iu');
export const FACTOR_AFTER_RE = new RegExp(
  `(?:${GAP}{0,2}[x×](?![\\p{L}\\p{N}])|(?:${GAP}{1,2}|-)(?:${alternation(all((p) => p.factor?.after))})${NOT_WORD_AFTER})`,
  'iuy',
);

/** One-word multipliers: "a tenfold increase", "verzehnfacht". Scans the whole text: no `u` flag. */
const FACTOR_WORDS = new WordTable<number>((p) => p.factor?.words);
export const FACTOR_WORD_RE = new RegExp(`(?<![${LATIN_LETTER}])(${alternation(FACTOR_WORDS.words())})(?![${LATIN_LETTER}])`, 'gi');
export function factorWordValue(word: string, lang: Lang): number | undefined {
  return FACTOR_WORDS.get(word, lang);
}

/** "$7 and 25 cents", "3 dollars 50 cents", "thirteen dollars forty-five": the joiner before the cents. */
export const CENTS_JOIN_RE = new RegExp(`^,?(?:${GAP}{1,2}(?:${alternation(all((p) => p.cents?.join))}))?${GAP}{1,2}$`, 'iu');
export const CENTS_WORD_RE = new RegExp(`${GAP}{0,2}(?:${alternation(all((p) => p.cents?.words))})${NOT_WORD_AFTER}`, 'iuy');

/** "minus five percent", "-40 €", "−3 %": a printed minus before the figure. */
export const MINUS_BEFORE_RE = new RegExp(
  `(?:(?<![\\p{L}])(?:${alternation(all((p) => p.negative?.minus))})${GAP}{1,2}|(?<![\\p{L}\\p{N}.,\\-–−])[-−])$`,
  'iu',
);
/** "a loss of $5 billion", "une perte de 40 millions": the figure is a loss (its value stays positive). */
export const LOSS_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(all((p) => p.negative?.loss))})${GAP}{1,2}$`, 'iu');

/** "a third of the capacity", "la moitié des serveurs": a share, read as percent. */
const FRACTIONS = new WordTable<number>((p) => p.fractions);
export const FRACTION_RE = new RegExp(
  `(?<![${LATIN_LETTER}])(${alternation(FRACTIONS.words())})(?=${GAP}{1,2}(?:${alternation(GENITIVES)})(?![${LATIN_LETTER}]))`,
  'gi',
);
export function fractionValue(word: string, lang: Lang): number | undefined {
  return FRACTIONS.get(word, lang);
}

/** "30,000 GPUs, of which 12,000 are H100s": the count takes the unit of the figure before. */
export const OF_WHICH_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(all((p) => p.ofWhich))})${GAP}{1,2}$`, 'iu');

/** "percent of 10", "pourcentage de vingt": the percent word printed before the number. */
export const PERCENT_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}][^\\S\\n]?|[\\p{L}\\p{N}])(percents?|per${GAP}cent|pourcents?|pourcentages?|percentages?|prozent|por${GAP}ciento|per${GAP}cento)${GAP}{1,2}(?:of|de|des|du|d${APOS}|von|der|di|dei|del)${GAP}{1,2}$`,
  'iu',
);

/** Parts of a year: "mid-2027", "fin 2028", "Anfang 2027", "a finales de 2027". */
const YEAR_PARTS = kindMap<'start' | 'mid' | 'end'>((p) => p.yearParts ?? { start: [], mid: [], end: [] });
export const YEAR_PART_BEFORE_RE = new RegExp(`(?<![\\p{L}])(${alternation(YEAR_PARTS.keys())})(?:${GAP}{1,2}|(?<=-)|-)$`, 'iu');
export function yearPartOf(word: string): 'start' | 'mid' | 'end' | undefined {
  return YEAR_PARTS.get(normWord(word));
}
/** A year glued to its part by a hyphen ("mid-2027"): still a number. */
export const YEAR_PART_HYPHEN_RE = new RegExp(`(?<![\\p{L}])(?:${alternation([...YEAR_PARTS.keys()].filter((w) => !w.includes(' ')).map((w) => w.replace(/-$/, '')))})-$`, 'iu');

// ---------------------------------------------------------------------------------------------
// Small tests used by the extractor's control flow.

/** A letter right after a candidate year makes it part of a word or code ("2027a", "1984GT"). */
export const LETTER_START_RE = /^\p{L}/u;

// ---------------------------------------------------------------------------------------------
// The word pass (`words.ts`): whole-text scans run only where their first words start, and the
// last words of the phrases matched before a figure, a prefilter for their `$`-anchored regexes.

function wordScan(re: RegExp, phrases: Iterable<string>, idle?: Iterable<string>, neededAfter?: Iterable<string>, split = false): WordScan {
  const list = [...phrases];
  return {
    byFirst: split ? new ByFirstWord(re, alternation(list), list, alternation) : undefined,
    sticky: stickyOf(re),
    first: firstWords(list),
    idle: idle && new WordClass(idle),
    neededAfter: neededAfter && firstWords(neededAfter),
  };
}

/**
 * Weak word numbers ("un", "a", "ein") are read only before a scale word ("un milliard"), a
 * currency word ("one-yen"), or another word number ("a hundred"): elsewhere (most of them are
 * articles) the scan skips them. A weak word that begins a longer word number is never skipped.
 */
const WORD_NUMBER_WORDS = WORD_NUMBER_TABLE.words();
const IDLE_WEAK = [...WEAK_WORD_NUMBERS].filter((w) => /^\p{L}+$/u.test(w) && !WORD_NUMBER_WORDS.some((n) => n !== w && n.startsWith(w) && !/^\p{L}/u.test(n.slice(w.length))));
const AFTER_WEAK = [...SCALES.words(), ...SHORT_SCALES.words(), ...CURRENCY_WORDS.words(), ...Object.keys(CODES), ...all((p) => p.currencyConnectors), ...WORD_NUMBER_WORDS]
  .filter((w) => /^\p{L}/u.test(w));

/** The whole-text scans, in the order their hits are gathered. */
export const WORD_SCANS = {
  wordNumbers: wordScan(WORD_NUMBER_RE, WORD_NUMBER_WORDS, IDLE_WEAK, AFTER_WEAK, true),
  halfAmounts: wordScan(HALF_AMOUNT_RE, ['un', 'une', ...HALF_WORDS]),
  factorWords: wordScan(FACTOR_WORD_RE, FACTOR_WORDS.words(), undefined, undefined, true),
  fractions: wordScan(FRACTION_RE, FRACTIONS.words(), undefined, undefined, true),
  vagueAmounts: wordScan(VAGUE_AMOUNT_RE, [...VAGUE_KINDS.keys(), ...all((p) => p.vague.thousands)]),
};

/**
 * The `$`-anchored regexes matched before a figure, with the words their matches start and end with
 * (`matchBefore`). Qualifiers may sit between a loss or "of which" phrase and the figure.
 */
const APPROX_PHRASES = [...APPROX_KINDS.keys()];
const beforeRegex = (re: RegExp, first: Iterable<string>, last?: Iterable<string>) => beforeRegexOf(re, first, last, alternation);
const GENITIVE_WORDS = ['of', 'de', 'des', 'du', "d'", 'von', 'der', 'di', 'dei', 'del'];
export const APPROX_BEFORE = beforeRegex(APPROX_BEFORE_RE, APPROX_PHRASES, APPROX_PHRASES);
// A loss or "of which" phrase ends right before the figure or before its qualifier ("a loss of
// about $5bn"): `phraseBefore` looks at both, so neither regex carries the qualifiers (compiling
// 165 case-insensitive qualifiers into each cost 150 ms on a cold start).
export const LOSS_BEFORE = beforeRegex(LOSS_BEFORE_RE, all((p) => p.negative?.loss), all((p) => p.negative?.loss));
export const OF_WHICH_BEFORE = beforeRegex(OF_WHICH_BEFORE_RE, all((p) => p.ofWhich), all((p) => p.ofWhich));
export const FACTOR_BEFORE = beforeRegex(FACTOR_BEFORE_RE, all((p) => p.factor?.before), all((p) => p.factor?.before));
export const PERCENT_BEFORE = beforeRegex(
  PERCENT_BEFORE_RE,
  ['percent', 'percents', 'per', 'pourcent', 'pourcents', 'pourcentage', 'pourcentages', 'percentage', 'percentages', 'prozent', 'por'],
  GENITIVE_WORDS,
);
export const YEAR_STRONG_CUE = beforeRegex(YEAR_STRONG_CUE_RE, all((p) => p.years.strongCues), all((p) => p.years.strongCues));
export const YEAR_WEAK_CUE = beforeRegex(YEAR_WEAK_CUE_RE, all((p) => p.years.weakCues), all((p) => p.years.weakCues));
export const YEAR_PART_BEFORE = beforeRegex(YEAR_PART_BEFORE_RE, YEAR_PARTS.keys(), YEAR_PARTS.keys());
export const MONTH_BEFORE = beforeRegex(MONTH_BEFORE_RE, all((p) => p.months));
export const RANGE_OPEN = beforeRegex(RANGE_OPEN_RE, all((p) => p.range.open), all((p) => p.range.open));
export const MINUS_WORD_LAST = lastWords(all((p) => p.negative?.minus));
/** Quarters and halves end with their word ("trimestre", "half of") or a letter and digit ("Q3", "H2"), maybe then "de"/"of". */
export const QUARTER_LAST = lastWords([...all((p) => p.quarters?.words), 'de', 'del', 'of']);
export const HALF_YEAR_LAST = lastWords([...all((p) => p.quarters?.halfWords), 'de', 'del', 'of', 'des', 'of the']);
/** The multiplier, "of which", percent-before and qualifier phrases: a prefilter before the three regexes. */
export const BEFORE_CUE_LAST = lastWords([
  ...all((p) => p.factor?.before), ...all((p) => p.ofWhich), ...APPROX_PHRASES, ...GENITIVE_WORDS,
]);

/**
 * What each unit regex read after a figure may begin with (`mayOpen`): its phrases' first words,
 * the connectors it allows before them, and its signs.
 */
const CURRENCY_CONNECTOR_WORDS = all((p) => p.currencyConnectors);
const POWER_WORDS: string[] = ['de', 'di'];
for (const prefix of ['', 'kilo', 'mega', 'méga', 'giga', 'tera', 'téra']) {
  for (const base of ['watt', 'vatio']) {
    for (const plural of ['', 's']) {
      for (const suffix of ['', 'heure', 'heures', 'stunde', 'stunden', 'ora', 'ore', 'hour', 'hours']) POWER_WORDS.push(prefix + base + plural + suffix);
    }
  }
}
export const UNIT_GATES = {
  scale: nextGate([...SCALES.words(), ...SHORT_SCALES.words()]),
  currency: nextGate([...CURRENCY_CONNECTOR_WORDS, ...CURRENCY_WORDS.words(), ...Object.keys(CODES), 'US'], '€$£¥元'),
  powerAbbr: nextGate(['W', 'Wh', 'kW', 'kWh', 'MW', 'MWh', 'GW', 'GWh', 'TW', 'TWh']),
  powerWord: nextGate(POWER_WORDS),
  percent: nextGate(all((p) => p.percentWords)),
  symbol: nextGate(UNIT_SYMBOLS.keys()),
  unitWord: nextGate([...CURRENCY_CONNECTOR_WORDS, ...UNIT_WORDS.words()]),
  factorAfter: nextGate(['x', ...all((p) => p.factor?.after)], '×'),
  count: nextGate([...all((p) => p.countAdjectives), ...all((p) => p.countNouns)]),
  duration: nextGate(DURATIONS.words()),
  countedAfterScale: nextGate(CURRENCY_CONNECTOR_WORDS),
  per: nextGate([...all((p) => p.per?.between), ...all((p) => p.per?.connectors)], '/'),
  rangeJoin: nextGate(all((p) => p.range.join), '-–—'),
};

