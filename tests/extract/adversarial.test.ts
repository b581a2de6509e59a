/**
 * The extractor stays linear on inputs built against the patterns added for issue 10: each input
 * at n and 4n characters. A pattern that backtracks badly or rescans the text costs seconds on
 * 100k characters (quadratic: 10^10 steps), so the large run must finish in well under that; when
 * both runs are long enough to time, four times the text must cost under 8× (quadratic gives 16×).
 * Best of three runs, so a busy machine does not fail the test. `npm run bench` measures the same
 * at 1 MB.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../engine/extract/extract';

function best(fn: () => unknown): number {
  let min = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const N = 25_000;
const INPUTS: [string, string][] = [
  ['minus signs and parentheses', '(-1) '],
  ['"of which" with no figure', 'of which 1, '],
  ['cents joins', '1 dollars and 2 '],
  ['weak words before currency words', 'one dollar and one '],
  ['fractions', 'a third of '],
  ['halves', 'half a billion '],
  ['quarters and year parts', 'Q1 mid-2027 fin '],
  ['months with "de"', 'febrero de 2027 '],
  ['per connectors', '1 MW per per rack '],
  ['multipliers', '2x 3 fois plus multiplié par '],
  ['unit symbols', '1 m² 2 km 3 Go 4 t '],
  ['exponents', '1^2^3^'],
  ['hyphenated word numbers', 'twenty-one-two-three-'],
  ['loss words', 'a loss of a loss of 1 '],
  ['abbreviation dots', '1 Mrd. 2 Mio. '],
  ['percent before', 'percent of percent of 3 '],
];

describe('linear on adversarial inputs (issue 10 patterns)', () => {
  it.each(INPUTS)('%s', (_name, unit) => {
    const at = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const small = at(N);
    const large = at(4 * N);
    extractClaims(small); // warm up
    extractClaims(large);
    const t1 = best(() => extractClaims(small));
    const t2 = best(() => extractClaims(large));
    expect(t2, 'ms for 100k characters').toBeLessThan(1500);
    // Below ~100 ms, GC pauses and other processes make the ratio noise.
    if (t1 > 100) expect(t2 / t1, `${t1.toFixed(1)} → ${t2.toFixed(1)} ms`).toBeLessThan(8);
  });
});
