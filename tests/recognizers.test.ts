/**
 * Scores the extractor on Microsoft Recognizers-Text specs (currencies and percentages), read at
 * test time from ../shared/external/recognizers-text/Specs (never copied into this repository).
 * When that folder is missing, the suite is skipped with a printed reason.
 *
 * In scope: cases whose expected units all map to our currency codes (and every percentage case),
 * minus cases marked NotSupported for "javascript". A case passes when each expected result is
 * found with the same value and unit, and no extra money/percent claim is produced.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../engine/extract/extract';
import type { Claim, Lang } from '../engine/types';
import { isCurrency } from '../engine/units';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const SPECS = join(repoRoot, '..', 'shared', 'external', 'recognizers-text', 'Specs');

/** Floors: the scores reached when these were set. A drop below one fails the suite. */
const FLOORS = {
  'French currency': 77, // of 78 in scope
  'English currency': 95, // of 99 in scope
  'French percent': 17, // of 17 in scope
  'English percent': 15, // of 15 in scope
} as const;
/**
 * Overall floor (issue 10): at least 97% of the in-scope cases. The five cases left fail by design:
 * each expects a bare unit word ("dollar", "rmb") with no number as a result, never a claim of ours.
 */
const OVERALL_FLOOR = 0.97;
const scores: { passed: number; total: number }[] = [];
type SpecName = keyof typeof FLOORS;

/** Expected unit names of the specs (French and English spellings) → our codes. */
const UNIT_MAP: Record<string, string> = {
  Dollar: 'USD',
  'Dollar États-Unis': 'USD',
  'United States dollar': 'USD',
  Euro: 'EUR',
  'British pound': 'GBP',
  Livre: 'GBP',
  Pound: 'GBP',
  'Swiss franc': 'CHF',
  'Franc Suisse': 'CHF',
  'Swedish krona': 'SEK',
  'Japanese yen': 'JPY',
  'Yen Japonais': 'JPY',
  'Chinese yuan': 'CNY',
  'Yuan Chinois': 'CNY',
};

interface SpecResult {
  Text: string;
  TypeName?: string;
  Resolution?: { value?: string | null; unit?: string };
  Start: number;
  End: number;
}
interface SpecCase {
  Input: string;
  NotSupported?: string;
  Results?: SpecResult[];
}

const FILES: { name: SpecName; path: string[]; lang: Lang; kind: 'currency' | 'percent' }[] = [
  { name: 'French currency', path: ['NumberWithUnit', 'French', 'CurrencyModel.json'], lang: 'fr', kind: 'currency' },
  { name: 'English currency', path: ['NumberWithUnit', 'English', 'CurrencyModel.json'], lang: 'en', kind: 'currency' },
  { name: 'French percent', path: ['Number', 'French', 'PercentModel.json'], lang: 'fr', kind: 'percent' },
  { name: 'English percent', path: ['Number', 'English', 'PercentModel.json'], lang: 'en', kind: 'percent' },
];

