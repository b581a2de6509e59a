/** Durations in days, and percentages in all their spellings. */
import { describe, expect, it } from 'vitest';
import { claims, valueUnit } from './helpers';

describe('durations (unit duration, value in days)', () => {
  it('"90 days", "six mois" and "a 20-year lease" compare', () => {
    expect(valueUnit('The review takes 90 days.', 'en')).toEqual([90, 'duration']);
    expect(valueUnit('Les travaux dureront six mois.', 'fr')).toEqual([182.625, 'duration']);
    expect(valueUnit('a 20-year lease', 'en')).toEqual([7305, 'duration']);
    expect(valueUnit('two years of construction', 'en')).toEqual([730.5, 'duration']);
    expect(valueUnit('18 Monate Bauzeit', 'de')).toEqual([547.875, 'duration']);
    expect(valueUnit('un contrato de 15 años', 'es')).toEqual([5478.75, 'duration']);
    expect(valueUnit('un cantiere di 24 mesi', 'it')).toEqual([730.5, 'duration']);
    expect(valueUnit('trois semaines', 'fr')).toEqual([21, 'duration']);
  });
});

describe('percent', () => {
  it('signs and words: "0,5 %", "15 pour cent", "20 percent", "15 Prozent", "10 por ciento", "5 per cento"', () => {
    expect(valueUnit('une hausse de 0,5 %', 'fr')).toEqual([0.5, 'percent']);
    expect(valueUnit('15 pour cent du capital', 'fr')).toEqual([15, 'percent']);
    expect(valueUnit('a 20 percent share', 'en')).toEqual([20, 'percent']);
    expect(valueUnit('12.5 per cent', 'en')).toEqual([12.5, 'percent']);
    expect(valueUnit('15 Prozent der Anteile', 'de')).toEqual([15, 'percent']);
    expect(valueUnit('el 10 por ciento', 'es')).toEqual([10, 'percent']);
    expect(valueUnit('il 5 per cento', 'it')).toEqual([5, 'percent']);
    expect(valueUnit('100 pourcentage', 'fr')).toEqual([100, 'percent']);
  });

  it('points: "3 points", "2 percentage points", "but 3 points of your credit" is no percent', () => {
    expect(valueUnit('une baisse de 3 points', 'fr')).toEqual([3, 'percent']);
    expect(valueUnit('up 2 percentage points', 'en')).toEqual([2, 'percent']);
    expect(claims('3 points of your credit', 'en')).toEqual([]);
  });

  it('a fraction where a share is meant: "a third of the capacity", "un tiers des serveurs", "two-thirds of"', () => {
    const [v, u] = valueUnit('OpenAI will use a third of the capacity.', 'en');
    expect([+v.toFixed(2), u]).toEqual([33.33, 'percent']);
    expect(valueUnit('un quart de la production', 'fr')).toEqual([25, 'percent']);
    expect(+valueUnit('un tiers des serveurs', 'fr')[0].toFixed(2)).toBe(33.33);
    expect(+valueUnit('two-thirds of the chips', 'en')[0].toFixed(2)).toBe(66.67);
  });

  it('fractions that are no share stay out: "the third quarter", "a third party", "la moitié du temps"', () => {
    expect(claims('a third party audited it', 'en')).toEqual([]);
    expect(claims('la moitié du temps', 'fr')).toEqual([]);
  });

  it('the percent word before the number: "percent of 10", "pourcentage de vingt"', () => {
    expect(valueUnit('percent of 10', 'en')).toEqual([10, 'percent']);
    expect(valueUnit('pourcentage de vingt', 'fr')).toEqual([20, 'percent']);
    expect(claims('30 percent of 2024 revenue', 'en').map((c) => [c.value, c.unit])).toEqual([[30, 'percent']]);
  });
});
