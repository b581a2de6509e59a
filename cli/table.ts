/**
 * The `scan` command's table: one row per figure, its value written compactly with its qualifier
 * ("≈ 40 MW", "≥ 2 Md€", "250–600 MW", "$10–20bn"), the verdict with the badges' icon, the source.
 */
import type { CheckedClaim } from '../engine/match/check';
import { formatValue } from '../i18n/format';
import type { Approx, Lang, Unit } from '../engine/types';
import { VERDICT_ICON } from '../i18n';
import { UNIT_INFO, isCurrency } from '../engine/units';

/** The badges' own icons (✓ ↻ ✗ ?): shape carries the meaning. */
export { VERDICT_ICON };

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB', de: 'de-DE', es: 'es-ES', it: 'it-IT' };
/** Short money scales per language: [10⁹, 10⁶, 10³]. */
const MONEY_SCALE: Record<Lang, [string, string, string]> = {
  fr: ['Md', 'M', 'k'], en: ['bn', 'm', 'k'], de: ['Mrd.', 'Mio.', 'Tsd.'], es: ['mil M', 'M', 'k'], it: ['Mld', 'Mln', 'k'],
};
const SIGN: Partial<Record<Unit, string>> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };
const SI: [number, string][] = [[1e18, 'E'], [1e15, 'P'], [1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];

const FORMATS = new Map<string, Intl.NumberFormat>();
function num(n: number, lang: Lang): string {
  let f = FORMATS.get(lang);
  if (!f) FORMATS.set(lang, (f = new Intl.NumberFormat(LOCALE[lang] ?? 'en-GB', { maximumFractionDigits: 2 })));
  return f.format(n);
}

/** How to write numbers of one magnitude: the divisor and what goes before and after. */
interface Scale {
  div: number;
  before: string;
  after: string;
}

function scaleFor(max: number, unit: Unit, lang: Lang): Scale | undefined {
  const a = Math.abs(max);
  if (isCurrency(unit)) {
    const [bn, m, k] = MONEY_SCALE[lang] ?? MONEY_SCALE.en;
    const [div, word] = a >= 1e9 ? [1e9, bn] : a >= 1e6 ? [1e6, m] : a >= 1e4 ? [1e3, k] : [1, ''];
    const sign = SIGN[unit];
    if (lang === 'en') return sign ? { div, before: sign, after: word } : { div, before: `${unit} `, after: word };
    return { div, before: '', after: ` ${word}${sign ?? (word ? ` ${unit}` : unit)}`.replace(/ {2,}/g, ' ') };
  }
  const info = UNIT_INFO[unit];
  if (info?.symbol) {
    if (!info.si) return { div: 1, before: '', after: unit === 'percent' && lang !== 'fr' ? info.symbol : ` ${info.symbol}` };
    const [div, p] = SI.find(([d]) => a >= d) ?? [1, ''];
    return { div, before: '', after: ` ${p}${info.symbol}` };
  }
  return undefined; // years, counts, GPUs, durations: written as the engine writes them
}

/** One value, compactly: "40 MW", "1,2 Md€", "€1.2bn", "18 000 GPU", "2027". */
export function compactValue(value: number, unit: Unit, lang: Lang): string {
  const s = scaleFor(value, unit, lang);
  if (!s) return formatValue(value, unit, lang);
  return `${s.before}${num(value / s.div, lang)}${s.after}`;
}

/** A claim's value with its qualifier: "≈ 40 MW", "≥ 2 Md€", "≤ 1 GW", "250–600 MW", "~ 2–9 Md€". */
export function claimValue(c: Pick<CheckedClaim, 'value' | 'unit' | 'approx' | 'low' | 'high' | 'lang'>): string {
  const lang = c.lang ?? 'en';
  const ranged = c.low !== undefined && c.high !== undefined && c.low !== c.high;
  if ((c.approx === 'range' || c.approx === 'several') && ranged) {
    const s = scaleFor(c.high!, c.unit, lang);
    const both = s
      ? `${s.before}${num(c.low! / s.div, lang)}–${num(c.high! / s.div, lang)}${s.after}`
      : `${compactValue(c.low!, c.unit, lang)}–${compactValue(c.high!, c.unit, lang)}`;
    return c.approx === 'several' ? `~ ${both}` : both;
  }
  const v = compactValue(c.value, c.unit, lang);
  switch (c.approx) {
    case 'about':
      return `≈ ${v}`;
    case 'at-least':
      return `≥ ${v}`;
    case 'at-most':
      return `≤ ${v}`;
    case 'several':
      return `~ ${v}`;
    default:
      return v;
  }
}

/** An outdated figure's newest value, in the claim's language. */
function newerValue(c: CheckedClaim): string {
  const n = c.newer!;
  return claimValue({ value: n.value, unit: n.unit as Unit, approx: (n.approx ?? 'exact') as Approx, low: n.low, high: n.high, lang: c.lang });
}

export function table(name: string, claims: CheckedClaim[]): string {
  const rows = claims.map((c) => [
    c.text.replace(/\s+/g, ' '),
    claimValue(c),
    c.unit,
    `${VERDICT_ICON[c.verdict]} ${c.verdict}`,
    c.fact ? `${c.fact.sources[0]?.publisher ?? ''} (${c.fact.asOf})${c.newer ? ` → ${newerValue(c)} (${c.newer.asOf})` : ''}` : '',
  ]);
  const head = ['figure', 'value', 'unit', 'verdict', 'source'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => [...r[i]].length))));
  const fit = (s: string, w: number) => {
    const chars = [...s];
    return chars.length > w ? `${chars.slice(0, w - 1).join('')}…` : s + ' '.repeat(w - chars.length);
  };
  const line = (r: string[]) => r.map((c, i) => fit(c, widths[i])).join('  ').trimEnd();
  const counts = (['supported', 'outdated', 'contradicted', 'unverified'] as const)
    .map((v) => `${VERDICT_ICON[v]} ${claims.filter((c) => c.verdict === v).length} ${v}`)
    .join(', ');
  return [
    `== ${name}: ${claims.length} figure${claims.length === 1 ? '' : 's'} (${counts})`,
    ...(rows.length ? [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)] : ['(no figures found)']),
    '',
  ].join('\n');
}
