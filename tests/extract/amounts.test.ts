/** Money amounts: a scale or currency shared or carried over, number words, codes, symbols, cents, weight. */
import { describe, expect, it } from 'vitest';
import { claims, one, shown, valueUnit } from './helpers';

describe('a scale or currency given once', () => {
  it('for both ends of a range: "entre 30 et 45 milliards d’euros"', () => {
    for (const [input, lang, low, high, unit] of [
      ['Le plan prévoit entre 30 et 45 milliards d’euros.', 'fr', 30e9, 45e9, 'EUR'],
      ['The round could reach $10–20 billion.', 'en', 10e9, 20e9, 'USD'],
      ['between 30 and 45 billion dollars', 'en', 30e9, 45e9, 'USD'],
      ['zwischen 2 und 3 Milliarden Euro', 'de', 2e9, 3e9, 'EUR'],
      ['entre 2 y 3 millones de euros', 'es', 2e6, 3e6, 'EUR'],
      ['tra 2 e 3 miliardi di euro', 'it', 2e9, 3e9, 'EUR'],
    ] as const) {
      const c = one(input, lang);
      expect([c.approx, c.low, c.high, c.unit], input).toEqual(['range', low, high, unit]);
    }
  });

  it('earlier, then dropped: "80 milliards" a sentence after "80 milliards d’euros"', () => {
    const out = claims('Le fonds réunit 80 milliards d’euros. Les 80 milliards seront investis d’ici 2030.', 'fr');
    const second = out.find((c) => c.start > 40 && c.unit === 'EUR');
    expect([second?.value, second?.currencyImplied]).toEqual([80e9, true]);
    const en = claims('It raised $6 billion. The 6 billion will go to chips.', 'en');
    expect(en.map((c) => [c.value, c.unit, !!c.currencyImplied])).toEqual([[6e9, 'USD', false], [6e9, 'USD', true]]);
  });
});

describe('number words as amounts', () => {
  it('"deux gigawatts", "trois milliards", "two billion dollars"', () => {
    expect(valueUnit('un campus de deux gigawatts', 'fr')).toEqual([2e9, 'W']);
    expect(valueUnit('trois milliards d’euros', 'fr')).toEqual([3e9, 'EUR']);
    expect(valueUnit('two billion dollars', 'en')).toEqual([2e9, 'USD']);
    expect(valueUnit('zwei Milliarden Euro', 'de')).toEqual([2e9, 'EUR']);
    expect(valueUnit('dos millones de euros', 'es')).toEqual([2e6, 'EUR']);
    expect(valueUnit('due miliardi di euro', 'it')).toEqual([2e9, 'EUR']);
  });

  it('halves: "half a billion dollars", "un demi-milliard d’euros", "mezzo miliardo"', () => {
    for (const [input, lang, value, unit] of [
      ['The state offered half a billion dollars in tax credits.', 'en', 5e8, 'USD'],
      ['Le groupe investit un demi-milliard d’euros.', 'fr', 5e8, 'EUR'],
      ['un demi-milliard de dollars', 'fr', 5e8, 'USD'],
      ['eine halbe Milliarde Euro', 'de', 5e8, 'EUR'],
      ['mezzo miliardo di euro', 'it', 5e8, 'EUR'],
      ['medio millón de euros', 'es', 5e5, 'EUR'],
    ] as const) {
      const c = one(input, lang);
      expect([c.value, c.unit], input).toEqual([value, unit]);
    }
  });

  it('compounds: "forty-five", "quatre-vingt-dix", "soixante-quinze"', () => {
    expect(valueUnit('forty-five megawatts', 'en')).toEqual([45e6, 'W']);
    expect(valueUnit('quatre-vingt-dix mégawatts', 'fr')).toEqual([90e6, 'W']);
    expect(valueUnit('soixante-quinze pour cent', 'fr')).toEqual([75, 'percent']);
  });

  it('thousands, vaguely: "des dizaines de milliers de GPU", "tens of thousands of GPUs", "thousands of dollars"', () => {
    for (const [input, lang, low, high, unit] of [
      ['Le site accueillera des dizaines de milliers de GPU.', 'fr', 1e4, 1e5, 'GPU'],
      ['xAI will add tens of thousands of GPUs.', 'en', 1e4, 1e5, 'GPU'],
      ['hundreds of thousands of chips', 'en', 1e5, 1e6, 'GPU'],
      ['it cost thousands of dollars', 'en', 2e3, 1e4, 'USD'],
      ['Tausende von GPUs', 'de', 2e3, 1e4, 'GPU'],
      ['decenas de miles de procesadores', 'es', 1e4, 1e5, 'GPU'],
      ['decine di migliaia di GPU', 'it', 1e4, 1e5, 'GPU'],
    ] as const) {
      const c = one(input, lang);
      expect([c.approx, c.low, c.high, c.unit], input).toEqual(['several', low, high, unit]);
    }
    expect(claims('des milliers de personnes ont manifesté', 'fr')).toEqual([]);
    expect(claims('thousands of people', 'en')).toEqual([]);
  });

  it('counts of people are not figures: "deux partenaires", "three founders"', () => {
    expect(claims('Les deux partenaires ont signé.', 'fr')).toEqual([]);
    expect(claims('The three founders met in Paris.', 'en')).toEqual([]);
  });
});

