/** extractClaims: figures, scale words, currencies, units, qualifiers, ranges and years. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../engine/extract/extract';
import type { Claim, Lang } from '../engine/types';

/** All claims of `input`; every claim's text must be the input slice it points to. */
function claims(input: string, lang?: Lang): Claim[] {
  const out = extractClaims(input, lang ? { lang } : {});
  for (const c of out) {
    expect(c.text).toBe(input.slice(c.start, c.end));
    expect(c.start).toBeLessThan(c.end);
    expect(c.sentence.length).toBeGreaterThan(0);
  }
  return out;
}

/** The only claim of `input`. */
function one(input: string, lang?: Lang): Claim {
  const out = claims(input, lang);
  expect(out.map((c) => c.text)).toHaveLength(1);
  return out[0];
}

/** value, unit and printed text of the only claim. */
function read(input: string, lang?: Lang): [number, string, string] {
  const c = one(input, lang);
  return [c.value, c.unit, c.text];
}

describe('thousands separators and decimals', () => {
  it.each([
    ['18 000 puces', 18000],
    ['18\u00A0000 puces', 18000],
    ['18\u202F000 puces', 18000],
    ['18\u2009000 puces', 18000],
    ['18.000 puces', 18000],
  ])('French %j → %d GPUs', (input, value) => {
    expect(read(input, 'fr')).toEqual([value, 'GPU', input]);
  });

  it('English "," groups thousands, French "," is a decimal mark', () => {
    expect(read('13,800 GPUs', 'en')).toEqual([13800, 'GPU', '13,800 GPUs']);
    expect(read('une puissance de 13,800 MW', 'fr')[0]).toBeCloseTo(13.8e6);
    expect(read('1,2 GW', 'fr')[0]).toBeCloseTo(1.2e9);
    expect(read('11,7 milliards d’euros', 'fr')[0]).toBeCloseTo(11.7e9);
    expect(read('1.2 GW', 'en')[0]).toBeCloseTo(1.2e9);
    expect(read('1.2 GW', 'fr')[0]).toBeCloseTo(1.2e9);
    expect(read('1\u202F000\u202F000\u202F000 €', 'fr')).toEqual([1e9, 'EUR', '1\u202F000\u202F000\u202F000 €']);
    expect(read('1,000,000 dollars', 'en')).toEqual([1e6, 'USD', '1,000,000 dollars']);
    expect(read('1.234,5 €', 'fr')[0]).toBeCloseTo(1234.5);
  });

  it('takes the sentence language when the page gives none', () => {
    const fr = one('Le centre de données compte 13,800 processeurs dans la région.');
    expect([fr.lang, fr.value]).toEqual(['fr', 13.8]);
    const en = one('The data center has 13,800 processors in the region and is the largest.');
    expect([en.lang, en.value]).toEqual(['en', 13800]);
  });
});

describe('scale words', () => {
  it.each([
    ['5 mille euros', 'fr', 5e3, 'EUR'],
    ['3 millions d’euros', 'fr', 3e6, 'EUR'],
    ['1 million de dollars', 'fr', 1e6, 'USD'],
    ['1,2 milliard d’euros', 'fr', 1.2e9, 'EUR'],
    ['2 milliards de dollars', 'fr', 2e9, 'USD'],
    ['1,2 Md€', 'fr', 1.2e9, 'EUR'],
    ['5 Mds€', 'fr', 5e9, 'EUR'],
    ['2 Mds €', 'fr', 2e9, 'EUR'],
    ['500 M€', 'fr', 5e8, 'EUR'],
    ['500 k€', 'fr', 5e5, 'EUR'],
    ['$500k', 'en', 5e5, 'USD'],
    ['$500m', 'en', 5e8, 'USD'],
    ['5 thousand dollars', 'en', 5e3, 'USD'],
    ['$500 billion', 'en', 5e11, 'USD'],
    ['$5bn', 'en', 5e9, 'USD'],
    ['$2 trillion', 'en', 2e12, 'USD'],
    ['$1tn', 'en', 1e12, 'USD'],
    ['3 billions d’euros', 'fr', 3e12, 'EUR'],
    ['1 billion de dollars', 'fr', 1e12, 'USD'],
    ['1.2 billion euros', 'en', 1.2e9, 'EUR'],
  ] as const)('%j (%s) → %d %s', (input, lang, value, unit) => {
    const c = one(input, lang);
    expect(c.value).toBeCloseTo(value, -3);
    expect(c.unit).toBe(unit);
    expect(c.text).toBe(input);
  });

  it('French "billion" is 10^12, English "billion" 10^9', () => {
    expect(one('1,2 billion d’euros', 'fr').value).toBeCloseTo(1.2e12, -3);
    expect(one('1.2 billion euros', 'en').value).toBeCloseTo(1.2e9, -3);
  });

  it('short scales need a currency ("500 m" is not money)', () => {
    expect(claims('une piste de 500 m', 'fr')).toEqual([]);
    expect(claims('it weighs 5 k', 'en')).toEqual([]);
  });

  it('words before a scale word: "un milliard", "a billion", "deux milliards"', () => {
    expect(read('un milliard d’euros', 'fr')).toEqual([1e9, 'EUR', 'un milliard d’euros']);
    expect(read('a billion dollars', 'en')).toEqual([1e9, 'USD', 'a billion dollars']);
    expect(read('deux milliards de dollars', 'fr')).toEqual([2e9, 'USD', 'deux milliards de dollars']);
    expect(claims('un projet et une usine', 'fr')).toEqual([]);
  });
});

