/**
 * Step 4 — agreement: does a sourced figure of a plausible chain agree with the claim? Among the
 * plausible chains nearly as relevant as the best agreeing one, the closest figure wins (a
 * current one on a tie): supported if current, outdated if superseded — unless the sentence
 * dates the figure to when it was true ("en 2024, … valait"), or a current figure of the same
 * quantity agrees too (sources that disagree). A figure equal to the sum of sourced parts of one
 * total is supported as that total.
 */
import type { Claim } from '../types';
import { agrees, agreesWithSum, distance } from '../match/agree';
import type { FactBase, PreparedFact } from '../match/fact-base';
import type { ChainScore } from './subjects';

/** Agreeing chains at least this relevant (vs the most relevant agreeing one) compete on closeness. */
const AGREEING_BAND = 0.7;

export type Agreement =
  | { kind: 'total'; parts: PreparedFact[]; total?: PreparedFact }
  | { kind: 'current'; fact: PreparedFact; chain: ChainScore; disputing: PreparedFact[] }
  | { kind: 'past'; fact: PreparedFact; chain: ChainScore; newer?: PreparedFact }
  | { kind: 'superseded'; fact: PreparedFact; chain: ChainScore; newer: PreparedFact };

interface Hit {
  s: ChainScore;
  f: PreparedFact;
  d: number;
}

const year = (f: PreparedFact) => Number(f.asOf.slice(0, 4));

export function findAgreement(base: FactBase, claim: Claim, plausible: ChainScore[], datedYear?: number): Agreement | undefined {
  const rates = base.rates;
  const agreeing: Hit[] = [];
  for (const s of plausible) {
    for (const f of s.chain.facts) if (agrees(claim, f, rates)) agreeing.push({ s, f, d: distance(claim, f, rates) });
  }
  if (!agreeing.length) return disputedElsewhere(base, claim, plausible) ?? sumOfParts(base, claim, plausible);

  const bar = Math.max(...agreeing.map((a) => a.s.relevance)) * AGREEING_BAND;
  let banded = agreeing.filter((a) => a.s.relevance >= bar);
  // A sentence dated to a past year: the figure is judged against the facts of that time only.
  if (datedYear !== undefined) {
    banded = banded.filter((a) => year(a.f) <= datedYear);
    if (!banded.length) return undefined;
  }
  const pick = banded.sort(
    (a, b) =>
      a.d - b.d ||
      // Equally close: the reading the sentence supports better (its metric words sit nearer the figure).
      (Math.abs(b.s.relevance - a.s.relevance) > 0.1 * Math.max(a.s.relevance, b.s.relevance) ? b.s.relevance - a.s.relevance : 0) ||
      Number(b.f === b.s.chain.head) - Number(a.f === a.s.chain.head) ||
      b.s.relevance - a.s.relevance ||
      a.s.chain.rank - b.s.chain.rank ||
      b.f.asOf.localeCompare(a.f.asOf),
  )[0];
  const head = pick.s.chain.head;
  if (datedYear !== undefined) return { kind: 'past', fact: pick.f, chain: pick.s, newer: pick.f === head ? undefined : head };
  // "Outdated" says the figure is no longer the latest: not so when a current figure of the same
  // entity and metric agrees just as closely, even from a less relevant chain.
  // A range or a bound that covers its chain's current figure as well as an older one is not outdated.
  const loose = claim.approx === 'range' || claim.approx === 'at-least' || claim.approx === 'at-most';
  const current =
    pick.f === head
      ? pick
      : agreeing.find(
          (a) => a.f === a.s.chain.head && (a.d <= pick.d || (loose && a.s === pick.s)) &&
            a.s.chain.entity === pick.s.chain.entity && a.s.chain.metric === pick.s.chain.metric,
        );
  if (current) return { kind: 'current', fact: current.f, chain: current.s, disputing: disputesOf(base, current.f) };
  // A superseded figure that a current source still gives (the two disagree) is not outdated.
  if (disputesOf(base, pick.f).some((g) => base.chains.get(g.chain)?.head === g)) {
    return { kind: 'current', fact: pick.f, chain: pick.s, disputing: disputesOf(base, pick.f) };
  }
  return { kind: 'superseded', fact: pick.f, chain: pick.s, newer: head };
}

/**
 * Sources that disagree may sit under two subjects ("Sesterce" and "Sesterce (Valence)"): a claim
 * agreeing with a fact that disputes a current candidate figure is supported by it, the candidate
 * shown as the other source.
 */
function disputedElsewhere(base: FactBase, claim: Claim, plausible: ChainScore[]): Agreement | undefined {
  for (const s of plausible) {
    const f = s.chain.head;
    for (const g of disputesOf(base, f)) {
      if (base.chains.get(g.chain)?.head !== g || !agrees(claim, g, base.rates)) continue;
      return { kind: 'current', fact: g, chain: s, disputing: [f, ...disputesOf(base, g).filter((x) => x !== f)] };
    }
  }
  return undefined;
}

/** Facts that give another figure for the same quantity at the same time (either side may say so). */
export function disputesOf(base: FactBase, f: PreparedFact): PreparedFact[] {
  const out = new Set<PreparedFact>();
  for (const id of f.disputes ?? []) {
    const g = base.byId.get(id);
    if (g && g !== f) out.add(g);
  }
  for (const s of base.chains.get(f.chain)?.facts ?? []) if (s !== f && s.disputes?.includes(f.id)) out.add(s);
  return [...out];
}

/** "A total of €X for the two phases": the claim agrees with the sum of a total's sourced parts. */
function sumOfParts(base: FactBase, claim: Claim, plausible: ChainScore[]): Agreement | undefined {
  const labels = new Set<string>();
  for (const s of plausible) for (const f of s.chain.facts) if (f.partOf) labels.add(f.partOf);
  for (const label of labels) {
    // The current figure of each part (a part's chain head), of this dimension.
    const parts = (base.parts.get(label) ?? []).filter((p) => base.chains.get(p.chain)?.head === p && p.dim === plausible[0].chain.dim);
    if (agreesWithSum(claim, parts, base.rates)) return { kind: 'total', parts, total: base.byId.get(label) };
  }
  return undefined;
}
