/** Bounds and ranges: which way a qualifier points, and ranges printed with the unit twice. */
import { describe, expect, it } from 'vitest';
import { claims, one } from './helpers';

const approx = (input: string, lang: 'fr' | 'en' | 'de' | 'es' | 'it') => one(input, lang).approx;

describe('bounds', () => {
  it('at most: "no more than", "pas plus de", "en dessous de", "lower than", "bis zu", "hasta", "fino a"', () => {
    expect(approx('The site will draw no more than 500 MW.', 'en')).toBe('at-most');
    expect(approx('Le site ne consommera pas plus de 500 MW.', 'fr')).toBe('at-most');
    expect(approx('une consommation en dessous de 500 MW', 'fr')).toBe('at-most');
    expect(approx('a price lower than $30,000', 'en')).toBe('at-most');
    expect(approx('not more than 20,000 GPUs', 'en')).toBe('at-most');
    expect(approx('bis zu 1,5 Gigawatt', 'de')).toBe('at-most');
    expect(approx('hasta 300 MW', 'es')).toBe('at-most');
    expect(approx('fino a 200 MW', 'it')).toBe('at-most');
  });

  it('at least: "no less than", "pas moins de", "plus que", "more than", "mindestens", "más de", "oltre"', () => {
    expect(approx('The fund needs no less than $500 billion.', 'en')).toBe('at-least');
    expect(approx('pas moins de 18 000 puces', 'fr')).toBe('at-least');
    expect(approx('un investissement plus que 2 milliards d’euros', 'fr')).toBe('at-least');
    expect(approx('more than 1 GW', 'en')).toBe('at-least');
    expect(approx('mindestens 100 MW', 'de')).toBe('at-least');
    expect(approx('más de 1.000 millones de euros', 'es')).toBe('at-least');
    expect(approx('oltre 500 milioni di euro', 'it')).toBe('at-least');
  });

  it('about: "près de", "nearly", "rund", "unos", "circa"', () => {
    expect(approx('près de 40 MW', 'fr')).toBe('about');
    expect(approx('nearly $100 billion', 'en')).toBe('about');
    expect(approx('rund 2 Milliarden Euro', 'de')).toBe('about');
    expect(approx('unos 18.000 procesadores', 'es')).toBe('about');
    expect(approx('circa 18.000 GPU', 'it')).toBe('about');
  });
});

describe('ranges with the unit repeated', () => {
  it('one range claim: "from $30 billion to $45 billion", "entre 15 euros et 25 euros"', () => {
    for (const [input, lang, low, high, unit] of [
      ['The round grew from $30 billion to $45 billion.', 'en', 30e9, 45e9, 'USD'],
      ['Le ticket coûte entre 15 euros et 25 euros.', 'fr', 15, 25, 'EUR'],
      ['between 100 MW and 300 MW', 'en', 100e6, 300e6, 'W'],
      ['entre 250 MW et 1 GW', 'fr', 250e6, 1e9, 'W'],
      ['zwischen 2 Milliarden Euro und 3 Milliarden Euro', 'de', 2e9, 3e9, 'EUR'],
      ['€5m–€10m', 'en', 5e6, 10e6, 'EUR'],
    ] as const) {
      const c = one(input, lang);
      expect([c.approx, c.value, c.low, c.high, c.unit], input).toEqual(['range', low, low, high, unit]);
    }
  });

  it('two figures joined by "et"/"and" without an opener stay two: "40 MW et 60 MW"', () => {
    expect(claims('Le premier site fait 40 MW et 60 MW pour le second.', 'fr').map((c) => [c.text, c.approx])).toEqual([
      ['40 MW', 'exact'], ['60 MW', 'exact'],
    ]);
  });
});
