/**
 * The i18n layer: every language file complete, plurals through Intl.PluralRules, every unit worded
 * in every language, every reason and gate condition explained in every language, typography.
 *
 * German amounts are written out ("1,2 Milliarden Euro", not "1,2 Mrd. €"): explanations are
 * running text, and the written-out form is what German articles use there.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Unit } from '../engine/types';
import { UNITS } from '../engine/units';
import type { FactRef, GateCondition, Reason, ReasonKind } from '../engine/verdict/reasons';
import { explain, explainAll } from '../i18n/explain';
import { compactFigure, compactValue, figure, formatDate, formatList, formatValue, formatYear } from '../i18n/format';
import { DICTIONARIES, LANGS, count, plural, t, verdictLabel } from '../i18n';
import { dateFormat, numberFormat, pluralRules } from '../i18n/intl';
import type { Dictionary } from '../i18n/types';

/** Every gate condition (tsc fails here when one is added to the type without a line). */
const GATES: Record<GateCondition, true> = {
  'subject-not-in-sentence': true, 'subject-only-attributed': true, 'no-metric-word': true, 'other-entity-named': true,
  'unknown-name-near': true, 'currency-implied': true, 'within-history': true, 'no-clear-gap': true, 'estimate-only': true,
  'candidates-disagree': true, 'vague-figure': true, 'per-unit': true, 'within-bound': true, 'part-only': true, 'other-date': true, 'plan-vs-current': true, 'may-be-newer': true,
};

const src = (publisher: string, date: string) => ({ publisher, title: 't', url: 'https://example.org/a', date });
const fact = (value: number, unit: string, publisher: string, asOf: string, extra: Partial<FactRef> = {}): FactRef => ({
  id: `${publisher}-${value}`, statement: '', value, unit, asOf, pack: 'bundled', sources: [src(publisher, asOf)], ...extra,
});
const wmedia = fact(40e6, 'W', 'W.Media', '2026-02-11');
const ap = fact(44e6, 'W', 'AP', '2026-02-20');
const old = fact(1e9, 'EUR', 'Les Échos', '2025-04');
const latest = fact(1.2e9, 'EUR', 'EcoDataCenter', '2026-02-11');

/** One reason of each kind (tsc fails here when a kind is added without a sample). */
const SAMPLES: Record<ReasonKind, Reason> = {
  matches: { kind: 'matches', fact: wmedia },
  'matches-total': { kind: 'matches-total', parts: [fact(20e6, 'W', 'RTE', '2025-06-01'), fact(20e6, 'W', 'Enedis', '2025-09-01')], total: wmedia },
  'matches-disputed': { kind: 'matches-disputed', fact: wmedia, others: [ap] },
  'matches-past': { kind: 'matches-past', fact: old, newer: latest },
  superseded: { kind: 'superseded', fact: old, newer: latest },
  differs: { kind: 'differs', facts: [wmedia], claimText: '400 MW' },
  'rated-false': { kind: 'rated-false', fact: fact(5e11, 'USD', 'AFP Factuel', '2025-03-04', { rating: 'false' }), claimText: '500 milliards de dollars' },
  'no-fact': { kind: 'no-fact' },
  'no-metric': { kind: 'no-metric' },
  ambiguous: { kind: 'ambiguous', facts: [wmedia, ap] },
  'held-back': { kind: 'held-back', fact: wmedia, blocked: ['subject-not-in-sentence'] },
  'other-project': { kind: 'other-project', fact: wmedia },
  'not-checked': { kind: 'not-checked' },
};

/** The dictionary's shape as a sorted list of key paths (optional keys left out). */
function shape(d: unknown, path = ''): string[] {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return [path];
  const OPTIONAL = /(^|\.)(zero|one|two|few|many|firstOfMonth|sinceMonthVowel)$|^format\.perNouns\.|^format\.scales/;
  return Object.entries(d)
    .flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k))
    .filter((p) => !OPTIONAL.test(p))
    .sort();
}