describe('currencies', () => {
  it.each([
    ['€1.2bn', 'en', 1.2e9, 'EUR'],
    ['1,2 milliard d\u2019euros', 'fr', 1.2e9, 'EUR'],
    ["1,2 milliard d'euros", 'fr', 1.2e9, 'EUR'],
    ['1,2 Md€', 'fr', 1.2e9, 'EUR'],
    ['$500 billion', 'en', 500e9, 'USD'],
    ['US$ 10 bn', 'en', 10e9, 'USD'],
    ['500 milliards de dollars', 'fr', 500e9, 'USD'],
    ['£1 billion', 'en', 1e9, 'GBP'],
    ['2 milliards de livres sterling', 'fr', 2e9, 'GBP'],
    ['2bn pounds', 'en', 2e9, 'GBP'],
    ['13 milliards de couronnes suédoises', 'fr', 13e9, 'SEK'],
    ['10 billion Swedish kronor', 'en', 10e9, 'SEK'],
    ['1,5 milliard de francs suisses', 'fr', 1.5e9, 'CHF'],
    ['10 billion yen', 'en', 10e9, 'JPY'],
    ['5 milliards de yuans', 'fr', 5e9, 'CNY'],
    ['1,5 milliard €', 'fr', 1.5e9, 'EUR'],
    ['€ 1,5 milliard', 'fr', 1.5e9, 'EUR'],
    ['2 000 000 000 $', 'fr', 2e9, 'USD'],
    ['1 milliard de dollars canadiens', 'fr', 1e9, 'CAD'],
  ] as const)('%j (%s) → %d %s', (input, lang, value, unit) => {
    const c = one(input, lang);
    expect(c.value).toBeCloseTo(value, -3);
    expect(c.unit).toBe(unit);
    expect(c.text).toBe(input);
  });

  it.each(['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'JPY', 'CNY'] as const)('code %s before and after', (code) => {
    expect(read(`${code} 3 million`, 'en')).toEqual([3e6, code, `${code} 3 million`]);
    expect(read(`3 milliards ${code}`, 'fr')).toEqual([3e9, code, `3 milliards ${code}`]);
  });

  it('codes count only in capitals', () => {
    expect(claims('3 sek plus tard', 'fr')).toEqual([]);
  });

  it('a currency before a scaled amount wins over "de + noun" ("$ 75 millions d’obligations")', () => {
    expect(read('un emprunt de $ 75 millions d’obligations', 'fr')).toEqual([75e6, 'USD', '$ 75 millions']);
    const params = one('un modèle de 300 milliards de paramètres', 'fr');
    expect([params.unit, params.noun]).toEqual(['count', 'paramètres']);
    expect(one('2 milliards d’habitants', 'fr').noun).toBe('habitants');
  });

  it('a counted noun follows a connector that is a word of its own ("deux" is no "de" + "ux")', () => {
    expect(one('un million deux', 'fr').noun).toBeUndefined();
    const deficit = claims('a deficit of $2.5 billion, against 1.6 billion deficit before', 'en').at(-1)!;
    expect([deficit.unit, deficit.noun]).toEqual(['USD', undefined]);
  });

  it('carries the currency over to a bare amount in the next sentence', () => {
    const input = 'Mistral AI pèse 6 milliards de dollars. Très loin des 300 milliards d’OpenAI.';
    const [a, b] = claims(input, 'fr');
    expect([a.value, a.unit, a.currencyImplied]).toEqual([6e9, 'USD', undefined]);
    expect([b.text, b.value, b.unit, b.currencyImplied]).toEqual(['300 milliards', 300e9, 'USD', true]);
  });

  it('carries the figure’s currency, not its conversion in parentheses', () => {
    const [, conversion, later] = claims('a deficit of £1.6 billion ($2.5 billion), against 2 billion in August', 'en');
    expect([conversion.unit, later.unit, later.currencyImplied]).toEqual(['USD', 'GBP', true]);
    const fr = claims('Le déficit atteint 1,6 milliard de livres (2,5 milliards de dollars), contre 2 milliards en août.', 'fr').at(-1)!;
    expect(fr.unit).toBe('GBP');
  });

  it('does not carry a currency too far', () => {
    const input = 'Le projet coûte 6 milliards de dollars.\nUn autre point.\nEncore un.\nLe modèle compte 300 milliards.';
    const last = claims(input, 'fr').at(-1)!;
    expect(last.value).toBe(300e9);
    expect(last.unit).toBe('count');
    expect(last.currencyImplied).toBeUndefined();
  });
});

