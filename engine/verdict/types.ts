/** The verdict pipeline's shared types: what a checked claim carries out of the engine. */
import type { Claim, Lang, Verdict } from '../types';
import type { FactRef, Reason } from './reasons';

export type { FactRef, Reason, GateCondition } from './reasons';

export interface CheckedClaim extends Claim {
  verdict: Verdict;
  /** The fact the verdict rests on (the matching one for supported/outdated, the sourced one otherwise). */
  fact: FactRef | null;
  /** For outdated claims: the newest figure. */
  newer?: FactRef;
  /** Other sourced figures shown with the verdict: disputing sources, the parts of a total. */
  related?: FactRef[];
  /** The chain's sourced figures, oldest first (a timeline for valuations, capacity plans, GPU counts). */
  history?: FactRef[];
  /** What the pipeline found, as data; `explanation` is its rendering in the reader's language. */
  reasons: Reason[];
  explanation: string;
}

export interface CheckContext {
  /** Page title (or headline): a weak hint of what the page is about. */
  title?: string;
  /** Language of the explanations; each claim's own language when absent. */
  lang?: Lang;
  /** The page's main subject, when the caller already knows it (null: none); computed otherwise. */
  topic?: string | null;
}

/** Renders reasons as one line in `lang` (the i18n layer provides it; the engine writes no prose). */
export type Explain = (reasons: Reason[], lang: Lang, claim: Claim) => string;
