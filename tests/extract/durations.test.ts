import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../engine/extract/extract';

describe('"over" before a duration', () => {
  it('is a span in "over four years", and "more than" in "for over 20 years"', () => {
    const claims = extractClaims('Stargate will invest $500 billion over four years. The lease runs for over 20 years.', { lang: 'en' });
    const by = new Map(claims.map((c) => [c.text, c.approx]));
    expect(by.get('four years')).toBe('exact');
    expect(by.get('20 years')).toBe('at-least');
  });
});