/** Every string of a dictionary, with its path. */
function strings(d: unknown, path = ''): [string, string][] {
  if (typeof d === 'string') return [[path, d]];
  if (typeof d !== 'object' || d === null) return [];
  return Object.entries(d).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('language files', () => {
  it('the registry holds the five languages', () => {
    expect(LANGS).toEqual(['fr', 'en', 'de', 'es', 'it']);
    for (const l of LANGS) expect(DICTIONARIES[l].code).toBe(l);
  });

  it.each(LANGS)('%s has every key French has', (lang) => {
    expect(shape(DICTIONARIES[lang])).toEqual(shape(DICTIONARIES.fr));
  });

  it.each(LANGS)('%s words every gate condition and every currency', (lang) => {
    expect(Object.keys(DICTIONARIES[lang].explain.gate).sort()).toEqual(Object.keys(GATES).sort());
    for (const text of Object.values(DICTIONARIES[lang].explain.gate)) {
      // Clauses are joined into a list: lower-case start, no final stop.
      expect(text[0]).toBe(text[0].toLocaleLowerCase(lang));
      expect(text).not.toMatch(/[.:]$/);
      // Joined before ": pas de verdict", a clause carries no colon of its own.
      expect(text).not.toMatch(/:/);
    }
  });

  it.each(LANGS)('%s: no empty string, no straight apostrophe, no stray space', (lang) => {
    for (const [path, s] of strings(DICTIONARIES[lang])) {
      if (path === 'format.listSeparator' || path.startsWith('format.perNouns')) continue;
      expect(s.trim(), path).not.toBe('');
      expect(s, path).not.toMatch(/'/);
      expect(s, path).not.toMatch(/ {2}|^ | $/);
    }
  });

  it.each(LANGS)('%s: every template has the placeholders the French one has', (lang) => {
    const holes = (x: string) => [...x.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const fr = new Map(strings(DICTIONARIES.fr));
    const PLURAL_FORM = /\.(zero|one|two|few|many|other)$/;
    for (const [path, text] of strings(DICTIONARIES[lang])) {
      if (path.startsWith('format.perNouns') || path === 'code' || path === 'name') continue;
      if (PLURAL_FORM.test(path)) {
        // A form may spell the number out ("once", "einmal"); it never adds a placeholder.
        const other = fr.get(path.replace(PLURAL_FORM, '.other')) ?? '';
        for (const h of holes(text)) expect(holes(other), path).toContain(h);
      } else {
        expect(holes(text), path).toEqual(holes(fr.get(path) ?? ''));
      }
    }
  });

  it('French typography: no-break space before a colon, narrow no-break spaces before ; ? ! and inside « »', () => {
    for (const [path, s] of strings(DICTIONARIES.fr)) {
      expect(s, path).not.toMatch(/[^\u00a0\u202f]:(?!\/)|\S[;?!]|[ \u00a0][;?!]/u);
      expect(s, path).not.toMatch(/«[^\u202f]|[^\u202f]»/u);
    }
    expect(DICTIONARIES.fr.explain.matches).toBe('Conforme à la source\u00a0: {cite}.');
  });

  it('quotes as each language prints them', () => {
    const quoted = (lang: Lang) => explain(SAMPLES.differs, lang);
    expect(quoted('fr')).toContain('«\u202f400 MW\u202f»');
    expect(quoted('en')).toContain('“400 MW”');
    expect(quoted('de')).toContain('„400 MW“');
    expect(quoted('es')).toContain('«400 MW»');
    expect(quoted('it')).toContain('«400 MW»');
  });

  it('interface strings fill their placeholders', () => {
    expect(t('fr', 'badgeAriaSource', { verdict: verdictLabel('supported', 'fr'), text: '40 MW', publisher: 'RTE' })).toBe(
      'Vérifié\u00a0: 40 MW — source RTE',
    );
    expect(t('de', 'badgeAria', { verdict: verdictLabel('contradicted', 'de'), text: '40 MW' })).toBe('Widerlegt: 40 MW');
    expect(verdictLabel('outdated', 'es')).toBe('Desactualizado');
    expect(verdictLabel('unverified', 'it')).toBe('Non verificato');
  });
});

describe('plurals (Intl.PluralRules)', () => {
  const forms = (lang: Lang) => DICTIONARIES[lang].plurals.figuresChecked;
  it.each([
    ['fr', ['0 chiffre vérifié', '1 chiffre vérifié', '2 chiffres vérifiés', '1,5 chiffre vérifié']],
    ['en', ['0 figures checked', '1 figure checked', '2 figures checked', '1.5 figures checked']],
    ['de', ['0 Zahlen geprüft', '1 Zahl geprüft', '2 Zahlen geprüft', '1,5 Zahlen geprüft']],
    ['es', ['0 cifras verificadas', '1 cifra verificada', '2 cifras verificadas', '1,5 cifras verificadas']],
    ['it', ['0 dati verificati', '1 dato verificato', '2 dati verificati', '1,5 dati verificati']],
  ] as const)('%s: 0, 1, 2, 1.5', (lang, expected) => {
    expect([0, 1, 2, 1.5].map((n) => plural(lang, n, forms(lang)))).toEqual(expected);
  });

  it('French treats 0 and 1 as singular; the others only 1', () => {
    expect(count('fr', 'facts', 0)).toBe('0 fait');
    expect(count('en', 'facts', 0)).toBe('0 facts');
    expect(count('fr', 'facts', 1234)).toBe('1\u202f234 faits');
    expect(count('de', 'facts', 1)).toBe('1 Fakt');
    expect(count('es', 'contradicted', 1)).toBe('1 contradicha');
    expect(count('it', 'outdated', 3)).toBe('3 superati');
  });

  it('scale words agree with the number', () => {
    expect(formatValue(1e9, 'EUR', 'fr')).toBe('1 milliard d’euros');
    expect(formatValue(1.5e9, 'EUR', 'fr')).toBe('1,5 milliard d’euros');
    expect(formatValue(2e9, 'EUR', 'fr')).toBe('2 milliards d’euros');
    expect(formatValue(1e9, 'EUR', 'de')).toBe('1 Milliarde Euro');
    expect(formatValue(1.5e9, 'EUR', 'de')).toBe('1,5 Milliarden Euro');
    expect(formatValue(1e6, 'USD', 'es')).toBe('1 millón de dólares');
    expect(formatValue(1e9, 'USD', 'it')).toBe('1 miliardo di dollari');
    expect(formatValue(1, 'USD', 'it')).toBe('1 dollaro');
  });
});

describe('numbers, units and dates', () => {
  it.each([
    ['fr', '1,2 milliard d’euros'],
    ['en', '€1.2 billion'],
    ['de', '1,2 Milliarden Euro'],
    ['es', '1.200 millones de euros'],
    ['it', '1,2 miliardi di euro'],
  ] as const)('1.2e9 EUR in %s → %s', (lang, expected) => {
    expect(formatValue(1.2e9, 'EUR', lang)).toBe(expected);
  });

  it('10¹² is "billion" in French and German, "billón" in Spanish, thousands of "miliardi" in Italian', () => {
    expect(formatValue(2e12, 'USD', 'fr')).toBe('2 billions de dollars');
    expect(formatValue(2e12, 'USD', 'en')).toBe('$2 trillion');
    expect(formatValue(2e12, 'USD', 'de')).toBe('2 Billionen US-Dollar');
    expect(formatValue(2e12, 'USD', 'es')).toBe('2 billones de dólares');
    expect(formatValue(2e12, 'USD', 'it')).toBe('2.000 miliardi di dollari');
  });

  /** The expected wording of one value of each unit, per language. */
  const TABLE: [number, Unit, Record<Lang, string>][] = [
    [5e8, 'USD', { fr: '500 millions de dollars', en: '$500 million', de: '500 Millionen US-Dollar', es: '500 millones de dólares', it: '500 milioni di dollari' }],
    [3e9, 'GBP', { fr: '3 milliards de livres sterling', en: '£3 billion', de: '3 Milliarden Pfund Sterling', es: '3.000 millones de libras esterlinas', it: '3 miliardi di sterline' }],
    [2e8, 'CHF', { fr: '200 millions de francs suisses', en: '200 million Swiss francs', de: '200 Millionen Schweizer Franken', es: '200 millones de francos suizos', it: '200 milioni di franchi svizzeri' }],
    [1e10, 'SEK', { fr: '10 milliards de couronnes suédoises', en: '10 billion Swedish kronor', de: '10 Milliarden schwedische Kronen', es: '10.000 millones de coronas suecas', it: '10 miliardi di corone svedesi' }],
    [5e11, 'JPY', { fr: '500 milliards de yens', en: '¥500 billion', de: '500 Milliarden Yen', es: '500.000 millones de yenes', it: '500 miliardi di yen' }],
    [7e9, 'CNY', { fr: '7 milliards de yuans', en: '7 billion yuan', de: '7 Milliarden Yuan', es: '7.000 millones de yuanes', it: '7 miliardi di yuan' }],
    [1.5e9, 'CAD', { fr: '1,5 milliard de dollars canadiens', en: 'C$1.5 billion', de: '1,5 Milliarden kanadische Dollar', es: '1.500 millones de dólares canadienses', it: '1,5 miliardi di dollari canadesi' }],
    [25, 'EUR', { fr: '25 euros', en: '€25', de: '25 Euro', es: '25 euros', it: '25 euro' }],
    [40e6, 'W', { fr: '40 MW', en: '40 MW', de: '40 MW', es: '40 MW', it: '40 MW' }],
    [1.2e9, 'W', { fr: '1,2 GW', en: '1.2 GW', de: '1,2 GW', es: '1,2 GW', it: '1,2 GW' }],
    [1.5e12, 'Wh', { fr: '1,5 TWh', en: '1.5 TWh', de: '1,5 TWh', es: '1,5 TWh', it: '1,5 TWh' }],
    [18000, 'GPU', { fr: '18\u202f000 GPU', en: '18,000 GPUs', de: '18.000 GPUs', es: '18.000 GPU', it: '18.000 GPU' }],
    [2027, 'year', { fr: '2027', en: '2027', de: '2027', es: '2027', it: '2027' }],
    [11.5, 'percent', { fr: '11,5\u202f%', en: '11.5%', de: '11,5\u00a0%', es: '11,5\u00a0%', it: '11,5%' }],
    [1200, 'count', { fr: '1\u202f200', en: '1,200', de: '1.200', es: '1.200', it: '1.200' }],
    [1.2e6, 'count', { fr: '1,2 million', en: '1.2 million', de: '1,2 Millionen', es: '1,2 millones', it: '1,2 milioni' }],
    [730.5, 'duration', { fr: '2 ans', en: '2 years', de: '2 Jahre', es: '2 años', it: '2 anni' }],
    [182.625, 'duration', { fr: '6 mois', en: '6 months', de: '6 Monate', es: '6 meses', it: '6 mesi' }],
    [90, 'duration', { fr: '90 jours', en: '90 days', de: '90 Tage', es: '90 días', it: '90 giorni' }],
    [4e19, 'FLOPS', { fr: '40 EFLOPS', en: '40 EFLOPS', de: '40 EFLOPS', es: '40 EFLOPS', it: '40 EFLOPS' }],
    [1.5e15, 'B', { fr: '1,5 Po', en: '1.5 PB', de: '1,5 PB', es: '1,5 PB', it: '1,5 PB' }],
    [12000, 'm2', { fr: '12\u202f000 m²', en: '12,000 m²', de: '12.000 m²', es: '12.000 m²', it: '12.000 m²' }],
    [4e5, 'm2', { fr: '40 ha', en: '40 ha', de: '40 ha', es: '40 ha', it: '40 ha' }],
    [12000, 'm', { fr: '12 km', en: '12 km', de: '12 km', es: '12 km', it: '12 km' }],
    [1200, 't', { fr: '1\u202f200 tonnes', en: '1,200 tonnes', de: '1.200 Tonnen', es: '1.200 toneladas', it: '1.200 tonnellate' }],
    [5e6, 'L', { fr: '5 millions de litres', en: '5 million litres', de: '5 Millionen Liter', es: '5 millones de litros', it: '5 milioni di litri' }],
    [2e6, 'L/day', { fr: '2 millions de litres par jour', en: '2 million litres a day', de: '2 Millionen Liter pro Tag', es: '2 millones de litros al día', it: '2 milioni di litri al giorno' }],
    [5, 'factor', { fr: '5 fois', en: '5 times', de: '5-mal', es: '5 veces', it: '5 volte' }],
  ];

  it('the table covers every unit of the registry', () => {
    expect([...new Set([...TABLE.map(([, u]) => u), 'EUR'])].sort()).toEqual([...UNITS].sort());
  });

  it.each(TABLE.flatMap(([v, u, byLang]) => LANGS.map((l) => [v, u, l, byLang[l]] as const)))('%d %s in %s → %s', (v, u, l, expected) => {
    expect(formatValue(v, u, l)).toBe(expected);
  });

  it.each(LANGS)('%s: every unit worded, small and large values, no placeholder left', (lang) => {
    for (const unit of UNITS) {
      for (const v of [0, 1, 2, 1.5, 999, 1e6, 3.3e9, 4e12]) {
        const s = formatValue(v, unit, lang);
        // "once", "einmal": the one figure written as a word.
        if (!(unit === 'factor' && v === 1)) expect(s, `${v} ${unit}`).toMatch(/\d/);
        expect(s, `${v} ${unit}`).not.toMatch(/[{}]|undefined|NaN/);
      }
    }
  });

  it('negative amounts keep their sign', () => {
    expect(formatValue(-40, 'EUR', 'fr')).toMatch(/^[-−]40 euros$/);
    expect(formatValue(-5e9, 'USD', 'en')).toMatch(/^[-−]\$5 billion$/);
  });

  it('qualified figures, ranges (the unit once when both bounds share it) and per-unit figures', () => {
    expect(figure({ value: 6e9, unit: 'USD', approx: 'at-least' }, 'fr')).toBe('plus de 6 milliards de dollars');
    expect(figure({ value: 1e8, unit: 'W', approx: 'at-most' }, 'fr')).toBe('jusqu’à 100 MW');
    expect(figure({ value: 2e9, unit: 'EUR', approx: 'about' }, 'de')).toBe('rund 2 Milliarden Euro');
    expect(figure({ value: 0, unit: 'EUR', low: 3e10, high: 5e10 }, 'fr')).toBe('30 à 50 milliards d’euros');
    expect(figure({ value: 0, unit: 'USD', low: 1e10, high: 2e10 }, 'en')).toBe('$10–$20 billion');
    expect(figure({ value: 0, unit: 'W', low: 25e7, high: 6e8 }, 'de')).toBe('250 bis 600 MW');
    expect(figure({ value: 0, unit: 'EUR', low: 3e10, high: 4.5e10 }, 'es')).toBe('de 30.000 a 45.000 millones de euros');
    expect(figure({ value: 0, unit: 'EUR', low: 1e9, high: 2e9 }, 'it')).toBe('da 1 miliardo di euro a 2 miliardi di euro');
    expect(figure({ value: 1.3e5, unit: 'W', per: 'rack' }, 'fr')).toBe('130 kW par baie');
    expect(figure({ value: 64, unit: 'GPU', per: 'rack' }, 'en')).toBe('64 GPUs per rack');
  });

  it.each([
    ['fr', '11 février 2026', 'juin 2025', '1er mars 2026'],
    ['en', '11 February 2026', 'June 2025', '1 March 2026'],
    ['de', '11. Februar 2026', 'Juni 2025', '1. März 2026'],
    ['es', '11 de febrero de 2026', 'junio de 2025', '1 de marzo de 2026'],
    ['it', '11 febbraio 2026', 'giugno 2025', '1º marzo 2026'],
  ] as const)('dates in %s', (lang, day, month, first) => {
    expect(formatDate('2026-02-11', lang)).toBe(day);
    expect(formatDate('2025-06', lang)).toBe(month);
    expect(formatDate('2026-03-01', lang)).toBe(first);
    expect(formatDate('2026', lang)).toBe('2026');
    expect(formatDate('not a date', lang)).toBe('not a date');
  });

  it('compact figures for tables (the scan command)', () => {
    const cases: [Parameters<typeof compactFigure>[0], Record<Lang, string>][] = [
      [{ value: 1.2e9, unit: 'EUR' }, { fr: '1,2 Md€', en: '€1.2bn', de: '1,2 Mrd.\u00a0€', es: '1.200 M€', it: '1,2 mld\u00a0€' }],
      [{ value: 2e9, unit: 'EUR', approx: 'at-least' }, { fr: '≥ 2 Md€', en: '≥ €2bn', de: '≥ 2 Mrd.\u00a0€', es: '≥ 2.000 M€', it: '≥ 2 mld\u00a0€' }],
      [{ value: 0, unit: 'USD', low: 1e10, high: 2e10 }, { fr: '10–20 Md$', en: '$10–20bn', de: '10–20 Mrd.\u00a0$', es: '10.000–20.000 M$', it: '10–20 mld\u00a0$' }],
      [{ value: 3e9, unit: 'SEK' }, { fr: '3 Md SEK', en: 'SEK 3bn', de: '3 Mrd.\u00a0SEK', es: '3.000 M SEK', it: '3 mld\u00a0SEK' }],
      [{ value: 25000, unit: 'EUR' }, { fr: '25 k€', en: '€25k', de: '25.000\u00a0€', es: '25.000\u00a0€', it: '25.000\u00a0€' }],
      [{ value: 4e7, unit: 'W', approx: 'about' }, { fr: '≈ 40 MW', en: '≈ 40 MW', de: '≈ 40 MW', es: '≈ 40 MW', it: '≈ 40 MW' }],
      [{ value: 0, unit: 'W', low: 2.5e8, high: 6e8 }, { fr: '250–600 MW', en: '250–600 MW', de: '250–600 MW', es: '250–600 MW', it: '250–600 MW' }],
      [{ value: 0, unit: 'EUR', approx: 'several', low: 2e9, high: 9e9 }, { fr: '~ 2–9 Md€', en: '~ €2–9bn', de: '~ 2–9 Mrd.\u00a0€', es: '~ 2.000–9.000 M€', it: '~ 2–9 mld\u00a0€' }],
    ];
    for (const [fig, byLang] of cases) for (const l of LANGS) expect(compactFigure(fig, l), `${JSON.stringify(fig)} ${l}`).toBe(byLang[l]);
    expect(compactValue(3e11, 'USD', 'en')).toBe('$300bn');
    expect(compactValue(18000, 'GPU', 'fr')).toBe('18\u202f000 GPU');
  });

  it.each([
    ['fr', 'mars 2027', '3e trimestre 2027', '1er trimestre 2027', 'mi-2027', 'fin 2028'],
    ['en', 'March 2027', 'Q3 2027', 'Q1 2027', 'mid-2027', 'late 2028'],
    ['de', 'März 2027', '3. Quartal 2027', '1. Quartal 2027', 'Mitte 2027', 'Ende 2028'],
    ['es', 'marzo de 2027', 'tercer trimestre de 2027', 'primer trimestre de 2027', 'mediados de 2027', 'finales de 2028'],
    ['it', 'marzo 2027', 'terzo trimestre 2027', 'primo trimestre 2027', 'metà 2027', 'fine 2028'],
  ] as const)('a year with its month, quarter or part in %s', (lang, month, q3, q1, mid, end) => {
    expect(formatYear(2027, { month: 3 }, lang)).toBe(month);
    expect(formatYear(2027, { quarter: 3 }, lang)).toBe(q3);
    expect(formatYear(2027, { quarter: 1 }, lang)).toBe(q1);
    expect(formatYear(2027, { part: 'mid' }, lang)).toBe(mid);
    expect(figure({ value: 2028, unit: 'year', period: { part: 'end' } }, lang)).toBe(end);
    expect(formatYear(2027, undefined, lang)).toBe('2027');
  });

  it('Intl formatters are built once per locale and options', () => {
    expect(numberFormat('de-DE', 2, false)).toBe(numberFormat('de-DE', 2, false));
    expect(numberFormat('es-ES', 2, true)).not.toBe(numberFormat('es-ES', 2, false));
    expect(dateFormat('it-IT', 'day')).toBe(dateFormat('it-IT', 'day'));
    expect(pluralRules('fr-FR')).toBe(pluralRules('fr-FR'));
  });

  it('lists', () => {
    expect(formatList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(formatList(['a', 'b'], 'de')).toBe('a und b');
    expect(formatList(['a', 'b'], 'es')).toBe('a y b');
    expect(formatList(['a', 'b'], 'it')).toBe('a e b');
  });
});

describe('explanations from structured reasons', () => {
  const cases = LANGS.flatMap((l) => (Object.keys(SAMPLES) as ReasonKind[]).map((k) => [k, l] as const));
  it.each(cases)('%s in %s: worded, every placeholder filled', (kind, lang) => {
    const s = explain(SAMPLES[kind], lang);
    expect(s.length).toBeGreaterThan(10);
    expect(s).not.toMatch(/[{}]|undefined/);
    expect(s).toMatch(/[.]$/);
  });

  it.each(LANGS)('%s: every gate condition held back alone and together', (lang) => {
    const all = Object.keys(GATES) as GateCondition[];
    const texts = new Set<string>();
    for (const g of all) {
      const s = explain({ kind: 'held-back', fact: wmedia, blocked: [g] }, lang);
      expect(s).toContain(DICTIONARIES[lang].explain.gate[g].slice(1));
      expect(s).toContain('W.Media');
      texts.add(s);
    }
    expect(texts.size).toBe(all.length);
    expect(explain({ kind: 'held-back', fact: wmedia, blocked: all }, lang)).not.toMatch(/[{}]/);
  });

  it('says which fact, which source and which condition', () => {
    expect(explain(SAMPLES['held-back'], 'fr')).toBe('La phrase ne nomme pas l’entreprise\u00a0: pas de verdict. Source\u00a0: 40 MW (W.Media, 11 février 2026).');
    expect(explain(SAMPLES['held-back'], 'en')).toBe('The sentence does not name the company: no verdict. Source: 40 MW (W.Media, 11 February 2026).');
    expect(explain(SAMPLES['matches-disputed'], 'fr')).toBe(
      'Conforme à une source, mais les sources divergent\u00a0: 40 MW selon W.Media (11 février 2026)\u202f; 44 MW selon AP (20 février 2026).',
    );
    expect(explain(SAMPLES['matches-total'], 'en')).toBe(
      'Matches the sources: 40 MW (W.Media, 11 February 2026), the sum of 20 MW (RTE, 1 June 2025) and 20 MW (Enedis, 1 September 2025).',
    );
    expect(explain({ kind: 'matches-total', parts: [wmedia, ap] }, 'de')).toContain('Summe aus 40 MW (W.Media, 11. Februar 2026) und 44 MW (AP, 20. Februar 2026)');
    expect(explain(SAMPLES.superseded, 'fr')).toBe(
      'Chiffre dépassé\u00a0: 1 milliard d’euros date d’avril 2025\u202f; le plus récent est 1,2 milliard d’euros (EcoDataCenter, 11 février 2026).',
    );
    expect(explain(SAMPLES.superseded, 'es')).toBe(
      'Cifra desactualizada: 1.000 millones de euros es de abril de 2025; la más reciente es 1.200 millones de euros (EcoDataCenter, 11 de febrero de 2026).',
    );
    expect(explain(SAMPLES.differs, 'de')).toBe('Die Quellen nennen 40 MW (W.Media, 11. Februar 2026), nicht „400 MW“.');
    expect(explain({ kind: 'held-back', fact: wmedia, blocked: ['no-metric-word', 'estimate-only'] }, 'it')).toMatch(
      /^Nessuna parola della frase indica di quale grandezza si tratti e i dati che divergono sono solo stime: nessun verdetto\. Fonte: 40 MW/,
    );
  });

  it('says when the sourced figure is an estimate', () => {
    const est = fact(1e5, 'GPU', 'Epoch AI', '2025-12-01', { estimate: true });
    expect(explain({ kind: 'matches', fact: est }, 'fr')).toBe('Conforme à la source\u00a0: 100\u202f000 GPU, une estimation (Epoch AI, 1er décembre 2025).');
    expect(explain({ kind: 'matches', fact: est }, 'en')).toBe('Matches the source: 100,000 GPUs, an estimate (Epoch AI, 1 December 2025).');
  });

  it('names the fact-checker who rated a figure false', () => {
    expect(explain(SAMPLES['rated-false'], 'fr')).toBe('Chiffre jugé faux par un vérificateur\u00a0: 500 milliards de dollars (AFP Factuel, 4 mars 2025).');
    expect(explain(SAMPLES['rated-false'], 'en')).toBe('Rated false by a fact-checker: $500 billion (AFP Factuel, 4 March 2025).');
  });

  it('keeps the wording the verdict tests know', () => {
    expect(explain(SAMPLES.matches, 'fr')).toMatch(/^Conforme à la source/);
    expect(explain(SAMPLES.matches, 'en')).toMatch(/^Matches the source/);
    expect(explain(SAMPLES.superseded, 'fr')).toMatch(/^Chiffre dépassé/);
    expect(explain(SAMPLES['no-fact'], 'fr')).toBe('Aucun fait sourcé ne porte clairement sur ce chiffre.');
    expect(explain({ kind: 'ambiguous', facts: [] }, 'fr')).toBe('Plusieurs faits pourraient correspondre\u00a0: impossible de trancher.');
    expect(explain(SAMPLES.ambiguous, 'fr')).toMatch(/^Plusieurs faits/);
    expect(explain({ kind: 'differs', facts: [wmedia], claimText: '400 MW' }, 'fr')).toMatch(/^Les sources donnent 40 MW \(/);
  });

  it('explainAll joins the reasons in order', () => {
    expect(explainAll([SAMPLES.matches, SAMPLES['not-checked']], 'en')).toBe(
      'Matches the source: 40 MW (W.Media, 11 February 2026). This kind of figure is not checked.',
    );
    expect(explainAll([], 'fr')).toBe('');
  });
});

// Type test: a language file that misses a key does not compile.
// @ts-expect-error — `ui` is missing
const incomplete: Dictionary = { code: 'xx', name: 'X', manifest: DICTIONARIES.en.manifest, options: DICTIONARIES.en.options, plurals: DICTIONARIES.en.plurals, format: DICTIONARIES.en.format, explain: DICTIONARIES.en.explain };
void incomplete;