describe('codes and symbols', () => {
  it('an ISO code glued to the number: "EUR45.50", "USD3bn", "CHF12m"', () => {
    expect(valueUnit('The ticket cost EUR45.50 online.', 'en')).toEqual([45.5, 'EUR']);
    expect(valueUnit('a USD3bn facility', 'en')).toEqual([3e9, 'USD']);
    expect(valueUnit('GBP250m of bonds', 'en')).toEqual([250e6, 'GBP']);
  });

  it('symbol variants: "7.5US$", "US$ 10 bn", "C$2 billion", "100元"', () => {
    expect(valueUnit('a price of 7.5US$', 'en')).toEqual([7.5, 'USD']);
    expect(valueUnit('US$ 10 bn', 'en')).toEqual([10e9, 'USD']);
    expect(valueUnit('a C$2 billion plan', 'en')).toEqual([2e9, 'CAD']);
    expect(valueUnit('the cost is 100元', 'en')).toEqual([100, 'CNY']);
  });

  it('lower-case codes after the number when they are no word: "40 rmb", "3 usd"; not "3 sek plus tard"', () => {
    expect(valueUnit('it costs 40 rmb', 'en')).toEqual([40, 'CNY']);
    expect(claims('3 sek plus tard', 'fr')).toEqual([]);
  });

  it('a trillion letter: "$2.1T", "$1tn", "€3T"', () => {
    expect(valueUnit('Nvidia is worth $2.1T.', 'en')).toEqual([2.1e12, 'USD']);
    expect(valueUnit('a $1tn plan', 'en')).toEqual([1e12, 'USD']);
  });
});

describe('cents and pence after the amount', () => {
  it('one figure: "$7 and 25 cents", "3 dollars 50 cents", "£3 and 50p"', () => {
    for (const [input, value, unit] of [
      ['The token costs $7 and 25 cents.', 7.25, 'USD'],
      ['it only cost 3 dollars 50 cents.', 3.5, 'USD'],
      ['thirteen dollars and forty-five cents', 13.45, 'USD'],
      ['£3 and 50p', 3.5, 'GBP'],
      ['2 euros et 30 centimes', 2.3, 'EUR'],
    ] as const) {
      expect(shown(input, input.includes('euros') ? 'fr' : 'en'), input).toEqual([`${input.match(/^(?:The token costs |it only cost )?(.*?)\.?$/)![1]} = ${value} ${unit}`]);
    }
  });

  it('after a currency word, the cents word may be left out: "thirteen dollars forty five"', () => {
    expect(valueUnit('it only cost thirteen dollars forty five', 'en')).toEqual([13.45, 'USD']);
  });

  it('never a second amount: "$7 and 25 cents" has no "25 USD"; "$7 and 25 people" is $7 alone', () => {
    expect(claims('$7 and 25 cents', 'en').filter((c) => c.value === 25)).toEqual([]);
    expect(shown('$7 and 25 people came.', 'en')).toEqual(['$7 = 7 USD']);
    expect(shown('$5 billion and 20 sites', 'en')).toEqual(['$5 billion = 5000000000 USD', '20 sites = 20 count']);
  });
});

describe('weight is not money', () => {
  it('"ten pounds of copper wire" is a mass, "ten pounds" alone is money', () => {
    const c = one('Each rack needs ten pounds of copper wire.', 'en');
    expect([c.unit, +c.value.toPrecision(6)]).toEqual(['t', 0.00453592]);
    expect(valueUnit('It cost ten pounds.', 'en')).toEqual([10, 'GBP']);
    expect(one('dix livres de cuivre', 'fr').unit).toBe('t');
    expect(valueUnit('2bn pounds', 'en')).toEqual([2e9, 'GBP']);
  });
});
