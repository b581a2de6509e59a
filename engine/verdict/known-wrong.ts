/**
 * Known wrong figures: facts with `rating: 'false'` (a fact-checker's ClaimReview rated the figure
 * false). They never support a claim: the checker sets their chains apart before agreement. When no
 * sourced figure gave a verdict and the claim agrees with such a figure, the claim repeats what the
 * checker rated false; it is contradicted, citing the checker, only when the gate's conditions about
 * the sentence hold (its subject named as the subject, a metric word, no other entity or unknown
 * name, a printed currency, a figure that is not vague, no other reading, no other date). The
 * conditions about the gap between figures do not apply: here the figure is the wrong one itself.
 */
import { agrees, distance } from '../match/agree';
import type { PreparedFact } from '../match/fact-base';
import { contradictionGate, type GateInput } from './gate';
import type { GateCondition } from './reasons';
import type { ChainScore } from './subjects';

/** The gate's conditions that are about the sentence, not about the figures. */
const SENTENCE_CONDITIONS: ReadonlySet<GateCondition> = new Set<GateCondition>([
  'subject-not-in-sentence', 'subject-only-attributed', 'no-metric-word', 'other-entity-named', 'unknown-name-near',
  'currency-implied', 'vague-figure', 'candidates-disagree', 'per-unit', 'other-date',
]);

export const isRatedFalse = (s: ChainScore): boolean => s.chain.head.rating === 'false';

/** The rated-false figure the claim repeats and what holds a contradiction back (empty: nothing). */
export function knownWrong(g: GateInput, wrong: ChainScore[]): { fact: PreparedFact; blocked: GateCondition[] } | undefined {
  const rates = g.base.rates;
  let best: { s: ChainScore; f: PreparedFact; d: number } | undefined;
  for (const s of wrong) {
    for (const f of s.chain.facts) {
      if (!agrees(g.claim, f, rates)) continue;
      const d = distance(g.claim, f, rates);
      if (!best || d < best.d || (d === best.d && s.relevance > best.s.relevance)) best = { s, f, d };
    }
  }
  if (!best) return undefined;
  const rivals = g.plausible.filter((s) => s !== best!.s);
  const gate = contradictionGate({ ...g, plausible: [best.s, ...rivals] });
  return { fact: best.f, blocked: gate.blocked.filter((c) => SENTENCE_CONDITIONS.has(c)) };
}
