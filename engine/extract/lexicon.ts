/**
 * Word tables and regexes of the extractor, built once (hoisted, like readability's REGEXPS).
 * Sticky (`y`) regexes are matched at a given position after a number; `$`-anchored ones are
 * matched against a short, bounded slice before it. None of them can backtrack badly: every
 * repetition is bounded or consumes a distinct character class.
 */
import type { Approx, Lang, Unit } from '../types';

/** Inline whitespace: space, no-break space, narrow no-break space, thin space… never a newline. */
export const GAP = '[^\\S\\n]';
const APOS = "['’ʼ]";

/**
 * Letters of the Latin scripts (Basic Latin, Latin-1, Latin Extended-A and -B), for the regexes
 * that scan the whole text: V8 runs case-insensitive `u` regexes 2–3× slower than plain ones, and
 * French and English copy never needs more than these to tell a word boundary.
 */
export const LATIN_LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/** A run of digits with separators between digit groups; split into numbers by `parseNumberToken`. */
export const NUMBER_TOKEN = /\d+(?:[ \u00A0\u202F\u2009\u2007.,]\d+)*/g;

/** Separators that can only group thousands (never a decimal mark). */
export const SPACE_SEPARATORS = new Set([' ', '\u00A0', '\u202F', '\u2009', '\u2007']);

