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
/**
 * A contradiction needs the figure to be off by this factor at least, beyond tolerance: a clearly
 * wrong figure (a third, three times) is caught; a rounding, a conversion or a figure from a
 * slightly different scope is not called wrong.
 */
export const CLEAR_RATIO = 1.4;
/** Years: an opening that slipped a year is news, not an error; two years off is. */
const CLEAR_YEARS: Partial<Record<string, number>> = { 'opening-year': 2, 'founding-year': 1 };

/**
 * The fact as an interval. For agreement a bound ("up to $500bn", "more than 13,000") is the
 * bound's own figure: a figure merely inside it is consistent, not verified. For disagreement it
 * is the half-line it allows.
 */
function factInterval(f: PreparedFact, use: 'agree' | 'differ' = 'agree'): Interval {
  if (f.low !== undefined && f.high !== undefined) return [f.low, f.high];
  switch (f.approx) {
    case 'about':
      return f.dim === 'year' ? [f.value - 1, f.value + 1] : [f.value * (1 - ABOUT_TOLERANCE), f.value * (1 + ABOUT_TOLERANCE)];
    case 'at-least':
      return use === 'agree' ? [f.value, f.value] : [f.value, Infinity];
    case 'at-most':
      return use === 'agree' ? [f.value, f.value] : [-Infinity, f.value];
    default:
      return [f.value, f.value];
  }
}

/** True when the fact is a bound and the claim lies inside it without stating it (consistent, not verified). */
export function withinBound(claim: Claim, fact: PreparedFact, rates: RateTable): boolean {
  if (fact.approx !== 'at-least' && fact.approx !== 'at-most') return false;
  if (fact.low !== undefined && fact.high !== undefined) return false;
  // Two bounds of the same direction compare as figures ("pas plus de 1 GW" against "up to 5 GW").
  if (claim.approx === fact.approx) return false;
  const c = claimInterval(claim, fact, rates);
  return !!c && overlaps(c, factInterval(fact, 'differ')) && !agrees(claim, fact, rates);
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

/**
 * True when the claim's figure is clearly not the fact's: off by CLEAR_RATIO beyond tolerance
 * (years: by whole years). A claim's bound is wrong only when the fact lies clearly outside it
 * ("more than 6 billion" is not contradicted by 20 billion).
 */
export function clearlyDiffers(claim: Claim, fact: PreparedFact, rates: RateTable): boolean {
  if (claim.approx === 'several') return false;
  // Two bounds of the same direction ("jusqu’à 300 MW" against "up to 100 MW") compare as figures.
  const sameBound = (claim.approx === 'at-least' || claim.approx === 'at-most') && claim.approx === fact.approx &&
    fact.low === undefined;
  const c = claimInterval(sameBound ? { ...claim, approx: 'exact' } : claim, fact, rates, 1);
  if (!c) return false;
  if (!sameBound && claim.approx === 'at-least') c[1] = Infinity;
  if (!sameBound && claim.approx === 'at-most') c[0] = -Infinity;
  const f = sameBound ? ([fact.value, fact.value] as Interval) : factInterval(fact, 'differ');
  if (fact.dim === 'year') {
    const gap = CLEAR_YEARS[fact.metric] ?? 1;
    return !overlaps([c[0] - gap + 1, c[1] + gap - 1], f);
  }
  const widened: Interval = [c[0] / CLEAR_RATIO, c[1] * CLEAR_RATIO];
  return !overlaps(widened, f);
}

/** The claim's figure against the sum of sourced parts (same unit as the first part). */
export function agreesWithSum(claim: Claim, parts: PreparedFact[], rates: RateTable): boolean {
  if (parts.length < 2) return false;
  let sum = 0;
  const first = parts[0];
  for (const p of parts) {
    if (p.unit !== first.unit) {
      const v = convert(rates, p.value, p.unit, first.unit, Number(p.asOf.slice(0, 4)));
      if (v === undefined) return false;
      sum += v;
    } else sum += p.value;
  }
  const total: PreparedFact = { ...first, value: sum, approx: undefined, low: undefined, high: undefined };
  return agrees(claim, total, rates);
}

/** How far apart two figures are (log ratio), to pick the closest agreeing fact. */
export function distance(claim: Claim, fact: PreparedFact, rates: RateTable): number {
  // A bound is as far as its own figure: "plus de 450 milliards" is closest to 450, not to 675.
  const point = claim.approx === 'at-least' || claim.approx === 'at-most' ? { ...claim, approx: 'exact' as const } : claim;
  const c = claimInterval(point, fact, rates);
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
