/**
 * Step 5 — the contradiction gate. A false "contradicted" is the worst failure this product can
 * have, so every condition below must hold; each one that fails is named, so a test (and the
 * reader) can tell which one held the verdict back. When they all hold, every candidate fact for
 * the named subject and metric clearly disagrees, and the claim is contradicted, citing the
 * closest one.
 */
import type { Claim } from '../types';
import type { Dimension } from '../units';
import { agrees, clearlyDiffers, distance, withinBound, withinHistory } from '../match/agree';
import type { FactBase, PreparedFact } from '../match/fact-base';
import { tokenize } from '../match/text';
import type { ClaimWindow } from './claim-window';
import type { MetricHits } from './metrics';
import type { GateCondition } from './reasons';
import { FOR_SOMEONE, NOT_NAMES } from './sentence-words';
import type { ChainScore, Subjects } from './subjects';

/** How far before the figure capitalised words are read as possible owners. */
const UNKNOWN_NAME_SPAN = 160;
/** How far after the figure a beneficiary is read ("… à Deutsche Telekom"). */
const BENEFICIARY_SPAN = 60;
/** How far back the last mention of the page's subject is looked for (a description points back to it). */
const MENTION_SPAN = 2000;
/** Another reading this relevant (vs the best) makes the figure's owner or quantity uncertain. */
const RIVAL_RATIO = 0.5;

export interface GateInput {
  base: FactBase;
  text: string;
  claim: Claim;
  dim: Dimension;
  window: ClaimWindow;
  plausible: ChainScore[];
  subjects: Subjects;
  hits: MetricHits;
  topic?: string;
  datedYear?: number;
}

export interface GateResult {
  blocked: GateCondition[];
  /** The facts the claim is judged against, closest first. */
  facts: PreparedFact[];
}

const year = (f: PreparedFact) => Number(f.asOf.slice(0, 4));

export function contradictionGate(g: GateInput): GateResult {
  const { base, claim, plausible, hits } = g;
  const rates = base.rates;
  const top = plausible[0];
  const { entity, metric } = top.chain;
  const blocked: GateCondition[] = [];
  const block = (c: GateCondition) => {
    if (!blocked.includes(c)) blocked.push(c);
  };

  // The candidates for the named subject and metric; anything else plausible is another reading.
  const same = plausible.filter((s) => s.chain.entity === entity && s.chain.metric === metric);
  // Another reading at least half as relevant (another company, another quantity) leaves it open.
  if (plausible.some((s) => !same.includes(s) && s.relevance >= top.relevance * RIVAL_RATIO)) block('candidates-disagree');

  // Who the sentence names.
  if (!top.inSentence || !(top.exact || top.byDescription)) block('subject-not-in-sentence');
  else if (!top.namedAsSubject && !top.byDescription) block('subject-only-attributed');
  if (!(hits.sentenceMetrics.has(metric) || same.some((s) => hits.sentenceChains.has(s.chain.id)))) block('no-metric-word');
  if ([...g.subjects.sentenceNames].some((key) => namesOtherEntity(base, key, g.dim, entity, metric))) block('other-entity-named');
  if (top.byDescription && !top.namedAsSubject && otherEntitySinceLastMention(g, entity)) block('other-entity-named');
  if (unknownNameNear(base, g.text, claim, g.window.sentenceStart)) block('unknown-name-near');

  // What the figure is.
  if (claim.currencyImplied) block('currency-implied');
  if (claim.approx === 'several') block('vague-figure');

  // The facts it is judged against: of the sentence's date when it gives one.
  let facts = same.flatMap((s) => s.chain.facts);
  if (g.datedYear !== undefined) {
    const then = same
      .map((s) => s.chain.facts.filter((f) => year(f) <= g.datedYear!).at(-1))
      .filter((f): f is PreparedFact => !!f);
    if (!then.length) block('other-date');
    // A later figure agrees: the sentence's date may not be the figure's.
    if (same.some((s) => s.chain.facts.some((f) => agrees(claim, f, rates)))) block('other-date');
    facts = then;
  }
  const firm = facts.filter((f) => !f.estimate);
  if (facts.length && !firm.length) block('estimate-only');
  if (firm.some((f) => f.partOf && !plausible.some((s) => s.chain.facts.some((t) => t.id === f.partOf)))) block('part-only');
  if (firm.some((f) => withinBound(claim, f, rates))) block('within-bound');
  else if (!firm.every((f) => clearlyDiffers(claim, f, rates))) block('no-clear-gap');
  if (same.some((s) => withinHistory(claim, s.chain.facts, rates))) block('within-history');

  // The most relevant chain's figure first (the site the sentence names), then the closest others;
  // in the claim's own currency on a near tie.
  const key = (f: PreparedFact) =>
    (f.chain === top.chain.id ? -10 : 0) + distance(claim, f, rates) + (f.unit === claim.unit ? 0 : 0.2);
  const cited = (g.datedYear !== undefined ? facts : same.map((s) => s.chain.head))
    .filter((f) => !f.estimate)
    .sort((a, b) => key(a) - key(b));
  return { blocked, facts: cited.length ? cited : same.map((s) => s.chain.head) };
}

