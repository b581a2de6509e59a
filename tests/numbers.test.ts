/** parseNumberToken: thousands separators, decimal marks and codes, in French and English. */
import { describe, expect, it } from 'vitest';
import { parseNumberToken } from '../engine/extract/numbers';
import type { Lang } from '../engine/types';

/** Values read from a token (and the offsets must slice the token to digits only at both ends). */
function values(token: string, lang: Lang): number[] {
  const out = parseNumberToken(token, lang);
  for (const n of out) {
    expect(n.start).toBeGreaterThanOrEqual(0);
    expect(n.end).toBeLessThanOrEqual(token.length);
    expect(token.slice(n.start, n.end)).toMatch(/^\d(?:.*\d)?$/su);
  }
  return out.map((n) => n.value);
}

describe('parseNumberToken: thousands separators', () => {
  it.each([
    ['18 000', 18000],
    ['18\u00A0000', 18000],
    ['18\u202F000', 18000],
    ['18\u2009000', 18000],
    ['18\u2007000', 18000],
    ['1 000 000', 1_000_000],
    ['1\u202F000\u202F000\u202F000', 1e9],
  ])('space-like separator in %j → %d (both languages)', (token, value) => {
    expect(values(token, 'fr')).toEqual([value]);
    expect(values(token, 'en')).toEqual([value]);
  });

  it('"." groups thousands in French, "," in English', () => {
    expect(values('18.000', 'fr')).toEqual([18000]);
    expect(values('18,000', 'en')).toEqual([18000]);
    expect(values('1.000.000', 'fr')).toEqual([1_000_000]);
    expect(values('1,000,000', 'en')).toEqual([1_000_000]);
    // Repeated groups are thousands whatever the language.
    expect(values('1.000.000', 'en')).toEqual([1_000_000]);
    expect(values('2,000,000', 'fr')).toEqual([2_000_000]);
  });

  it('mixed marks: the first groups, the last is the decimal mark', () => {
    expect(values('1.234,5', 'fr')).toEqual([1234.5]);
    expect(values('1,234.5', 'en')).toEqual([1234.5]);
    expect(values('125.000,50', 'fr')).toEqual([125000.5]);
    expect(values('1 000,5', 'fr')).toEqual([1000.5]);
    expect(values('1 000.5', 'en')).toEqual([1000.5]);
  });
});

describe('parseNumberToken: decimals', () => {
  it.each([
    ['1,2', 'fr', 1.2],
    ['11,7', 'fr', 11.7],
    ['1.2', 'fr', 1.2],
    ['1.2', 'en', 1.2],
    ['11.7', 'en', 11.7],
    ['2,75', 'fr', 2.75],
    ['0,5', 'fr', 0.5],
    ['1000,5', 'fr', 1000.5],
  ] as const)('%j (%s) → %d', (token, lang, value) => {
    expect(values(token, lang)).toEqual([value]);
  });

  it('"13,800" is 13.8 in French and 13 800 in English; "1.234" the other way round', () => {
    expect(values('13,800', 'fr')).toEqual([13.8]);
    expect(values('13,800', 'en')).toEqual([13800]);
    expect(values('1.234', 'fr')).toEqual([1234]);
    expect(values('1.234', 'en')).toEqual([1.234]);
  });
});

describe('parseNumberToken: splitting and codes', () => {
  it('splits numbers that a space cannot join', () => {
    expect(values('1 1 1', 'fr')).toEqual([1, 1, 1]);
    expect(values('2024 1 500', 'fr')).toEqual([2024, 1500]);
    expect(values('3.5 2', 'en')).toEqual([3.5, 2]);
    expect(values('01 23 45', 'fr')).toEqual([1, 23, 45]);
  });

  it('returns offsets relative to the token', () => {
    const out = parseNumberToken('2024 1 500', 'fr');
    expect(out.map((n) => [n.start, n.end])).toEqual([[0, 4], [5, 10]]);
  });

  it('marks plain numbers (digits only) as candidate years', () => {
    expect(parseNumberToken('2027', 'fr')[0].plain).toBe(true);
    expect(parseNumberToken('2.027', 'en')[0].plain).toBe(false);
    expect(parseNumberToken('2 027', 'fr')[0].plain).toBe(false);
    expect(parseNumberToken('20,5', 'fr')[0].plain).toBe(false);
  });

  it('refuses version numbers and lists ("3.5.1", "1,2,3", "1.1.1.1")', () => {
    expect(values('3.5.1', 'en')).toEqual([]);
    expect(values('1,2,3', 'fr')).toEqual([]);
    expect(values('1.1.1.1', 'fr')).toEqual([]);
  });

  it('drops digit runs too long to be figures', () => {
    expect(values('9'.repeat(16), 'fr')).toEqual([]);
    expect(values('9'.repeat(1000), 'en')).toEqual([]);
    expect(values('123456789012345', 'en')).toEqual([123456789012345]);
  });

  it('stays fast on long separator runs (linear)', () => {
    // Not a timing test: these would take minutes if the parser were quadratic.
    expect(values('1 '.repeat(50_000).trim(), 'fr')).toHaveLength(50_000);
    expect(values(`1${'.000'.repeat(50_000)}`, 'fr')).toEqual([]); // too long a number
    expect(values('1.1'.repeat(1000), 'en')).toEqual([]);
  });
});
