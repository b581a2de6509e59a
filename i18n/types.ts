/**
 * The shape every language file (`i18n/<lang>.ts`) fills in. A language that misses a key does not
 * type-check (`satisfies Dictionary`), and tests/i18n.test.ts compares the keys at run time too.
 *
 * Templates use `{name}` placeholders, filled by `fill()` (i18n/index.ts). `{n}` in a plural form
 * is the number, formatted for the language.
 */
import type { Currency } from '../engine/units';
import type { GateCondition } from '../engine/verdict/reasons';

/**
 * One message per plural category of the language (Intl.PluralRules): `other` always; `one` for
 * the singular (French: 0 ≤ n < 2, so "0 fait", "1,5 milliard"). A missing category falls back to
 * `other`. CLDR's `many` (French, Spanish, Italian round millions) is for compact notation
 * ("1 M de …"); we print digits or a scale word, so no language here needs it.
 */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** The popup, badge and popover text (keys as in _locales/<lang>/messages.json). */
export interface UiStrings {
  supported: string;
  outdated: string;
  contradicted: string;
  unverified: string;
  supportedLong: string;
  outdatedLong: string;
  contradictedLong: string;
  unverifiedLong: string;
  pageSays: string;
  /** Heading of a figure's timeline (its chain's sourced figures, oldest first). */
  history: string;
  /** Marks the timeline entry the page's figure matches. */
  onThePage: string;
  sourced: string;
  newer: string;
  sources: string;
  close: string;
  source: string;
  badgeHint: string;
  /** The badge's accessible name: `{verdict}` and `{text}` (the figure as printed). */
  badgeAria: string;
  /** The same with the first source: `{publisher}`. */
  badgeAriaSource: string;
  factBase: string;
  scanning: string;
  noFigures: string;
  notRunning: string;
  checkPage: string;
  restricted: string;
  alwaysSite: string;
  neverSite: string;
  options: string;
  error: string;
  showOnPage: string;
  /** A label and its value: `{label}` and `{value}` ("Dernière erreur : …"). */
  labelled: string;
}

/** The options page's text (keys prefixed `opt_` in _locales). */
export interface OptionsStrings {
  title: string;
  sources: string;
  bundled: string;
  version: string;
  importFile: string;
  addUrl: string;
  adding: string;
  refresh: string;
  denied: string;
  lastError: string;
  preferred: string;
  packs: string;
  none: string;
  remove: string;
  enable: string;
  disable: string;
  up: string;
  down: string;
  priority: string;
  sites: string;
  defaults: string;
  added: string;
  excluded: string;
  add: string;
  badHost: string;
  /** An example host name in the site fields. */
  hostPlaceholder: string;
  display: string;
  showUnverified: string;
  style: string;
  label: string;
  compact: string;
  language: string;
  auto: string;
  publishers: string;
  exportS: string;
  importS: string;
  saved: string;
  imported: string;
  settingsImported: string;
  invalidSettings: string;
}

/** Counted phrases (Intl.PluralRules picks the form). */
export interface PluralStrings {
  /** "12 chiffres vérifiés" (popup summary). */
  figuresChecked: PluralForms;
  /** "2 contredits". */
  contradicted: PluralForms;
  /** "3 dépassés". */
  outdated: PluralForms;
  /** "1 234 faits" (fact base and packs). */
  facts: PluralForms;
}

/**
 * How a counted thing is written after a number: a plural form per category, and `scaled` when a
 * scale word comes between ("{n} {scale} d’euros", "€{n} {scale}", "{n} {scale} de toneladas").
 */
export interface NounForms extends PluralForms {
  scaled: string;
}

/** A scale word ("milliard", "Mrd.", "millones") for `factor`, in its plural forms. */
export interface ScaleWord {
  factor: number;
  forms: PluralForms;
}

/**
 * Compact money for tables (the `scan` command): "1,2 Md€", "€1.2bn", "1,2 Mrd. €", "1.200 M€",
 * "1,2 mld €". `{n}`, `{scale}` (a short scale word), `{sign}` (€ $ £ ¥) or `{code}` (SEK, CHF…).
 */
export interface CompactMoney {
  /** Short scale words, largest first, each used from `from` (default: its factor) up. */
  scales: { factor: number; word: string; from?: number }[];
  scaledSign: string;
  scaledCode: string;
  plainSign: string;
  plainCode: string;
}

