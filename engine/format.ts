/** Figures written back for people, the way the page's language prints them. */
import type { Lang, Unit } from './types';
import { isCurrency } from './units';

const CURRENCY_FR: Record<string, [string, string]> = {
  EUR: ['d’euros', 'euros'], USD: ['de dollars', 'dollars'], GBP: ['de livres sterling', 'livres sterling'],
  CHF: ['de francs suisses', 'francs suisses'], SEK: ['de couronnes suédoises', 'couronnes suédoises'],
  JPY: ['de yens', 'yens'], CNY: ['de yuans', 'yuans'], CAD: ['de dollars canadiens', 'dollars canadiens'],
};
const CURRENCY_SIGN: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };

/** Intl formatters are costly to build: one per language and precision, reused. */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();
function num(value: number, lang: Lang, maxFrac = 2): string {
  const key = `${lang}${maxFrac}`;
  let f = NUMBER_FORMATS.get(key);
  if (!f) NUMBER_FORMATS.set(key, (f = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: maxFrac })));
  return f.format(value);
}

/** "1,2 milliard d’euros" / "€1.2 billion"; "40 MW"; "18 000 GPU"; "2027"; "11 %". */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  if (isCurrency(unit)) return formatMoney(value, unit, lang);
  switch (unit) {
    case 'W':
    case 'Wh':
      return formatPower(value, unit, lang);
    case 'GPU':
      return `${num(value, lang, 0)} ${lang === 'fr' ? 'GPU' : value === 1 ? 'GPU' : 'GPUs'}`;
    case 'year':
      return String(value);
    case 'percent':
      return lang === 'fr' ? `${num(value, lang)} %` : `${num(value, lang)}%`;
    case 'duration': {
      const years = value / 365.25;
      const months = value / 30.4375;
      if (Math.abs(years - Math.round(years)) < 0.01 && years >= 1)
        return `${num(Math.round(years), lang)} ${lang === 'fr' ? (Math.round(years) === 1 ? 'an' : 'ans') : Math.round(years) === 1 ? 'year' : 'years'}`;
      if (Math.abs(months - Math.round(months)) < 0.01 && months >= 1)
        return `${num(Math.round(months), lang)} ${lang === 'fr' ? 'mois' : Math.round(months) === 1 ? 'month' : 'months'}`;
      return `${num(value, lang, 0)} ${lang === 'fr' ? 'jours' : 'days'}`;
    }
    default:
      return num(value, lang);
  }
}

function formatMoney(value: number, unit: Unit, lang: Lang): string {
  const scales: [number, string, string, string][] = [
    [1e12, 'billion', 'billions', 'trillion'],
    [1e9, 'milliard', 'milliards', 'billion'],
    [1e6, 'million', 'millions', 'million'],
  ];
  for (const [factor, fr1, frN, en] of scales) {
    if (Math.abs(value) >= factor) {
      const n = value / factor;
      if (lang === 'fr') {
        const [de] = CURRENCY_FR[unit] ?? [unit, unit];
        return `${num(n, 'fr')} ${n < 2 ? fr1 : frN} ${de}`;
      }
      const sign = CURRENCY_SIGN[unit];
      return sign ? `${sign}${num(n, 'en')} ${en}` : `${num(n, 'en')} ${en} ${unit}`;
    }
  }
  if (lang === 'fr') return `${num(value, 'fr')} ${CURRENCY_FR[unit]?.[1] ?? unit}`;
  const sign = CURRENCY_SIGN[unit];
  return sign ? `${sign}${num(value, 'en')}` : `${num(value, 'en')} ${unit}`;
}

function formatPower(value: number, unit: 'W' | 'Wh', lang: Lang): string {
  const prefixes: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [factor, p] of prefixes) {
    if (Math.abs(value) >= factor) return `${num(value / factor, lang)} ${p}${unit}`;
  }
  return `${num(value, lang)} ${unit}`;
}
