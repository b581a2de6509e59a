/**
 * Structured reasons: what the verdict pipeline found, as data. The engine writes no prose; the
 * i18n layer (`i18n/explain.ts`) renders a reason in the reader's language for the popover, the
 * popup and the CLI alike.
 */
import type { Source } from '../facts/schema';

/** A fact as the UI and the CLI see it (statement already in the wanted language). */
export interface FactRef {
  id: string;
  statement: string;
  value: number;
  unit: string;
  approx?: string;
  low?: number;
  high?: number;
  asOf: string;
  pack: string;
  sources: Source[];
  /** The fact is an estimate (never grounds a contradiction). */
  estimate?: boolean;
  /** A per-unit figure ("rack"). */
  per?: string;
  status?: string;
  /** 'false': a figure a fact-checker rated false (a ClaimReview import), not a fact. */
  rating?: string;
}

/**
 * The conditions a "contradicted" verdict needs, each named so a test (and the reader) can tell
 * which one held it back.
 */
export type GateCondition =
  | 'subject-not-in-sentence'   // the sentence does not name the subject (nor the page's subject by description)
  | 'subject-only-attributed'   // the name is only the source of the statement ("selon Mistral, …")
  | 'no-metric-word'            // no word in the sentence says which quantity this is
  | 'other-entity-named'        // another entity with a fact of that metric is named in the sentence
  | 'unknown-name-near'         // a name we know nothing about sits next to the figure
  | 'currency-implied'          // the currency was carried over, not printed
  | 'within-history'            // the figure lies between figures this chain has had
  | 'no-clear-gap'              // the figure is close to a sourced one
  | 'estimate-only'             // the facts that disagree are estimates
  | 'candidates-disagree'       // the candidate facts point different ways
  | 'vague-figure'              // "plusieurs milliards": nothing to contradict
  | 'per-unit'                  // a per-unit figure against totals, or the reverse
  | 'within-bound'              // the fact is a bound ("up to $500bn") and the figure lies inside it
  | 'part-only'                 // the facts are parts of a total we do not hold: the figure may be the total
  | 'other-date'                // the sentence dates the figure to a year we hold no figure for
  | 'plan-vs-current'           // a plan or forecast against today's figure, or the reverse
  | 'may-be-newer';             // a growing quantity above our latest, old figure: it may be news we lack

export type Reason =
  /** Supported: the claim agrees with this current fact. */
  | { kind: 'matches'; fact: FactRef }
  /** Supported: equal to the sum of these sourced parts (phases, tranches) of one total. */
  | { kind: 'matches-total'; parts: FactRef[]; total?: FactRef }
  /** Supported: sources disagree; the claim agrees with `fact`, `others` give other figures. */
  | { kind: 'matches-disputed'; fact: FactRef; others: FactRef[] }
  /** Supported as history: the sentence dates the figure ("en 2024, …") and it was true then. */
  | { kind: 'matches-past'; fact: FactRef; newer?: FactRef }
  /** Outdated: right once (`fact`), `newer` is the latest. */
  | { kind: 'superseded'; fact: FactRef; newer: FactRef }
  /** Contradicted: every plausible fact clearly disagrees; `facts` (closest first) are the sourced figures. */
  | { kind: 'differs'; facts: FactRef[]; claimText: string }
  /** Contradicted: the claim repeats a figure a fact-checker rated false (`fact`, its review as source). */
  | { kind: 'rated-false'; fact: FactRef; claimText: string }
  /** Unverified: no fact of that quantity for a subject named near the figure. */
  | { kind: 'no-fact' }
  /** Unverified: a subject is known but the sentence does not say which of its quantities this is. */
  | { kind: 'no-metric' }
  /** Unverified: candidate facts point different ways. */
  | { kind: 'ambiguous'; facts: FactRef[] }
  /** Unverified: the figure disagrees with `fact`, but `blocked` held the contradiction back. */
  | { kind: 'held-back'; fact: FactRef; blocked: GateCondition[] }
  /** Unverified: the figure equals `fact`, but the sentence speaks of another site or project of that subject. */
  | { kind: 'other-project'; fact: FactRef }
  /** Unverified: this kind of figure is not checked (durations, factors, …). */
  | { kind: 'not-checked' };

export type ReasonKind = Reason['kind'];
