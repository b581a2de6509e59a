/**
 * Figures and dates written back for people, in the reader's language: "1,2 milliard d’euros",
 * "€1.2 billion", "1,2 Milliarden Euro", "1.200 millones de euros", "1,2 miliardi di euro";
 * "40 MW", "18 000 GPU", "2 ans", "11 février 2026". The words come from the language files
 * (`format` section); this module only picks among them. Numbers go through cached Intl formatters.
 */
import type { Lang, Unit } from '../engine/types';
import { isCurrency } from '../engine/units';
import { dictionary, fill, formatNumber, plural } from './index';
import { dateFormat, listFormat, numberFormat } from './intl';
import type { FormatWords, NounForms } from './types';

export { formatNumber, plural } from './index';

/** SI prefixes, largest first. */
const SI: [number, string][] = [[1e21, 'Z'], [1e18, 'E'], [1e15, 'P'], [1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
/** The largest prefix each SI unit is printed with ("1 200 TWh" reads better than "1,2 PWh"). */
const SI_MAX: Partial<Record<Unit, number>> = { W: 1e12, Wh: 1e12, FLOPS: 1e21, B: 1e18, m: 1e3 };
const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = 30.4375;
/** Areas from this size print in hectares (1 ha = 10 000 m²). */
const HECTARE_FROM = 1e5;

/** A counted amount with the language's scale words: "1,2 milliard d’euros", "1.200 millones de euros". */
function scaledNoun(value: number, lang: Lang, f: FormatWords, forms: NounForms, plainFrac = 2): string {
  for (const { factor, forms: scaleForms } of f.scales) {
    if (value >= factor) {
      const n = value / factor;
      return fill(forms.scaled, { n: formatNumber(lang, n), scale: plural(lang, n, scaleForms) });
    }
  }
  return plural(lang, value, forms, plainFrac);
}

function si(value: number, lang: Lang, f: FormatWords, symbol: string, max: number): string {
  for (const [factor, prefix] of SI) {
    if (factor <= max && value >= factor) return fill(f.symbol, { n: formatNumber(lang, value / factor), unit: `${prefix}${symbol}` });
  }
  return fill(f.symbol, { n: formatNumber(lang, value), unit: symbol });
}

function duration(days: number, lang: Lang, f: FormatWords): string {
  const years = days / DAYS_PER_YEAR;
  const months = days / DAYS_PER_MONTH;
  if (years >= 1 && Math.abs(years - Math.round(years)) < 0.01) return plural(lang, Math.round(years), f.years, 0);
  if (months >= 1 && Math.abs(months - Math.round(months)) < 0.01) return plural(lang, Math.round(months), f.months, 0);
  return plural(lang, days, f.days, 0);
}

/** The language's minus sign ("-", or "−" where CLDR says so). */
function minus(lang: Lang): string {
  const fw = dictionary(lang).format;
  return numberFormat(fw.locale, 0, false).formatToParts(-1).find((p) => p.type === 'minusSign')?.value ?? '-';
}

/**
 * A value in its base unit, worded for `lang`: every unit of engine/units.ts's registry.
 * Money "1,2 milliard d’euros"; power and energy "40 MW", "1,5 TWh"; chips "18 000 GPU"; a year
 * "2027"; "11 %"; a duration in days "2 ans" / "6 mois" / "90 jours"; compute "40 EFLOPS"; data
 * "1,5 Po" / "1.5 PB"; area "12 000 m²", "40 ha"; length "12 km"; mass "1 200 tonnes"; volume
 * "5 millions de litres"; flow "… par jour"; a factor "5 fois"; a count "1,2 million".
 */
export function formatValue(value: number, unit: Unit | string, lang: Lang): string {
  return memo(`${lang}|${unit}|${value}`, () => wordValue(value, unit, lang));
}

/**
 * Worded values and dates, remembered: the same few facts are cited for claim after claim, and an
 * Intl call costs microseconds. Bounded: cleared when full.
 */
const MEMO = new Map<string, string>();
const MEMO_MAX = 10_000;
function memo(key: string, make: () => string): string {
  let v = MEMO.get(key);
  if (v === undefined) {
    if (MEMO.size >= MEMO_MAX) MEMO.clear();
    MEMO.set(key, (v = make()));
  }
  return v;
}

function wordValue(value: number, unit: Unit | string, lang: Lang): string {
  if (value < 0) return `${minus(lang)}${formatValue(-value, unit, lang)}`;
  const f = dictionary(lang).format;
  if (isCurrency(unit)) return scaledNoun(value, lang, f, f.currencies[unit]);
  switch (unit as Unit) {
    case 'W':
    case 'Wh':
    case 'FLOPS':
    case 'm':
      return si(value, lang, f, unit, SI_MAX[unit as Unit]!);
    case 'B':
      return si(value, lang, f, f.byte, SI_MAX.B!);
    case 'GPU':
      return scaledNoun(value, lang, f, f.gpu, 0);
    case 'year':
      return String(Math.round(value));
    case 'percent':
      return fill(f.percent, { n: formatNumber(lang, value) });
    case 'duration':
      return duration(value, lang, f);
    case 'm2':
      return value >= HECTARE_FROM
        ? fill(f.symbol, { n: formatNumber(lang, value / 1e4), unit: 'ha' })
        : fill(f.symbol, { n: formatNumber(lang, value), unit: 'm²' });
    case 't':
      return scaledNoun(value, lang, f, f.tonne);
    case 'L':
      return scaledNoun(value, lang, f, f.litre);
    case 'L/day':
      return fill(f.perDay, { v: scaledNoun(value, lang, f, f.litre) });
    case 'factor':
      return plural(lang, value, f.factor);
    case 'count':
      return scaledNoun(value, lang, f, f.count);
    default:
      return formatNumber(lang, value);
  }
}

/** A worded figure split into its number (with a symbol before it: "€30") and the words after it. */
const NUMBER_THEN_WORDS = /^(\D{0,3}\d(?:[\d.,\s\u00a0\u202f]*\d)?)(\D.*)$/u;

/**
 * "30 à 50 milliards d’euros", "€30–€50 billion", "250 bis 600 MW": the unit words once when both
 * bounds end with the same ones, both in full otherwise ("1 milliard d’euros à 2 milliards d’euros").
 */
function range(low: string, high: string, f: FormatWords): string {
  const l = NUMBER_THEN_WORDS.exec(low);
  const h = NUMBER_THEN_WORDS.exec(high);
  if (l && h && l[2] === h[2]) return fill(f.range, { low: l[1], high });
  return fill(f.range, { low, high });
}

/** What a figure needs to be worded: its value or bounds, unit, qualifier and per-unit noun. */
export interface FigureLike {
  value: number;
  unit: string;
  approx?: string;
  low?: number;
  high?: number;
  per?: string;
  /** For a year: the month, quarter or part of the year printed with it. */
  period?: { month?: number; quarter?: number; part?: 'start' | 'mid' | 'end' };
}

/** "mars 2027", "3e trimestre 2027", "mi-2027"; the bare year without a period. */
export function formatYear(year: number, period: FigureLike['period'], lang: Lang): string {
  const f = dictionary(lang).format;
  const y = String(Math.round(year));
  if (period?.month && period.month >= 1 && period.month <= 12) return formatDate(`${y}-${String(period.month).padStart(2, '0')}`, lang);
  if (period?.quarter && period.quarter >= 1 && period.quarter <= 4) return fill(f.quarters[period.quarter - 1], { year: y });
  if (period?.part) return fill(f.yearParts[period.part], { year: y });
  return y;
}

/** A sourced figure with its qualifier: "plus de 6 milliards de dollars", "30 … à 50 milliards d’euros", "130 kW par baie". */
export function figure(fig: FigureLike, lang: Lang): string {
  const f = dictionary(lang).format;
  let v: string;
  if (fig.low !== undefined && fig.high !== undefined) {
    v = range(formatValue(fig.low, fig.unit, lang), formatValue(fig.high, fig.unit, lang), f);
  } else {
    v = fig.unit === 'year' && fig.period ? formatYear(fig.value, fig.period, lang) : formatValue(fig.value, fig.unit, lang);
    if (fig.approx === 'at-least') v = fill(f.atLeast, { v });
    else if (fig.approx === 'at-most') v = fill(f.atMost, { v });
    else if (fig.approx === 'about') v = fill(f.about, { v });
  }
  return fig.per ? fill(f.perUnit, { v, per: f.perNouns[fig.per] ?? fig.per }) : v;
}

/**
 * A date of a fact or source ("YYYY-MM-DD", "YYYY-MM" or "YYYY"): "11 février 2026",
 * "11 February 2026", "11. Februar 2026", "11 de febrero de 2026", "11 febbraio 2026"; a month
 * alone "juin 2025"; "1er février" and "1º febbraio" where the language writes the first so.
 * Anything else is returned as written.
 */
export function formatDate(date: string, lang: Lang): string {
  return memo(`${lang}|date|${date}`, () => wordDate(date, lang));
}

function wordDate(date: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
  const f = dictionary(lang).format;
  const fmt = dateFormat(f.locale, d ? 'day' : mo ? 'month' : 'year');
  const dt = new Date(Date.UTC(y, (mo || 1) - 1, d || 1));
  if (d === 1 && f.firstOfMonth) {
    const first = f.firstOfMonth;
    return fmt.formatToParts(dt).map((p) => (p.type === 'day' ? first : p.value)).join('');
  }
  return fmt.format(dt);
}

/** "a, b et c" / "a, b and c" / "a, b und c" / "a, b y c" / "a, b e c". */
export function formatList(items: string[], lang: Lang): string {
  return listFormat(dictionary(lang).format.locale).format(items);
}

/** Currencies written with a sign in compact form; the others with their ISO code. */
const COMPACT_SIGN: Partial<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };

/** The compact scale for a money amount, and how the number is filled in. */
function compactMoney(value: number, unit: string, lang: Lang): { div: number; fill: (n: string) => string } {
  const c = dictionary(lang).format.compact;
  const sign = COMPACT_SIGN[unit];
  const vars = { sign: sign ?? '', code: unit };
  for (const { factor, word, from } of c.scales) {
    if (value >= (from ?? factor)) return { div: factor, fill: (n) => fill(sign ? c.scaledSign : c.scaledCode, { ...vars, n, scale: word }) };
  }
  return { div: 1, fill: (n) => fill(sign ? c.plainSign : c.plainCode, { ...vars, n }) };
}

/** A value written short, for tables: "1,2 Md€", "€1.2bn", "1,2 Mrd. €", "1.200 M€"; other units as `formatValue`. */
export function compactValue(value: number, unit: Unit | string, lang: Lang): string {
  if (value < 0) return `${minus(lang)}${compactValue(-value, unit, lang)}`;
  if (!isCurrency(unit)) return formatValue(value, unit, lang);
  const m = compactMoney(value, unit, lang);
  return m.fill(formatNumber(lang, value / m.div));
}

/** Qualifiers in compact form: signs every reader knows. */
const COMPACT_QUALIFIER: Record<string, string> = { about: '≈ ', 'at-least': '≥ ', 'at-most': '≤ ', several: '~ ' };

/**
 * A figure written short, with its qualifier: "≈ 40 MW", "≥ 2 Md€", "≤ 1 GW", "250–600 MW",
 * "$10–20bn", "~ 2–9 Md€" (a vague amount's bounds).
 */
export function compactFigure(fig: FigureLike, lang: Lang): string {
  const q = COMPACT_QUALIFIER[fig.approx ?? ''] ?? '';
  let v: string;
  if (fig.low !== undefined && fig.high !== undefined && fig.low !== fig.high) {
    if (isCurrency(fig.unit) && fig.low >= 0) {
      const m = compactMoney(fig.high, fig.unit, lang);
      v = fig.low >= m.div || m.div === 1
        ? m.fill(`${formatNumber(lang, fig.low / m.div)}–${formatNumber(lang, fig.high / m.div)}`)
        : `${compactValue(fig.low, fig.unit, lang)}–${compactValue(fig.high, fig.unit, lang)}`;
    } else {
      const low = formatValue(fig.low, fig.unit, lang);
      const high = formatValue(fig.high, fig.unit, lang);
      const l = NUMBER_THEN_WORDS.exec(low);
      const h = NUMBER_THEN_WORDS.exec(high);
      v = l && h && l[2] === h[2] ? `${l[1]}–${high}` : `${low}–${high}`;
    }
    if (fig.approx !== 'several') return v;
  } else {
    v = fig.unit === 'year' && fig.period ? formatYear(fig.value, fig.period, lang) : compactValue(fig.value, fig.unit, lang);
  }
  return `${q}${v}`;
}
