/**
 * Step 3 — candidates: the chains that could be what the figure is about. Relevance is subject
 * evidence × (1 + metric evidence); a chain with no metric word is never a candidate.
 */
import type { Claim } from '../types';
import type { Dimension } from '../units';
import type { FactBase } from '../match/fact-base';
import type { Token } from '../match/text';
import type { ClaimWindow } from './claim-window';
import type { MetricHits } from './metrics';
import { GENITIVE } from './sentence-words';
import type { ChainScore } from './subjects';

/** Chains this much less relevant than the best one are not considered. */
export const PLAUSIBLE_RATIO = 0.35;
/** How many tokens after the figure may hold its owner in the genitive ("… d’OpenAI"). */
const OWNER_TOKENS = 3;

export interface Candidates {
  plausible: ChainScore[];
  /** Per-unit figures compared with totals were set aside (or the reverse). */
  perUnitMismatch: boolean;
}

export function findCandidates(
  base: FactBase, claim: Claim, w: ClaimWindow, dim: Dimension, scores: Map<string, ChainScore>, hits: MetricHits,
): Candidates {
  let list = [...scores.values()].filter((s) => s.relevance > 0);
  // Per-unit figures ("64 GPUs per rack", "130 kW par baie") are never compared with totals.
  const per = (claim as Claim & { per?: string }).per;
  const before = list.length;
  list = list.filter((s) => (s.chain.head.per ?? undefined) === (per ?? undefined));
  const perUnitMismatch = before > 0 && list.length === 0;
  // A year matches many facts by coincidence ("d’ici fin 2026"): it needs its metric word in its own
  // sentence ("ouverture prévue en 2027", "fondée en 2023").
  if (dim === 'year') list = list.filter((s) => hits.sentenceMetrics.has(s.chain.metric) || hits.sentenceChains.has(s.chain.id));
  // The sentence's metric words pick the metric: "valorisée 12 milliards" is a valuation, not a round,
  // when the same subject has both.
  list = preferNamedMetrics(list, hits);
  // "a levé 3 milliards depuis sa création": "levé" names a round or the total, "depuis sa création"
  // only the total; a metric named only by words that also name another one, named by more words
  // there, is not the reading when the subject has that other one too.
  list = dropDominatedMetrics(list, hits);
  // "les 300 milliards d’OpenAI": a name right after the figure, in the genitive, says whose figure it is.
  const owner = ownerAfter(base, w, dim);
  if (owner && list.some((s) => s.names.has(owner))) list = list.filter((s) => s.names.has(owner));
  // A chain whose names in the sentence all name a more specific chain of the same metric, which the
  // sentence also names by a name of its own ("Mistral … en Suède": the Swedish site), is not a candidate.
  const specific = list.filter((b) => !list.some((a) => a !== b && dominates(a, b)));
  let best = 0;
  for (const s of specific) best = Math.max(best, s.relevance);
  if (best === 0) return { plausible: [], perUnitMismatch };
  const plausible = specific
    .filter((s) => s.relevance >= best * PLAUSIBLE_RATIO)
    .sort((a, b) => b.relevance - a.relevance || a.chain.rank - b.chain.rank);
  return { plausible, perUnitMismatch };
}

function dropDominatedMetrics(list: ChainScore[], hits: MetricHits): ChainScore[] {
  const words = hits.sentenceMetricWords;
  if (!words || words.size < 2) return list;
  const dominating = (b: string) => {
    const wb = words.get(b);
    if (!wb) return undefined;
    for (const [a, wa] of words) if (a !== b && wa.size > wb.size && [...wb].every((k) => wa.has(k))) return a;
    return undefined;
  };
  return list.filter((s) => {
    const a = dominating(s.chain.metric);
    return !a || !list.some((o) => o.chain.entity === s.chain.entity && o.chain.metric === a);
  });
}

/** For each entity, keep the chains whose metric the sentence names, when some of its chains' are. */
function preferNamedMetrics(list: ChainScore[], hits: MetricHits): ChainScore[] {
  const named = (s: ChainScore) => hits.sentenceMetrics.has(s.chain.metric) || hits.sentenceChains.has(s.chain.id);
  const entitiesWithNamed = new Set(list.filter(named).map((s) => s.chain.entity));
  return list.filter((s) => named(s) || !entitiesWithNamed.has(s.chain.entity));
}

/** The alias named in the genitive right after the claim ("… d’OpenAI", "… de la Suède"), if any. */
export function ownerAfter(base: FactBase, w: ClaimWindow, dim: Dimension): string | undefined {
  const tokens: Token[] = w.tokens;
  const i = tokens.findIndex((t) => t.at >= w.claimEnd);
  if (i < 0) return undefined;
  for (let j = i; j < Math.min(tokens.length, i + OWNER_TOKENS); j++) {
    if (!GENITIVE.test(w.text.slice(w.claimEnd, tokens[j].at))) continue;
    let key = '';
    let found: string | undefined;
    for (let n = 0; n < base.maxAliasWords && j + n < tokens.length; n++) {
      key = n ? `${key} ${tokens[j + n].w}` : tokens[j].w;
      if (base.aliases.get(key)?.chains.has(dim)) found = key;
      else if (!base.aliasPrefixes.has(key)) break;
    }
    return found;
  }
  return undefined;
}

/**
 * `a` (same metric, at least as relevant) is named by every name that names `b` in the claim's
 * sentence, and by a name of its own there.
 */
function dominates(a: ChainScore, b: ChainScore): boolean {
  if (a.chain.metric !== b.chain.metric || !b.sentenceNames.size || a.relevance < b.relevance) return false;
  for (const k of b.sentenceNames) if (!a.names.has(k)) return false;
  for (const k of a.sentenceNames) if (!b.names.has(k)) return true;
  return false;
}