/** Number, date and currency wording (i18n/format.ts). */
export interface FormatWords {
  /** Intl locale for numbers and dates ("fr-FR", "en-GB", "de-DE", "es-ES", "it-IT"). */
  locale: string;
  /** Group 4-digit numbers too ("1.200 millones", where CLDR would print "1200"). */
  groupAlways: boolean;
  /**
   * Scale words used for money and counted things, largest first. A language leaves out a scale its
   * press does not use (Spanish writes "1.200 millones", Italian "5.000 miliardi").
   */
  scales: ScaleWord[];
  /** Currencies: "{n} euros", "€{n}", "{n} {scale} d’euros". */
  currencies: Record<Currency, NounForms>;
  /** Chips: "18 000 GPU", "18,000 GPUs". */
  gpu: NounForms;
  /** Tonnes, litres: "1 200 tonnes", "5 millions de litres". */
  tonne: NounForms;
  litre: NounForms;
  /** A plain count with a scale word ("1,2 million"). */
  count: NounForms;
  /** Durations (values in days): "2 ans", "6 mois", "90 jours". */
  years: PluralForms;
  months: PluralForms;
  days: PluralForms;
  /** Multipliers: "5 fois", "5 times", "5-mal". */
  factor: PluralForms;
  /** "{n} %" (French and German put a no-break space before %, English and Italian none). */
  percent: string;
  /** A value with a symbol ("40 MW", "1,5 Po", "12 000 m²"): `{n}` and `{unit}`. */
  symbol: string;
  /** The byte symbol ("B"; French "o": Go, To, Po). */
  byte: string;
  /** Flows: "{v} par jour". */
  perDay: string;
  /** Per-unit figures: "{v} par {per}". */
  perUnit: string;
  /** Words for common `per` values of facts ("rack" → "baie"); others print as written. */
  perNouns: Record<string, string>;
  /** Qualified figures. */
  range: string;
  atLeast: string;
  atMost: string;
  about: string;
  /** Written instead of the day number on the 1st of a month ("1er", "1º"), when the language does. */
  firstOfMonth?: string;
  /** Separator between the items of a list of sourced figures (" ; " in French). */
  listSeparator: string;
  compact: CompactMoney;
  /** A year with its quarter, `{year}`: "3e trimestre 2027", "Q3 2027", "3. Quartal 2027". */
  quarters: [string, string, string, string];
  /** A year with its part: "début 2027" / "mi-2027" / "fin 2027". */
  yearParts: { start: string; mid: string; end: string };
}

/** Explanation templates (i18n/explain.ts). */
export interface ExplainStrings {
  /** A sourced figure with its source: `{figure}`, `{publisher}`, `{date}`. */
  cite: string;
  /** The same for a fact that is an estimate, not a stated figure ("…, une estimation (Epoch AI, …)"). */
  citeEstimate: string;
  /** One side of a dispute: "{figure} selon {publisher} ({date})". */
  according: string;
  /** A date as the figure's age: "du 31 mars 2025" (`sinceDay`), "de juin 2025" (`sinceMonth`). */
  sinceDay: string;
  sinceMonth: string;
  /** `sinceMonth` when the month begins with a vowel ("d’avril 2025"); `sinceMonth` when absent. */
  sinceMonthVowel?: string;
  matches: string;
  matchesTotal: string;
  matchesTotalOf: string;
  matchesDisputed: string;
  matchesPast: string;
  matchesPastNewer: string;
  superseded: string;
  differs: string;
  /** The claim repeats a figure a fact-checker rated false: `{cite}` (the review as source). */
  ratedFalse: string;
  noFact: string;
  noMetric: string;
  ambiguous: string;
  ambiguousAmong: string;
  /** `{conditions}` (clauses joined as a list, first letter raised) and `{cite}`. */
  heldBack: string;
  notChecked: string;
  /** {cite}: the figure matches a fact, but the sentence is about another site or project. */
  otherProject: string;
  /** One clause per gate condition, lower-case, no final full stop (they are joined as a list). */
  gate: Record<GateCondition, string>;
}

/** ClaimReview export, "report a problem" and hidden verdicts (popup, popover, options). */
export interface ReviewStrings {
  exportClaimReview: string;
  exportHint: string;
  report: string;
  reportTitle: string;
  comment: string;
  copy: string;
  copied: string;
  copyFailed: string;
  mail: string;
  noMail: string;
  hide: string;
  /** The mail's subject: `{figure}`. */
  subject: string;
  /** The report's lines: `{value}` each. */
  intro: string;
  figure: string;
  sentence: string;
  page: string;
  verdict: string;
  fact: string;
  sourcesLine: string;
  commentLine: string;
  none: string;
  email: string;
  emailHint: string;
  badEmail: string;
  hiddenVerdicts: string;
  unhideAll: string;
  /** `{n}` reviews left out of a ClaimReview import. */
  skipped: string;
}

export interface Dictionary {
  /** Language code and its own name ("Deutsch"), for the options' language list. */
  code: string;
  name: string;
  manifest: { extName: string; extDescription: string };
  ui: UiStrings;
  options: OptionsStrings;
  plurals: PluralStrings;
  format: FormatWords;
  explain: ExplainStrings;
  review: ReviewStrings;
}
