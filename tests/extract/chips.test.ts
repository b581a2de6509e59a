/** Chip counts: model names, brands and extra words between the number and the noun. */
import { describe, expect, it } from 'vitest';
import { claims, one } from './helpers';

const gpus = (input: string) => {
  const c = one(input, 'en');
  expect(c.unit, input).toBe('GPU');
  return c;
};

describe('chip counts', () => {
  it('a model code as the noun: "40,000 more H200s", "12,000 Nvidia GB300s"', () => {
    for (const [input, value, text] of [
      ['xAI will add 40,000 more H200s this year.', 40000, '40,000 more H200s'],
      ['The cluster holds 12,000 Nvidia GB300s.', 12000, '12,000 Nvidia GB300s'],
      ['Microsoft ordered 100,000 B200 for the site.', 100000, '100,000 B200'],
      ['a fleet of 8,000 AMD MI300X', 8000, '8,000 AMD MI300X'],
      ['They installed 4,096 H100s.', 4096, '4,096 H100s'],
    ] as const) {
      const c = gpus(input);
      expect([c.value, c.text]).toEqual([value, text]);
    }
  });

  it('brands and adjectives before the noun: "25,000 new Blackwell GPUs"', () => {
    for (const [input, value] of [
      ['The site will get 25,000 new Blackwell GPUs.', 25000],
      ['It bought 50,000 additional Nvidia H100 GPUs.', 50000],
      ['with 18 000 processeurs GPU Blackwell', 18000],
      ['some 20,000 advanced AI chips', 20000],
      ['10,000 Google TPUs', 10000],
    ] as const) {
      expect(gpus(input).value).toBe(value);
    }
  });

  it('"80k GPUs", "100k H100 chips": a thousands letter before chips', () => {
    expect(gpus('Meta plans 80k GPUs in Louisiana.').value).toBe(80000);
    expect(gpus('a cluster of 100k H100 chips').value).toBe(100000);
  });

  it('the noun after "of": "a cluster of 20,000 accelerators"', () => {
    expect(gpus('They built a cluster of 20,000 accelerators.').value).toBe(20000);
    expect(gpus('un parc de 5 000 accélérateurs').value).toBe(5000);
  });

  it('the noun given in the previous clause: "30,000 GPUs, of which 12,000 are…"', () => {
    const out = claims('The site has 30,000 GPUs, of which 12,000 are H100s.', 'en');
    expect(out.map((c) => [c.text, c.value, c.unit])).toEqual([['30,000 GPUs', 30000, 'GPU'], ['12,000', 12000, 'GPU']]);
    const fr = claims('Le campus compte 18 000 puces, dont 6 000 sont déjà installées.', 'fr');
    expect(fr.map((c) => [c.value, c.unit])).toEqual([[18000, 'GPU'], [6000, 'GPU']]);
    const de = claims('Das Rechenzentrum hat 10.000 GPUs, davon 4.000 im ersten Bauabschnitt.', 'de');
    expect(de.map((c) => [c.value, c.unit])).toEqual([[10000, 'GPU'], [4000, 'GPU']]);
  });

  it('"of which" with no figure before it in the sentence is no claim', () => {
    expect(claims('Of which 12,000 are new, nobody knows.', 'en')).toEqual([]);
  });
});
