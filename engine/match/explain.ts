/** One-line explanations of verdicts, in the page's language. */
import { formatValue } from '../format';
import type { Lang } from '../types';
import type { PreparedFact } from './fact-base';

/** A sourced figure as words, with its qualifier: "plus de 6 milliards de dollars", "30 à 50 milliards d’euros". */
export function figure(f: { value: number; unit: string; approx?: string; low?: number; high?: number }, lang: Lang): string {
  const unit = f.unit as PreparedFact['unit'];
  if (f.low !== undefined && f.high !== undefined) {
    const sep = lang === 'fr' ? ' à ' : '–';
    return `${formatValue(f.low, unit, lang)}${sep}${formatValue(f.high, unit, lang)}`;
  }
  const v = formatValue(f.value, unit, lang);
  if (f.approx === 'at-least') return lang === 'fr' ? `plus de ${v}` : `over ${v}`;
  if (f.approx === 'at-most') return lang === 'fr' ? `jusqu’à ${v}` : `up to ${v}`;
  if (f.approx === 'about') return lang === 'fr' ? `environ ${v}` : `about ${v}`;
  return v;
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** "11 février 2026" / "11 February 2026"; "juin 2025" for a month-only date. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  const dt = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  const key = `${lang}${d ? 'd' : 'm'}`;
  let f = DATE_FORMATS.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      year: 'numeric', month: 'long', ...(d ? { day: 'numeric' } : {}), timeZone: 'UTC',
    });
    DATE_FORMATS.set(key, f);
  }
  return f.format(dt);
}

function cite(f: PreparedFact, lang: Lang): string {
  return `${figure(f, lang)} (${f.sources[0].publisher}, ${formatDate(f.asOf, lang)})`;
}

export function explainSupported(f: PreparedFact, lang: Lang): string {
  return lang === 'fr' ? `Conforme à la source : ${cite(f, lang)}.` : `Matches the source: ${cite(f, lang)}.`;
}

/** "du 31 mars 2025" / "de juin 2025". */
function frSince(date: string): string {
  return `${date.length > 7 ? 'du' : 'de'} ${formatDate(date, 'fr')}`;
}

export function explainOutdated(old: PreparedFact, newer: PreparedFact, lang: Lang): string {
  return lang === 'fr'
    ? `Chiffre dépassé : ${figure(old, lang)} date ${frSince(old.asOf)} ; le plus récent est ${cite(newer, lang)}.`
    : `Outdated: ${figure(old, lang)} dates from ${formatDate(old.asOf, lang)}; the latest figure is ${cite(newer, lang)}.`;
}

export function explainContradicted(claimText: string, facts: PreparedFact[], lang: Lang): string {
  const list = facts.map((f) => cite(f, lang)).join(lang === 'fr' ? ' ; ' : '; ');
  return lang === 'fr'
    ? `Les sources donnent ${list}, pas « ${claimText} ».`
    : `Sources give ${list}, not “${claimText}”.`;
}

export function explainUnverified(lang: Lang, why?: 'ambiguous' | 'no-fact'): string {
  if (why === 'ambiguous') {
    return lang === 'fr'
      ? 'Plusieurs faits pourraient correspondre : impossible de trancher.'
      : 'Several facts could apply: no verdict.';
  }
  return lang === 'fr' ? 'Aucun fait sourcé ne porte clairement sur ce chiffre.' : 'No sourced fact clearly covers this figure.';
}
