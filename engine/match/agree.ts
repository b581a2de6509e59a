/**
 * Does a claim's figure agree with a fact's? Both become intervals in the fact's unit (currencies
 * converted at the fact's year), widened by a tolerance that depends on what is measured and on
 * how the page qualified the figure. "près de 18 000" agrees with 18,000; "plus de 6 milliards"
 * is checked as a bound; "entre 250 et 600 MW" as a range.
 */
import type { Claim } from '../types';
import { convert, type RateTable } from '../facts/rates';
import { UNIT_INFO, isCurrency } from '../units';
import type { PreparedFact } from './fact-base';

type Interval = [number, number];

/** Extra tolerance when the claim's currency differs from the fact's (yearly average rates). */
const CROSS_CURRENCY_TOLERANCE = 0.1;
/** "près de", "environ", "quelque", "nearly". */
const ABOUT_TOLERANCE = 0.1;
/**
 * News bounds sit close to the real figure: "plus de 6 milliards" means 6 and a bit, not 600;
 * "jusqu’à 100 milliards" means up to 100, not 3. A bound covers a factor of 2 on its open side.
 */
const BOUND_SPAN = 2;
/** A contradiction needs the figure to be off by more than this (relative), beyond tolerance. */
export const CLEAR_GAP = 0.15;

function factInterval(f: PreparedFact): Interval {
  if (f.low !== undefined && f.high !== undefined) return [f.low, f.high];
  switch (f.approx) {
    case 'about':
      return f.dim === 'year' ? [f.value - 1, f.value + 1] : [f.value * (1 - ABOUT_TOLERANCE), f.value * (1 + ABOUT_TOLERANCE)];
    case 'at-least':
      return [f.value, f.value * BOUND_SPAN];
    case 'at-most':
      return [f.value / BOUND_SPAN, f.value];
    default:
      return [f.value, f.value];
  }
}

/** The claim as an interval in the fact's unit; undefined when it cannot be compared (no rate). */
export function claimInterval(claim: Claim, fact: PreparedFact, rates: RateTable, slack = 1): Interval | undefined {
  let lo = claim.low ?? claim.value;
  let hi = claim.high ?? claim.value;
  let tol = UNIT_INFO[fact.unit].tolerance * slack;
  if (isCurrency(claim.unit) && claim.unit !== fact.unit) {
    const year = Number(fact.asOf.slice(0, 4));
    const a = convert(rates, lo, claim.unit, fact.unit, year);
    const b = convert(rates, hi, claim.unit, fact.unit, year);
    if (a === undefined || b === undefined) return undefined;
    lo = a;
    hi = b;
    tol += CROSS_CURRENCY_TOLERANCE;
  } else if (claim.unit !== fact.unit) {
    return undefined;
  }
  if (fact.dim === 'year') {
    const y = claim.approx === 'about' ? 1 : 0;
    if (claim.approx === 'at-most') return [hi - 10, hi];
    if (claim.approx === 'at-least') return [lo, lo + 10];
    return [lo - y, hi + y];
  }
  switch (claim.approx) {
    case 'about':
      tol += ABOUT_TOLERANCE;
      return [lo * (1 - tol), hi * (1 + tol)];
    case 'at-least':
      return [lo * (1 - tol), lo * BOUND_SPAN];
    case 'at-most':
      return [hi / BOUND_SPAN, hi * (1 + tol)];
    default:
      return [lo * (1 - tol), hi * (1 + tol)];
  }
}

function overlaps(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** True when the claim's figure fits the fact. */
export function agrees(claim: Claim, fact: PreparedFact, rates: RateTable): boolean {
  const c = claimInterval(claim, fact, rates);
  return !!c && overlaps(c, factInterval(fact));
}

/** True when the claim's figure is clearly not the fact's (off by more than tolerance + CLEAR_GAP). */
export function clearlyDiffers(claim: Claim, fact: PreparedFact, rates: RateTable): boolean {
  if (claim.approx === 'several') return false;
  const c = claimInterval(claim, fact, rates, 1);
  if (!c) return false;
  const f = factInterval(fact);
  if (fact.dim === 'year' || fact.dim === 'count') return !overlaps(c, f);
  const widened: Interval = [c[0] * (1 - CLEAR_GAP), c[1] * (1 + CLEAR_GAP)];
  return !overlaps(widened, f);
}

/** How far apart two figures are (log ratio), to pick the closest agreeing fact. */
export function distance(claim: Claim, fact: PreparedFact, rates: RateTable): number {
  const c = claimInterval(claim, fact, rates);
  if (!c) return Infinity;
  const mid = Number.isFinite(c[1]) ? (c[0] + c[1]) / 2 : c[0];
  const f = factInterval(fact);
  const fm = Number.isFinite(f[1]) ? (f[0] + f[1]) / 2 : f[0];
  if (fact.dim === 'year') return Math.abs(mid - fm);
  return Math.abs(Math.log(Math.max(mid, 1e-9) / Math.max(fm, 1e-9)));
}

/**
 * Is the figure between two figures this chain has had? A valuation or a chip count that grew
 * from 100,000 to 200,000 passed through 150,000: a figure in between is history we did not
 * record, not a contradiction.
 */
export function withinHistory(claim: Claim, facts: PreparedFact[], rates: RateTable): boolean {
  if (facts.length < 2) return false;
  let lo = Infinity;
  let hi = -Infinity;
  let mid: number | undefined;
  for (const f of facts) {
    const c = claimInterval(claim, f, rates);
    if (!c) return false;
    const m = Number.isFinite(c[1]) ? (c[0] + c[1]) / 2 : c[0];
    mid ??= m;
    const [a, b] = factInterval(f);
    lo = Math.min(lo, a);
    hi = Math.max(hi, Number.isFinite(b) ? b : a);
  }
  return mid !== undefined && mid >= lo && mid <= hi;
}