/**
 * Does this name point to another entity that has a fact of `metric`? Only when it is that
 * entity's own name: a partner listed among a project's aliases ("Nvidia" for a partnership) is
 * not whose figure it is.
 */
function namesOtherEntity(base: FactBase, key: string, dim: Dimension, entity: string, metric: string): boolean {
  const ids = base.aliases.get(key)?.chains.get(dim) ?? [];
  const ownName = base.aliasEntities.get(key);
  if (!ownName) return false;
  return ids.some((id) => {
    const c = base.chains.get(id)!;
    return c.entity !== entity && c.metric === metric && ownName.has(c.entity);
  });
}

/**
 * A description ("la start-up") points back to the last subject named: if another entity we know
 * is named between the page subject's last mention and the figure, the description may be it.
 */
function otherEntitySinceLastMention(g: GateInput, entity: string): boolean {
  const from = Math.max(0, g.claim.start - MENTION_SPAN);
  const tokens = tokenize(g.text.slice(from, g.claim.start));
  let last = -1;
  const others: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    for (let n = 0; n < g.base.maxAliasWords && i + n < tokens.length; n++) {
      key = n ? `${key} ${tokens[i + n].w}` : tokens[i].w;
      const entities = g.base.aliasEntities.get(key);
      if (entities?.has(entity)) last = i;
      else if (entities?.size) others.push(i);
      if (!g.base.aliasPrefixes.has(key)) break;
    }
  }
  return others.some((i) => i > last);
}

/**
 * A name we have no fact about, close to the figure, may be whose figure it is ("18 000 puces à
 * Mistral et 10 000 à Deutsche Telekom"): then we cannot say the figure is wrong.
 */
function unknownNameNear(base: FactBase, text: string, claim: Claim, sentenceStart: number): boolean {
  const after = FOR_SOMEONE.exec(text.slice(claim.end, claim.end + BENEFICIARY_SPAN));
  if (after && !isKnownName(base, after[1])) return true;
  // Capitalised words between the sentence start and the figure (not the sentence's first word).
  const from = Math.max(sentenceStart, claim.start - UNKNOWN_NAME_SPAN);
  const before = text.slice(from, claim.start);
  const words = tokenize(before);
  const known = (k: string) => base.aliases.has(k) || base.aliasPrefixes.has(k);
  for (let i = 0; i < words.length; i++) {
    const raw = before.slice(words[i].at, words[i].at + words[i].w.length);
    const first = i === 0 && from === sentenceStart;
    if (first || !/^\p{Lu}\p{Ll}/u.test(raw) || NOT_NAMES.has(words[i].w)) continue;
    // Part of a known name, alone or with its neighbour ("Deutsche Telekom", "Mistral AI").
    if (isKnownName(base, raw)) continue;
    if (i + 1 < words.length && known(`${words[i].w} ${words[i + 1].w}`)) continue;
    if (i > 0 && base.aliases.has(`${words[i - 1].w} ${words[i].w}`)) continue;
    return true;
  }
  return false;
}

function isKnownName(base: FactBase, raw: string): boolean {
  const key = tokenize(raw).map((t) => t.w).join(' ');
  return base.aliases.has(key) || base.aliasPrefixes.has(key) || NOT_NAMES.has(key);
}