describe('power and energy', () => {
  it.each([
    ['5 W', 5, 'W'],
    ['5 kW', 5e3, 'W'],
    ['40 MW', 40e6, 'W'],
    ['1,4 GW', 1.4e9, 'W'],
    ['50 mégawatts', 50e6, 'W'],
    ['2 gigawatts', 2e9, 'W'],
    ['10 kWh', 10e3, 'Wh'],
    ['3 MWh', 3e6, 'Wh'],
    ['1 GWh', 1e9, 'Wh'],
    ['300 TWh', 300e12, 'Wh'],
    ['1\u00A0000\u00A0MW', 1e9, 'W'],
  ] as const)('%j → %d %s', (input, value, unit) => {
    const c = one(input, 'fr');
    expect(c.value).toBeCloseTo(value, -3);
    expect(c.unit).toBe(unit);
    expect(c.text).toBe(input);
  });

  it('power abbreviations are case-sensitive ("40 mw" is not a unit)', () => {
    expect(claims('40 mw', 'fr')).toEqual([]);
  });
});

describe('chips', () => {
  it.each([
    ['18 000 processeurs GPU Blackwell', 'fr', 18000, '18 000 processeurs GPU'],
    ['18,000 Nvidia chips', 'en', 18000, '18,000 Nvidia chips'],
    ['100 000 GPU H100', 'fr', 100000, '100 000 GPU'],
    ['400,000 GB200 superchips', 'en', 400000, '400,000 GB200 superchips'],
    ['10 000 Nvidia H100 GPUs', 'en', 10000, '10 000 Nvidia H100 GPUs'],
    ['5 000 puces', 'fr', 5000, '5 000 puces'],
    ['20 000 accélérateurs', 'fr', 20000, '20 000 accélérateurs'],
    ['10 000 cartes graphiques', 'fr', 10000, '10 000 cartes graphiques'],
    ['50k GPUs', 'en', 50000, '50k GPUs'],
    ['5,000 AMD MI300X accelerators', 'en', 5000, '5,000 AMD MI300X accelerators'],
  ] as const)('%j (%s) → %d GPUs', (input, lang, value, text) => {
    expect(read(input, lang)).toEqual([value, 'GPU', text]);
  });

  it('model codes are not figures, but a figure after a code still counts', () => {
    expect(claims('Nvidia H100', 'en')).toEqual([]);
    expect(claims('les puces GB200', 'fr')).toEqual([]);
    expect(read('GB200 400 000 superchips', 'en')).toEqual([400000, 'GPU', '400 000 superchips']);
    expect(read('COVID-19 100 MW', 'fr')).toEqual([100e6, 'W', '100 MW']);
    expect(read('version v3.5 2 GW', 'en')).toEqual([2e9, 'W', '2 GW']);
  });
});