/** Spec values are strings, French ones with a decimal comma ("2,75", "4,8%"); null for a bare unit. */
export function specNumber(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = Number(value.replace('%', '').replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

interface Expected {
  value: number | undefined;
  unit: string;
}

/** The expected results of a case, or undefined when the case is out of scope. */
export function inScope(c: SpecCase, kind: 'currency' | 'percent'): Expected[] | undefined {
  if (c.NotSupported && /javascript/i.test(c.NotSupported)) return undefined;
  const out: Expected[] = [];
  for (const r of c.Results ?? []) {
    if (kind === 'percent') {
      out.push({ value: specNumber(r.Resolution?.value), unit: 'percent' });
      continue;
    }
    const unit = UNIT_MAP[r.Resolution?.unit ?? ''];
    if (!unit) return undefined; // any out-of-scope unit puts the whole case out of scope
    out.push({ value: specNumber(r.Resolution?.value), unit });
  }
  return out;
}

/** Does the extractor's output satisfy the case? Each expected result found, no extra claim of the kind. */
export function passes(expected: Expected[], claims: Claim[], kind: 'currency' | 'percent'): boolean {
  const relevant = claims.filter((c) => (kind === 'currency' ? isCurrency(c.unit) : c.unit === 'percent'));
  if (relevant.length !== expected.length) return false;
  const left = [...relevant];
  for (const e of expected) {
    if (e.value === undefined) return false; // a bare unit word ("dollar"): never a claim of ours
    const i = left.findIndex((c) => c.unit === e.unit && close(c.value, e.value!));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

const missing = !existsSync(SPECS);
if (missing) console.log(`recognizers: skipped, spec folder not found at ${SPECS}`);

describe.skipIf(missing)('Recognizers-Text specs', () => {
  // The matching logic itself must be able to fail.
  it('scores a case only when value and unit match and nothing extra is found', () => {
    const exp = [{ value: 75e6, unit: 'USD' }];
    const claim = (value: number, unit: Claim['unit']) =>
      ({ text: '', start: 0, end: 0, value, unit, approx: 'exact', sentence: '', lang: 'en' }) as Claim;
    expect(passes(exp, [claim(75e6, 'USD')], 'currency')).toBe(true);
    expect(passes(exp, [claim(75e6, 'EUR')], 'currency')).toBe(false);
    expect(passes(exp, [claim(75e3, 'USD')], 'currency')).toBe(false);
    expect(passes(exp, [claim(75e6, 'USD'), claim(5, 'GBP')], 'currency')).toBe(false);
    expect(passes(exp, [claim(75e6, 'USD'), claim(5, 'percent')], 'currency')).toBe(true);
    expect(passes([], [], 'percent')).toBe(true);
    expect(specNumber('2,75')).toBe(2.75);
    expect(specNumber('4,8%')).toBe(4.8);
    expect(inScope({ Input: '', Results: [{ Text: '', Resolution: { value: '1', unit: 'Cent' }, Start: 0, End: 0 }] }, 'currency')).toBeUndefined();
    expect(inScope({ Input: '', NotSupported: 'python, javascript', Results: [] }, 'percent')).toBeUndefined();
  });

  for (const file of FILES) {
    it(`${file.name}: score stays above its floor`, () => {
      const raw = readFileSync(join(SPECS, ...file.path), 'utf8').replace(/^\uFEFF/, '');
      const cases = JSON.parse(raw) as SpecCase[];
      let total = 0;
      let passed = 0;
      const failures: string[] = [];
      for (const c of cases) {
        const expected = inScope(c, file.kind);
        if (!expected) continue;
        // The spec's own offsets are inclusive: check we read them right on the way.
        for (const r of c.Results ?? []) expect(c.Input.slice(r.Start, r.End + 1).toLowerCase()).toBe(r.Text.toLowerCase());
        total++;
        const claims = extractClaims(c.Input, { lang: file.lang });
        for (const cl of claims) expect(cl.text).toBe(c.Input.slice(cl.start, cl.end));
        if (passes(expected, claims, file.kind)) passed++;
        else failures.push(`${JSON.stringify(c.Input.slice(0, 160))} → ${claims.map((x) => `${x.text}=${x.value} ${x.unit}`).join('; ')}`);
      }
      const pct = total ? (100 * passed) / total : 0;
      console.log(`recognizers ${file.name}: ${passed}/${total} (${pct.toFixed(1)}%)`);
      if (process.env.RECOGNIZERS_VERBOSE) for (const f of failures) console.log(`  ✗ ${f}`);
      expect(total).toBeGreaterThan(0);
      expect(passed).toBeGreaterThanOrEqual(FLOORS[file.name]);
      scores.push({ passed, total });
    });
  }

  it(`all four files together: at least ${OVERALL_FLOOR * 100}% in scope`, () => {
    expect(scores).toHaveLength(FILES.length);
    const passed = scores.reduce((n, s) => n + s.passed, 0);
    const total = scores.reduce((n, s) => n + s.total, 0);
    console.log(`recognizers overall: ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`);
    expect(passed / total).toBeGreaterThanOrEqual(OVERALL_FLOOR);
  });
});
