/** Shared helpers for the extraction tests: every claim's text must be the slice it points to. */
import { expect } from 'vitest';
import { extractClaims } from '../../engine/extract/extract';
import type { Claim, Lang } from '../../engine/types';

export function claims(input: string, lang?: Lang): Claim[] {
  const out = extractClaims(input, lang ? { lang } : {});
  for (const c of out) {
    expect(c.text).toBe(input.slice(c.start, c.end));
    expect(c.sentence).toContain(c.text);
  }
  return out;
}

/** The only claim of `input` (fails when there are none or several). */
export function one(input: string, lang?: Lang): Claim {
  const out = claims(input, lang);
  expect(out.map((c) => `${c.text} = ${c.value} ${c.unit}`), input).toHaveLength(1);
  return out[0];
}

/** The claims as "text = value unit" lines, for readable failures. */
export function shown(input: string, lang?: Lang): string[] {
  return claims(input, lang).map((c) => `${c.text} = ${+c.value.toPrecision(12)} ${c.unit}`);
}

/** value and unit of the only claim, rounded to 12 significant digits (so 0.1 + 0.2 reads 0.3). */
export function valueUnit(input: string, lang?: Lang): [number, string] {
  const c = one(input, lang);
  return [+c.value.toPrecision(12), c.unit];
}
