/** Shared types of the pure engine (no DOM, no browser API). */

/** Languages with a language pack (`engine/lang/`). */
export type Lang = 'fr' | 'en' | 'de' | 'es' | 'it';

/** Units of claims and facts. Money is an ISO code; the rest are base units. */
export type Unit =
  | 'EUR' | 'USD' | 'GBP' | 'CHF' | 'SEK' | 'JPY' | 'CNY' | 'CAD'
  | 'W' | 'Wh' | 'GPU' | 'year' | 'percent' | 'count' | 'duration'
  | 'FLOPS' | 'B' | 'm2' | 'm' | 't' | 'L' | 'L/day' | 'factor';

/** How a figure is qualified in the text. */
export type Approx =
  | 'exact'      // "1,2 milliard d’euros"
  | 'about'      // "près de", "environ", "quelque", "nearly", "about"
  | 'at-least'   // "plus de", "au moins", "over", "more than"
  | 'at-most'    // "jusqu’à", "pouvant atteindre", "up to", "less than"
  | 'range'      // "entre 250 et 600 MW", "$10–20 billion"
  | 'several';   // "plusieurs milliards", "tens of billions"

export interface Claim {
  /** The figure as printed: `text === input.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the input, end exclusive. */
  start: number;
  end: number;
  /** The value in the base unit (currency units, W, Wh, GPUs, a year, percent points, a count, days, FLOPS, B, m², m, t, L, L/day, a factor). */
  value: number;
  unit: Unit;
  approx: Approx;
  /** Bounds for ranges and vague amounts ("entre 250 et 600 MW" → 250e6..600e6). */
  low?: number;
  high?: number;
  /** The sentence the figure sits in (for matching and display). */
  sentence: string;
  /** Offset of `sentence` in the input (so the checker never has to search for it). */
  sentenceStart?: number;
  /** Language the figure was read in (decides "billion", "1,200", "18.000"). */
  lang: Lang;
  /** For counts: the counted noun ("bâtiments"). */
  noun?: string;
  /** True when the currency was not printed but carried over from a previous amount. */
  currencyImplied?: boolean;
  /** A per-unit figure: what it is per, as an English singular ("130 kW par baie" → 'rack'). */
  per?: string;
  /** For a `year` claim: the month (1–12), quarter (1–4), half (1–2) or part of the year printed with it ("mid-2027"). */
  period?: { month?: number; quarter?: number; half?: number; part?: 'start' | 'mid' | 'end' };
  /** A loss stated in words ("a loss of $5 billion"): `value` stays positive. A printed minus makes `value` negative. */
  loss?: boolean;
}

export type Verdict = 'supported' | 'outdated' | 'contradicted' | 'unverified';
