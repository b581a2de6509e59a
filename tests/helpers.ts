/**
 * Shared helpers of the fixture, seed and verdict suites: the bundled checker (built once), and the
 * comparison of checked claims with a list of expected figures.
 */
import { createEngine, type Checker, type CheckedClaim, type Engine } from '../engine';
import type { FactPack } from '../engine/facts/schema';
import type { RateTable } from '../engine/facts/rates';
import type { Approx, Lang, Unit, Verdict } from '../engine/types';
import { loadBundledPack, loadRates, ROOT } from '../facts/node';
import { explainAll } from '../i18n/explain';

export { ROOT };

/** One figure a page prints, as listed in expected.json / seeds.expected.json. */
export interface ExpectedFigure {
  /** The claim text exactly as extracted (`claim.text`). */
  text: string;
  value: number;
  unit: Unit;
  /** How the page qualified it ("plus de" → at-least), and a range's bounds. */
  approx?: Approx;
  low?: number;
  high?: number;
  verdict?: Verdict;
  /** Id of the fact the verdict rests on (`claim.fact.id`). */
  fact?: string;
  /** For outdated figures: id of the newest fact (`claim.newer.id`). */
  newer?: string;
  /** Why this verdict is right (for people; not checked). */
  why?: string;
}

let bundled: Engine | undefined;

/** The engine over the bundled pack (facts/src + the Epoch import) and the bundled rates, built once per test file. */
export function bundledEngine(): Engine {
  bundled ??= createEngine({ packs: [loadBundledPack()], rates: loadRates(), explain: explainAll });
  return bundled;
}

export function bundledChecker(): Checker {
  return bundledEngine().checker;
}

/** A checker over packs built in a test (first pack wins on duplicate ids). */
export function checkerFor(packs: FactPack[], rates: RateTable): Checker {
  return createEngine({ packs, rates, explain: explainAll }).checker;
}

export function checkWithBundled(text: string, opts: { title?: string; pageLang?: Lang } = {}): CheckedClaim[] {
  return bundledEngine().checkText(text, opts);
}

/** Relative closeness for values that went through decimal parsing ("1,2 milliard" → 1.2 × 10⁹). */
export function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1);
}

function show(c: CheckedClaim): string {
  const fact = c.fact ? ` fact=${c.fact.id}` : '';
  const newer = c.newer ? ` newer=${c.newer.id}` : '';
  return `"${c.text}" value=${c.value} ${c.unit} ${c.verdict}${fact}${newer} — ${c.explanation}`;
}

/**
 * Compares checked claims with the expected figures. Expected figures are matched to claims with
 * the same text, in document order (a page may print the same figure twice). Returns one line per
 * problem: missing figures, wrong value/unit/verdict/fact, and claims nobody expected.
 */
export function compareFigures(claims: CheckedClaim[], expected: ExpectedFigure[]): string[] {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const want of expected) {
    const i = claims.findIndex((c, k) => !used.has(k) && c.text === want.text);
    if (i < 0) {
      problems.push(`missing: "${want.text}" (${want.value} ${want.unit})`);
      continue;
    }
    used.add(i);
    const got = claims[i];
    const wrong: string[] = [];
    if (!close(got.value, want.value)) wrong.push(`value ${got.value} ≠ ${want.value}`);
    if (got.unit !== want.unit) wrong.push(`unit ${got.unit} ≠ ${want.unit}`);
    if (want.approx && got.approx !== want.approx) wrong.push(`approx ${got.approx} ≠ ${want.approx}`);
    if (want.low !== undefined && !close(got.low ?? NaN, want.low)) wrong.push(`low ${got.low} ≠ ${want.low}`);
    if (want.high !== undefined && !close(got.high ?? NaN, want.high)) wrong.push(`high ${got.high} ≠ ${want.high}`);
    if (want.verdict && got.verdict !== want.verdict) wrong.push(`verdict ${got.verdict} ≠ ${want.verdict}`);
    if (want.fact && got.fact?.id !== want.fact) wrong.push(`fact ${got.fact?.id ?? 'none'} ≠ ${want.fact}`);
    if (want.newer && got.newer?.id !== want.newer) wrong.push(`newer ${got.newer?.id ?? 'none'} ≠ ${want.newer}`);
    if (wrong.length) problems.push(`wrong: ${wrong.join(', ')} — got ${show(got)}`);
  }
  claims.forEach((c, k) => {
    if (!used.has(k)) problems.push(`spurious: ${show(c)}`);
  });
  return problems;
}