describe('years', () => {
  it.each([
    ['ouverture prévue en 2027', 'fr', 2027],
    ['d’ici 2028', 'fr', 2028],
    ["d'ici à 2030", 'fr', 2030],
    ['à l’horizon 2030', 'fr', 2030],
    ['l’usine ouvrira en 2026', 'fr', 2026],
    ['by 2030', 'en', 2030],
    ['expected to be operational in 2027', 'en', 2027],
  ] as const)('%j (%s) → year %d', (input, lang, year) => {
    const c = one(input, lang);
    expect([c.value, c.unit, c.text]).toEqual([year, 'year', String(year)]);
  });

  it.each([
    ['le 12 mars 2025', 'fr'],
    ['on March 12, 2025', 'en'],
    ['En 2024, le site a été racheté.', 'fr'],
    ['Nvidia H100', 'en'],
    ['les puces GB200', 'fr'],
    ['Grok 3 est sorti', 'fr'],
    ['un chiffre de 2027', 'fr'],
  ] as const)('%j (%s) has no claim', (input, lang) => {
    expect(claims(input, lang)).toEqual([]);
  });
});

describe('percentages, counts and durations', () => {
  it.each([
    ['11 %', 'fr', 11],
    ['11\u202F%', 'fr', 11],
    ['11%', 'fr', 11],
    ['2,5 %', 'fr', 2.5],
    ['11 pour cent', 'fr', 11],
    ['10 pourcents', 'fr', 10],
    ['11 percent', 'en', 11],
    ['5 per cent', 'en', 5],
    ['2 points de pourcentage', 'fr', 2],
    ['20 percentage points', 'en', 20],
    ['vingt pour cent', 'fr', 20],
    ['cinq cent trente cinq pourcent', 'fr', 535],
    ['one hundred percent', 'en', 100],
  ] as const)('%j (%s) → %d percent', (input, lang, value) => {
    expect(read(input, lang)).toEqual([value, 'percent', input]);
  });

  it.each([
    ['8 bâtiments', 'fr', 8, 'bâtiments'],
    ['4 gigafactories', 'en', 4, 'gigafactories'],
    ['trois bâtiments', 'fr', 3, 'bâtiments'],
    ['vingt deux bâtiments', 'fr', 22, 'bâtiments'],
    ['3 centres de données', 'fr', 3, 'centres de données'],
    ['20 AI factories', 'en', 20, 'AI factories'],
  ] as const)('%j (%s) → %d %s', (input, lang, value, noun) => {
    const c = one(input, lang);
    expect([c.value, c.unit, c.noun, c.text]).toEqual([value, 'count', noun, input]);
  });

  it('word numbers that do not compose stay apart', () => {
    expect(read('deux trois bâtiments', 'fr')).toEqual([3, 'count', 'trois bâtiments']);
  });

  it('durations are months', () => {
    expect(read('18 mois', 'fr')).toEqual([18 * 30.4375, 'duration', '18 mois']);
    expect(read('quatre ans', 'fr')).toEqual([4 * 365.25, 'duration', 'quatre ans']);
    expect(read('5 years', 'en')).toEqual([5 * 365.25, 'duration', '5 years']);
  });

  it('bare numbers are not claims', () => {
    expect(claims('Il y a 42 raisons et 7 autres.', 'fr')).toEqual([]);
    expect(claims('Call 01 23 45 67 89 now.', 'en')).toEqual([]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['près de 300 MW', 'fr', 'about'],
    ['Près de 300 MW', 'fr', 'about'],
    ['à peu près 300 MW', 'fr', 'about'],
    ['environ 30 MW', 'fr', 'about'],
    ['quelque 40 MW', 'fr', 'about'],
    ['nearly 5 GW', 'en', 'about'],
    ['about $2 billion', 'en', 'about'],
    ['plus de 100 MW', 'fr', 'at-least'],
    ['au moins 500 millions d’euros', 'fr', 'at-least'],
    ['over 100,000 GPUs', 'en', 'at-least'],
    ['more than 2 gigawatts', 'en', 'at-least'],
    ['jusqu’à 1 GW', 'fr', 'at-most'],
    ["jusqu'à 1 GW", 'fr', 'at-most'],
    ['up to 1.4 GW', 'en', 'at-most'],
    ['1,4 GW', 'fr', 'exact'],
  ] as const)('%j (%s) → %s', (input, lang, approx) => {
    const c = one(input, lang);
    expect(c.approx).toBe(approx);
    expect(input.endsWith(c.text)).toBe(true);
  });

  it('vague amounts have bounds', () => {
    const c = one('plusieurs milliards d’euros', 'fr');
    expect([c.approx, c.unit, c.low, c.high]).toEqual(['several', 'EUR', 2e9, 10e9]);
    const t = one('tens of billions of dollars', 'en');
    expect([t.approx, t.unit, t.low, t.high]).toEqual(['several', 'USD', 10e9, 100e9]);
  });
});

describe('ranges', () => {
  it.each([
    ['entre 250 et 600 MW', 'fr', 250e6, 600e6, 'W', '250 et 600 MW'],
    ['250 à 600 MW', 'fr', 250e6, 600e6, 'W', '250 à 600 MW'],
    ['between 250 and 600 MW', 'en', 250e6, 600e6, 'W', '250 and 600 MW'],
    ['250 to 600 MW', 'en', 250e6, 600e6, 'W', '250 to 600 MW'],
    ['$10–20 billion', 'en', 10e9, 20e9, 'USD', '$10–20 billion'],
    ['$10-20 billion', 'en', 10e9, 20e9, 'USD', '$10-20 billion'],
    ['de 10 à 20 milliards d’euros', 'fr', 10e9, 20e9, 'EUR', '10 à 20 milliards d’euros'],
    ['10 à 20 %', 'fr', 10, 20, 'percent', '10 à 20 %'],
  ] as const)('%j (%s) → %d..%d %s', (input, lang, low, high, unit, text) => {
    const c = one(input, lang);
    expect([c.approx, c.low, c.high, c.unit, c.text, c.value]).toEqual(['range', low, high, unit, text, low]);
  });

  it('"et"/"and" make a range only after "entre"/"between"', () => {
    const out = claims('250 MW et 600 MW', 'fr');
    expect(out.map((c) => [c.value, c.approx])).toEqual([[250e6, 'exact'], [600e6, 'exact']]);
  });

  it('a descending pair is not a range', () => {
    const c = claims('20 à 10 MW', 'fr');
    expect(c.every((x) => x.approx !== 'range')).toBe(true);
  });
});

describe('offsets in running text', () => {
  it('every claim slices its own text, in order, with its sentence', () => {
    const input =
      'Le campus de Fluidstack coûtera 10 milliards d’euros et atteindra 1 GW d’ici 2028. ' +
      'Il accueillera près de 500\u00A0000 puces Nvidia, soit 11 % de la capacité européenne.\n' +
      'In the US, Stargate will invest up to $500 billion over four years, with 400,000 GB200 superchips.';
    const out = claims(input);
    expect(out.map((c) => c.text)).toEqual([
      '10 milliards d’euros', '1 GW', '2028', '500\u00A0000 puces', '11 %', '$500 billion', 'four years',
      '400,000 GB200 superchips',
    ]);
    for (let i = 1; i < out.length; i++) expect(out[i].start).toBeGreaterThanOrEqual(out[i - 1].end);
    expect(out[0].sentence.startsWith('Le campus de Fluidstack')).toBe(true);
    expect(out[5].lang).toBe('en');
    expect(out[5].approx).toBe('at-most');
  });
});

describe('targets and event years (found by the fixture pages)', () => {
  it('"pourra atteindre les 100 mégawatts" is an upper bound', () => {
    const [c] = extractClaims('Ce centre pourra atteindre les 100 mégawatts dans 18 mois.', { lang: 'fr' });
    expect(c.text).toBe('100 mégawatts');
    expect(c.approx).toBe('at-most');
    expect(c.value).toBe(100e6);
  });

  it('a year after "accueillir … en" is a claim', () => {
    const claims = extractClaims('Le site doit accueillir ses premiers serveurs en 2027.', { lang: 'fr' });
    expect(claims.map((c) => [c.text, c.unit])).toEqual([['2027', 'year']]);
  });
});
