/**
 * What a language pack holds: every word table the engine needs for one language. The lexicon's
 * regexes and lookup maps are derived from these tables (`engine/lang/lexicon.ts`), so each word
 * exists once. Words are written as printed: spaces match any inline space (no-break, narrow
 * no-break…), `'` matches every apostrophe (’ ʼ '), and case does not matter unless said.
 */
import type { Currency } from '../units';
import type { Metric } from '../facts/schema';
import type { Lang, Unit } from '../types';

export interface LanguagePack {
  code: Lang;
  /** BCP 47 locale for Intl formatting ("fr-FR"). */
  locale: string;
  /** Every noun is capitalised (German): a capital letter alone does not make a word a name. */
  nounsCapitalised?: boolean;
  /** How a single "1.234" or "1,234" reads: the mark that groups thousands in this language. */
  groupMark: '.' | ',';
  /** Scale words → factor ("milliard": 1e9). Abbreviations too ("Mrd", "bn"). */
  scales: Record<string, number>;
  /** Scale letters that count only next to a currency ("$500m", "€2bn"). */
  shortScales?: Record<string, number>;
  /** "un demi-milliard", "half a billion": amount words that carry their own value. */
  halfWords?: string[];
  /** Currency words printed after the number → ISO code ("d'euros" → EUR: connector + word). */
  currencies: Record<string, Currency>;
  /** Words between the number/scale and the currency ("de", "d'", "of", "di"). */
  currencyConnectors: string[];
  /** Qualifiers printed before the figure. */
  approx: { about: string[]; atLeast: string[]; atMost: string[] };
  /** Range words: opener before the first number, joiners between the two. */
  range: { open: string[]; join: string[]; joinNeedsOpener: string[] };
  /** "plusieurs milliards", "des dizaines de milliards"; `thousands`: "des milliers de GPU", "tens of thousands of GPUs" (chips or money only). */
  vague: { several: string[]; tens: string[]; hundreds: string[]; thousands?: string[] };
  /** Year cues: strong ones make a year a claim on their own; weak ones need an event word. */
  years: { strongCues: string[]; weakCues: string[]; events: string[] };
  /** Month names and abbreviations (a month before a year is a date, not a claim). */
  months: string[];
  /** Numbers written as words; `weak` ones ("un", "a") count only before a scale word. */
  wordNumbers: Record<string, number>;
  weakWordNumbers: string[];
  /** Counted infrastructure nouns ("bâtiments", "data centers"), optional adjectives before them. */
  countNouns: string[];
  countAdjectives: string[];
  /** Chip nouns ("processeurs GPU", "puces") and words allowed between number and noun ("more", "new"). */
  chipNouns: string[];
  chipFillers: string[];
  /** Percent words ("pour cent", "percentage points"). */
  percentWords: string[];
  /** Duration words → days. */
  durations: Record<string, number>;
  /**
   * Units besides money, power, chips and durations: word → [unit, factor to the base unit]
   * ("hectares": ['m2', 1e4]). Case does not matter. SI symbols ("km", "GB", "m²") live once, in
   * the lexicon; `unitSymbols` holds this language's own symbols, matched as printed ("Go", "To").
   */
  units?: Record<string, [Unit, number]>;
  unitSymbols?: Record<string, [Unit, number]>;
  /**
   * "130 kW par baie", "64 GPUs per rack": connectors, and the nouns → their English singular
   * ("baie": 'rack'); `between`: what may sit between the figure and "per" ("2 millions de litres
   * d'eau par jour").
   */
  per?: { connectors: string[]; nouns: Record<string, string>; between?: string[] };
  /** Multipliers: words before the number ("multiplié par") and after it ("fois plus", "times more"); one-word ones ("tenfold"). */
  factor?: { before: string[]; after: string[]; words?: Record<string, number> };
  /** Subunits after an amount, worth a hundredth ("$7 and 25 cents"), and the words joining them ("and"). */
  cents?: { words: string[]; join: string[] };
  /** Negative figures ("minus 5 %") and losses ("a loss of $5 billion": value kept positive, `loss` set). */
  negative?: { minus: string[]; loss: string[] };
  /** Shares written as fractions ("a third of", "la moitié des") → their value (1/3); read as percent. */
  fractions?: Record<string, number>;
  /** "30,000 GPUs, of which 12,000 are…": a bare number after these takes the previous figure's unit. */
  ofWhich?: string[];
  /** Parts of a year printed before it ("mid-2027", "fin 2028", "Anfang 2027"). */
  yearParts?: { start: string[]; mid: string[]; end: string[] };
  /**
   * Quarters: "au troisième trimestre 2027", "Q3 2027": the quarter word, ordinals, and the letter ("T3");
   * halves of the year with the same ordinals: "au second semestre 2026", "in the second half of 2026", "H2 2026".
   */
  quarters?: { words: string[]; ordinals: Record<string, number>; letters: string[]; halfWords?: string[]; halfLetters?: string[] };
  /** Sentence words used by the verdict pipeline. */
  sentence: {
    /** Words that make the next name the source, not the subject ("selon", "according to"). */
    attribution: string[];
    /** Genitive links between a figure and its owner ("de", "d'", "of the"). */
    genitive: string[];
    /** Links to a beneficiary after a figure ("à", "pour", "for"). */
    beneficiary: string[];
    /** Capitalised words that are not names (articles, weekdays, months, titles). */
    notNames: string[];
    /** Descriptions that refer to the page's subject ("la start-up", "the company"). */
    descriptions: string[];
    /** Words that make a figure a plan or a forecast, not today's count ("à terme", "will expand to"). */
    prospective: string[];
    /** Prepositions before a place ("en Suède", "in Texas"): a place the fact does not name sets it apart. */
    locative: string[];
  };
  /** Words that say which metric a sentence is about (defaults every fact of that metric shares). */
  metricKeywords: Partial<Record<Metric, string[]>>;
  /** Function words frequent in this language only (language detection), and elided prefixes. */
  detect: {
    words: string[];
    elisions?: string[];
    signals?: string[];
    /** Regex sources (flags `gu`) of typographic signals, each hit worth one word ("$25,000", "xAI’s"). */
    patterns?: string[];
  };
}