/** Characters that, right before a number, make it part of a word or code ("H100", "GB200", "x86"). */
export const GLUED_BEFORE = /[\p{L}\p{N}_#/@]$/u;
/** A letter and a hyphen right before a number: "COVID-19", "Llama-3". */
export const GLUED_HYPHEN_BEFORE = /\p{L}-$/u;

// ---------------------------------------------------------------------------------------------
// Scale words: "1,2 milliard", "€1.2bn", "500 M€". `short` ones need a currency next to them.

export interface ScaleWord { factor: number; short: boolean; lang?: Lang }

/** Matches a scale word right at the cursor (after optional inline space). */
export const SCALE_RE = new RegExp(
  `${GAP}{0,2}(milliards?|millions?|mille|billions?|trillions?|thousands?|mrds?|mds?|mns?|mln|bn|tn|k|m|b)(?![\\p{L}\\p{N}])`,
  'iuy',
);

export function scaleOf(word: string, lang: Lang): ScaleWord | undefined {
  const w = word.toLowerCase();
  if (w === 'mille' || w === 'thousand' || w === 'thousands') return { factor: 1e3, short: false };
  if (w === 'million' || w === 'millions') return { factor: 1e6, short: false };
  if (w === 'milliard' || w === 'milliards') return { factor: 1e9, short: false, lang: 'fr' };
  // French "billion" is 10^12 (long scale); English "billion" is 10^9.
  if (w === 'billion' || w === 'billions') return { factor: lang === 'fr' ? 1e12 : 1e9, short: false };
  if (w === 'trillion' || w === 'trillions') return { factor: lang === 'fr' ? 1e18 : 1e12, short: false };
  if (w === 'md' || w === 'mds' || w === 'mrd' || w === 'mrds') return { factor: 1e9, short: false };
  if (w === 'bn') return { factor: 1e9, short: false };
  if (w === 'tn') return { factor: 1e12, short: false };
  if (w === 'mn' || w === 'mns' || w === 'mln') return { factor: 1e6, short: false };
  if (w === 'm') return { factor: 1e6, short: true };
  if (w === 'b') return { factor: 1e9, short: true };
  if (w === 'k') return { factor: 1e3, short: true };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Currencies, before or after the number.

/** Currency printed before the number, at the end of the slice before it: "US$ 10", "€1.2bn", "CHF 3". */
export const CURRENCY_BEFORE_RE = new RegExp(
  `(?<![${LATIN_LETTER}0-9])(US\\$|US \\$|C\\$|CA\\$|A\\$|\\$|€|£|¥|EUR|USD|GBP|CHF|SEK|JPY|CNY|RMB|CAD)[^\\S\\n]?$`,
);

/** Currency printed after the number/scale: "d’euros", "de dollars", "€", "$", "couronnes suédoises". */
export const CURRENCY_AFTER_RE = new RegExp(
  `${GAP}{0,2}(?:(?:de|d${APOS}|of)${GAP}{0,2})?` +
    `(€|\\$|£|¥|euros?|dollars?(?:${GAP}(?:américains|us|canadiens|canadian|us))?|us${GAP}dollars?|` +
    `livres?(?:${GAP}sterling)?|pounds?(?:${GAP}sterling)?|sterling|francs?${GAP}suisses|swiss${GAP}francs?|` +
    `couronnes?${GAP}suédoises|swedish${GAP}(?:kronor|krona|crowns?)|kronor|yens?|yuans?|renminbi|` +
    `EUR|USD|GBP|CHF|SEK|JPY|CNY|RMB|CAD)(?![\\p{L}\\p{N}])`,
  'iuy',
);

const CODES = new Set(['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'JPY', 'CNY', 'RMB', 'CAD']);

/** Maps a printed currency (sign, code or words) to its ISO code; undefined when not a currency. */
export function currencyOf(printed: string): Unit | undefined {
  const raw = printed.replace(/\s+/gu, ' ');
  if (CODES.has(raw.toUpperCase())) {
    // Codes count only in capitals: "eur" or "sek" in running text are not currencies.
    if (raw !== raw.toUpperCase()) return undefined;
    return raw === 'RMB' ? 'CNY' : (raw as Unit);
  }
  const p = raw.toLowerCase();
  if (p === '€' || p.startsWith('euro')) return 'EUR';
  if (p === 'c$' || p === 'ca$' || p.includes('canad')) return 'CAD';
  if (p === 'a$') return undefined; // Australian dollars: not in our tables
  if (p.includes('$') || p.includes('dollar')) return 'USD';
  if (p === '£' || p.startsWith('livre') || p.startsWith('pound') || p === 'sterling') return 'GBP';
  if (p.includes('franc')) return 'CHF';
  if (p.includes('couronne') || p.includes('kron') || p.includes('crown')) return 'SEK';
  if (p === '¥' || p.startsWith('yen')) return 'JPY';
  if (p.startsWith('yuan') || p === 'renminbi') return 'CNY';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Power and energy.

/** Abbreviations, case-sensitive: "40 MW", "1,2 GW", "300 TWh". */
export const POWER_ABBR_RE = new RegExp(`${GAP}{0,2}(k|M|G|T)?W(h)?(?![\\p{L}\\p{N}])`, 'uy');
/** Words: "mégawatts", "gigawatt", "térawattheures", "megawatt-hours". */
export const POWER_WORD_RE = new RegExp(
  `${GAP}{0,2}(?:de${GAP})?(kilo|m[ée]ga|giga|t[ée]ra)?watt(?:s)?(?:(heures?)|[-${'\\s'}]?(hours?))?(?![\\p{L}\\p{N}])`,
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
// AI chips: "18 000 processeurs GPU Blackwell", "18,000 Nvidia chips", "400,000 GB200 superchips".

/**
 * Words allowed between the number and the chip noun (brands, model codes, "de"). Case-insensitive:
 * brands are printed capitalised ("18,000 Nvidia chips", "AMD", "Google TPUs").
 */
export const CHIP_FILLER_RE = new RegExp(
  `${GAP}{1,2}(?:de|d${APOS}|nvidia|amd|intel|google|blackwell|hopper|rubin|grace|instinct|ultra|trainium\\d?|` +
    `[A-Z]{1,3}\\d{2,4}[A-Z]?)(?![\\p{L}\\p{N}])`,
  'iuy',
);
export const CHIP_NOUN_RE = new RegExp(
  `${GAP}{0,2}(?:de${GAP}|d${APOS})?(processeurs?${GAP}(?:GPU|graphiques)|processeurs?|processors?|GPUs?|puces?|` +
    `superchips?|superpuces?|chips?|acc[ée]l[ée]rateurs?|accelerators?|TPUs?|cartes?${GAP}graphiques|` +
    `graphics${GAP}processing${GAP}units?)(?![\\p{L}\\p{N}])`,
  'iuy',
);

// ---------------------------------------------------------------------------------------------
// Percentages, durations and counted things.

/**
 * "11 %", "11 pour cent", "10 pourcents", "11 percent", "5 per cent", and percentage points
 * ("2 points de pourcentage", "20 percentage points"), read as percent points.
 */
export const PERCENT_RE = new RegExp(
  `${GAP}{0,2}(%|points?${GAP}de${GAP}(?:pourcentage|pour${GAP}?cent)|pour${GAP}?cents?|percentage${GAP}points?|` +
    `percents?|per${GAP}cent)(?![\\p{L}\\p{N}])`,
  'iuy',
);

/** "18 mois", "deux ans", "5 years": value in days. */
export const DURATION_RE = new RegExp(`${GAP}{1,2}(mois|ans|années|years?|months?)(?![\\p{L}\\p{N}])`, 'iuy');
export function durationFactor(word: string): number {
  return /^(mois|months?)$/i.test(word) ? 30.4375 : 365.25;
}

/** Infrastructure things that news pages count: "8 bâtiments", "4 gigafactories", "20 AI factories". */
export const COUNT_NOUN_RE = new RegExp(
  `${GAP}{1,2}(?:nouveaux${GAP}|nouvelles${GAP}|new${GAP}|grands?${GAP}|large${GAP})?(` +
    `centres?${GAP}de${GAP}donn[ée]es|data${GAP}?cent(?:er|re)s?|datacent(?:er|re)s?|b[âa]timents?|buildings?|` +
    `gigafactories|gigafactory|giga-usines?|gigausines?|usines?${GAP}(?:d${APOS}IA|IA)|AI${GAP}factories|factories|usines?|` +
    `sites?|campus|serveurs?|servers?|racks?|emplois|jobs|salariés|employés|employees|pays|countries|` +
    `supercalculateurs?|supercomputers?|clusters?|r[ée]acteurs?|reactors?)(?![\\p{L}\\p{N}])`,
  'iuy',
);

/** After a bare scaled amount: "300 milliards de paramètres" (a count) vs "300 milliards d’OpenAI" (money). */
export const COUNTED_AFTER_SCALE_RE = new RegExp(`${GAP}{1,2}(?:de|d${APOS})${GAP}?(\\p{Ll}[\\p{L}-]*)`, 'uy');

// ---------------------------------------------------------------------------------------------
// Bounds, approximations and ranges.

/** Qualifiers printed right before the figure (or its currency sign). Longest first. No `u` flag (see LATIN_LETTER). */
export const APPROX_BEFORE_RE = new RegExp(
  `(?<![${LATIN_LETTER}])(pas${GAP}moins${GAP}de|pas${GAP}plus${GAP}de|près${GAP}de|pr[eè]s${GAP}d${APOS}|environ|quelque|autour${GAP}de|` +
    `de${GAP}l${APOS}ordre${GAP}de|approximativement|à${GAP}peu${GAP}près|presque|quasiment|` +
    `plus${GAP}de|plus${GAP}d${APOS}|au${GAP}moins|au-delà${GAP}de|jusqu${APOS}à|pouvant${GAP}atteindre(?:${GAP}les)?|` +
    `pourr(?:a|ait)${GAP}atteindre(?:${GAP}les)?|moins${GAP}de|moins${GAP}d${APOS}|au${GAP}maximum|` +
    `nearly|almost|about|around|approximately|roughly|some|close${GAP}to|` +
    `more${GAP}than|over|at${GAP}least|upwards${GAP}of|north${GAP}of|in${GAP}excess${GAP}of|` +
    `up${GAP}to|as${GAP}much${GAP}as|as${GAP}many${GAP}as|less${GAP}than|fewer${GAP}than|under|at${GAP}most)${GAP}{1,2}$`,
  'i',
);

export function approxOf(words: string): Approx {
  const w = words.toLowerCase().replace(/\s+/gu, ' ');
  if (/^(plus d|au moins|au-delà|pas moins|more than|over|at least|upwards|north of|in excess)/.test(w)) return 'at-least';
  if (/^(jusqu|pouvant|pourra|moins d|au maximum|pas plus|up to|as much|as many|less than|fewer|under|at most)/.test(w)) return 'at-most';
  return 'about';
}

/** "entre 250 et 600 MW", "between 10 and 20", just before the first number. */
export const RANGE_OPEN_RE = new RegExp(`(?<![\\p{L}])(entre|between|de|from)${GAP}{1,2}$`, 'iu');
/** The connector between the two numbers of a range: "à", "et", "–", "-", "to", "and". */
export const RANGE_JOIN_RE = new RegExp(`(?:${GAP}{0,2}[-–—]${GAP}{0,2}|${GAP}{1,2}(?:à|et|to|and)${GAP}{1,2})`, 'iuy');

/** "plusieurs milliards d’euros", "des dizaines de milliards", "tens of billions". Scans the whole text: no `u` flag. */
export const VAGUE_AMOUNT_RE = new RegExp(
  `(?<![${LATIN_LETTER}])(plusieurs|quelques|several|a${GAP}few|des${GAP}dizaines${GAP}de|dizaines${GAP}de|tens${GAP}of|` +
    `des${GAP}centaines${GAP}de|centaines${GAP}de|hundreds${GAP}of)${GAP}{1,2}` +
    `(milliards|millions|billions|trillions)(?![${LATIN_LETTER}0-9])`,
  'gi',
);
export function vagueBounds(word: string): [number, number] {
  const w = word.toLowerCase();
  if (w.includes('dizaine') || w.startsWith('tens')) return [10, 100];
  if (w.includes('centaine') || w.startsWith('hundreds')) return [100, 1000];
  return [2, 10];
}

// ---------------------------------------------------------------------------------------------
// Years: only when the year is the claim ("ouverture prévue en 2027", "d’ici 2028", "by 2030").

/** Forward-looking cues that make the year a claim on their own. */
export const YEAR_STRONG_CUE_RE = new RegExp(
  `(?<![\\p{L}])(d${APOS}ici(?:${GAP}(?:à|a|fin))?|à${GAP}l${APOS}horizon|horizon|by|by${GAP}the${GAP}end${GAP}of|` +
    `prévue?s?${GAP}(?:pour|en|d[eè]s)|attendue?s?${GAP}(?:pour|en)|scheduled${GAP}for|expected${GAP}(?:in|by)|` +
    `planned${GAP}for|due${GAP}(?:in|by)|slated${GAP}for)${GAP}{1,2}$`,
  'iu',
);
/** Weak cues ("en 2027", "in 2027") count only after an event word in the same clause. */
export const YEAR_WEAK_CUE_RE = new RegExp(
  `(?<![\\p{L}])(en|in|pour|for|dès|from|fin|début|mi-|courant|since|depuis|à${GAP}partir${GAP}de)${GAP}{0,2}$`,
  'iu',
);
export const YEAR_EVENT_RE =
  /(prévu|ouvr|opérationnel|lanc|livr|mise? en service|fond[ée]|créé|inaugur|achev|attendu|démarr|entrer|mis en route|accueill|expected|planned|due|open|launch|operational|online|found|complet|start|begin|deliver|scheduled)/iu;

/** A month name before a year means a date ("12 mars 2025"), not a claim. */
export const MONTH_BEFORE_RE =
  /(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?[^\S\n]{1,2}(?:\d{1,2}(?:st|nd|rd|th)?,?[^\S\n])?$/iu;

// ---------------------------------------------------------------------------------------------
// Numbers written as words, counted only when a scale, unit or counted noun follows.

export const WORD_NUMBERS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
/** Scans the whole text: no `u` flag (see LATIN_LETTER); the words themselves are ASCII. */
export const WORD_NUMBER_RE = new RegExp(
  `(?<![${LATIN_LETTER}0-9-])(${Object.keys(WORD_NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?![${LATIN_LETTER}0-9'’-])`,
  'gi',
);
/** Word numbers that are too common to mean anything without a scale word ("un", "a", "an"). */
export const WEAK_WORD_NUMBERS = new Set(['un', 'une', 'a', 'an', 'one']);
/** What may sit between two word numbers of one compound ("cinq cent trente", "one hundred"). */
export const WORD_NUMBER_JOIN_RE = /^[^\S\n]{1,2}$/u;

/**
 * Extends a compound word number: `total` so far, whose last word was worth `last`, followed by a
 * word worth `next`. "cinq cent trente cinq" = 5 × 100 + 30 + 5; "one hundred" = 100. Undefined
 * when the words do not compose ("deux trois", "dix deux"): they stay separate numbers.
 */
export function composeWordNumber(total: number, last: number, next: number): number | undefined {
  if (next === 100) return total < 10 ? total * 100 : undefined;
  if (last === 100 && next < 100) return total + next;
  if (last >= 20 && last < 100 && last % 10 === 0 && next < 10) return total + next;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Small tests used by the extractor's control flow.

/** A range joined by "et"/"and" needs an opener before it ("entre 250 et 600", "between 10 and 20"). */
export const RANGE_NEEDS_OPENER_RE = /(?:et|and)[^\S\n]*$/iu;
/** A letter right after a candidate year makes it part of a word or code ("2027a", "1984GT"). */
export const LETTER_START_RE = /^\p{L}/u;
