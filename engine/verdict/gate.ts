/**
 * Step 5 — the contradiction gate. A false "contradicted" is the worst failure this product can
 * have, so every condition below must hold; each one that fails is named, so a test (and the
 * reader) can tell which one held the verdict back. When they all hold, every candidate fact for
 * the named subject and metric clearly disagrees, and the claim is contradicted, citing the
 * closest one.
 */
import type { Claim } from '../types';
import { isCurrency, type Dimension } from '../units';
import { packFor } from '../lang';
import { convert } from '../facts/rates';
import { agrees, clearlyDiffers, distance, withinBound, withinHistory } from '../match/agree';
import type { FactBase, PreparedFact } from '../match/fact-base';
import { phraseKey, tokenize } from '../match/text';
import type { ClaimWindow } from './claim-window';
import type { MetricHits } from './metrics';
import type { GateCondition } from './reasons';
import { FOR_SOMEONE, NOT_NAMES, PROSPECTIVE } from './sentence-words';
import { aliasIndex, type ChainScore, type Subjects } from './subjects';
import { scanPhrases } from './phrase-scan';

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
  // Another reading at least half as relevant (another company, another quantity) leaves it open,
  // unless the figure clearly disagrees with that reading too (every plausible fact disagrees) and
  // it is not another company the sentence names (then whose figure it is stays open).
  // A rival named only by the names that name the top chain (one site held under two subjects, say
  // "Colossus") is the same thing, not another company.
  const sharesNames = (s: ChainScore) =>
    s.sentenceNames.size > 0 && [...s.sentenceNames].every((k) => top.sentenceNames.has(k)) && s.chain.metric === metric;
  const rivalOpen = (s: ChainScore) =>
    (s.chain.entity !== entity && s.inSentence && !sharesNames(s) && !singledOutOver(base, g.dim, top, s.chain.entity)) ||
    !disagreesWithChain(claim, s, rates);
  // Another subject named only by a name the top one shares, while the sentence also names the top
  // one's own site ("Brookfield … à Strängnäs"), is not another reading.
  const outranked = (s: ChainScore) =>
    s.chain.entity !== entity && [...s.sentenceNames].every((k) => top.sentenceNames.has(k)) &&
    singledOutOver(base, g.dim, top, s.chain.entity);
  if (plausible.some((s) => !same.includes(s) && !outranked(s) && s.relevance >= top.relevance * RIVAL_RATIO && rivalOpen(s))) {
    block('candidates-disagree');
  }

  // Who the sentence names.
  if (!top.inSentence || !(top.exact || top.byDescription)) block('subject-not-in-sentence');
  else if (!top.namedAsSubject && !top.byDescription) block('subject-only-attributed');
  if (!(hits.sentenceMetrics.has(metric) || same.some((s) => hits.sentenceChains.has(s.chain.id)))) block('no-metric-word');
  // A name inside a longer name of the sentence ("France" in "Choose France 2025") is not another mention.
  const nested = nestedNames(base, g.window);
  // Named only by a description ("la start-up"), the subject may be another entity named since its
  // last mention: the figure is then judged wrong only if it is wrong for those entities too.
  const describedOnly = top.byDescription && !top.namedAsSubject;
  const wrongForAll = (others: string[]) => describedOnly && others.every((e) => wrongFor(base, claim, g.dim, e, metric));
  const namedOthers = [...g.subjects.sentenceNames].filter((key) => !nested.has(key) && namesOtherEntity(base, key, g.dim, entity, metric, top));
  if (namedOthers.length && !wrongForAll(namedOthers.flatMap((key) => [...(base.aliasEntities.get(key) ?? [])].filter((e) => e !== entity)))) {
    block('other-entity-named');
  }
  if (describedOnly) {
    const since = entitiesSinceLastMention(g, entity);
    if (since.length && !wrongForAll(since)) block('other-entity-named');
  }
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
  // A superseded bound ("more than $6bn" in 2024) held then: today it is its figure, not a half-line.
  const asOfNow = (f: PreparedFact) =>
    g.datedYear === undefined && base.chains.get(f.chain)?.head !== f && (f.approx === 'at-least' || f.approx === 'at-most')
      ? { ...f, approx: 'exact' as const }
      : f;
  if (facts.length && !firm.length) block('estimate-only');
  // The most relevant reading is an estimate, named in the sentence at least as specifically as any
  // firm one (the base's figure for the site it names): a contradiction would rest on another reading.
  const asNamed = (s: ChainScore) => [...s.sentenceNames].every((k) => top.sentenceNames.has(k));
  if (top.chain.head.estimate && same.every((s) => s.chain.head.estimate || asNamed(s))) block('estimate-only');
  if (firm.some((f) => f.partOf && !plausible.some((s) => s.chain.facts.some((t) => t.id === f.partOf)))) block('part-only');
  // A figure another fact of this subject and metric gives (another site, phase or round the
  // sentence did not single out) is not wrong; nor is one equal to a part of a total judged here.
  const siblings = (base.entityChains.get(entity)?.get(g.dim) ?? [])
    .map((id) => base.chains.get(id)!)
    .filter((c) => c.metric === metric && (c.head.per ?? undefined) === ((claim as Claim & { per?: string }).per ?? undefined));
  if (siblings.some((c) => c.facts.some((f) => agrees(claim, f, rates)))) block('no-clear-gap');
  // Nor is one that agrees with a fact of something else the sentence names by name (a site, a
  // phase listed under another subject): that may be whose figure it is.
  const claimPer = (claim as Claim & { per?: string }).per ?? undefined;
  const namedAgrees = [...g.subjects.scores.values()].some(
    (s) => s.inSentence && s.exact && s.relevance >= top.relevance * RIVAL_RATIO && (s.chain.head.per ?? undefined) === claimPer &&
      s.chain.facts.some((f) => agrees(claim, f, rates)),
  );
  if (namedAgrees) block('no-clear-gap');
  if (facts.some((f) => (base.parts.get(f.id) ?? []).some((p) => agrees(claim, p, rates)))) block('part-only');
  // A bound holds now: the current figures' bounds (or those of the sentence's date), not superseded ones.
  const current = g.datedYear !== undefined ? firm : firm.filter((f) => base.chains.get(f.chain)?.head === f);
  if (planMismatch(g, current)) block('plan-vs-current');
  if (mayBeNewer(g, current)) block('may-be-newer');
  // A bound that only restates an exact figure we also hold ("plus de 6 milliards de dollars" beside
  // "5,8 milliards d’euros" the same month) is judged through that exact figure.
  const isBound = (f: PreparedFact) => (f.approx === 'at-least' || f.approx === 'at-most') && f.low === undefined;
  const exact = firm.filter((f) => !isBound(f));
  const restated = (f: PreparedFact) => isBound(f) && exact.some((e) => restates(base, f, e));
  const judged = firm.filter((f) => !restated(f));
  if (current.some((f) => !restated(f) && withinBound(claim, f, rates))) block('within-bound');
  else if (!judged.every((f) => clearlyDiffers(claim, asOfNow(f), rates))) block('no-clear-gap');
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

/** The sentence names the top chain by a name that names nothing of `other` (a site, a place of its own). */
function singledOutOver(base: FactBase, dim: Dimension, top: ChainScore, other: string): boolean {
  return [...top.sentenceNames].some((k) => {
    const ids = base.aliases.get(k)?.chains.get(dim) ?? [];
    return ids.includes(top.chain.id) && !ids.some((id) => base.chains.get(id)!.entity === other);
  });
}

/** True when the figure clearly disagrees with every figure of this chain (it cannot be this reading). */
function disagreesWithChain(claim: Claim, s: ChainScore, rates: FactBase['rates']): boolean {
  const head = s.chain.head;
  return (
    s.chain.facts.every((f) => clearlyDiffers(claim, f, rates)) && !withinBound(claim, head, rates) &&
    !withinHistory(claim, s.chain.facts, rates)
  );
}

/** Alias keys of the claim's sentence found only inside a longer name there ("france" in "choose france 2025"). */
function nestedNames(base: FactBase, w: ClaimWindow): Set<string> {
  const spans: { key: string; from: number; to: number }[] = [];
  const toks = w.tokens;
  scanPhrases(toks, aliasIndex(base), (i, key) => {
    if (toks[i].at < w.sentenceAt) return;
    const n = key.split(' ').length;
    spans.push({ key, from: i, to: i + n });
  });
  const inside = (a: (typeof spans)[number]) => spans.some((b) => b !== a && b.from <= a.from && b.to >= a.to && b.to - b.from > a.to - a.from);
  const out = new Set<string>();
  const free = new Set<string>();
  for (const a of spans) (inside(a) ? out : free).add(a.key);
  for (const k of free) out.delete(k);
  return out;
}

/**
 * Does this name point to another entity that has a fact of `metric`? Only when it is that
 * entity's own name: a partner listed among a project's aliases ("Nvidia" for a partnership) is
 * not whose figure it is.
 */
function namesOtherEntity(base: FactBase, key: string, dim: Dimension, entity: string, metric: string, top?: ChainScore): boolean {
  const ids = base.aliases.get(key)?.chains.get(dim) ?? [];
  const ownName = base.aliasEntities.get(key);
  if (!ownName) return false;
  // When the name is the subject's own ("Anthropic"), a project that shares its first word
  // ("Anthropic–Google Cloud TPU deal") is the subject's, not another company named.
  const subjectsOwn = ownName.has(entity);
  return ids.some((id) => {
    const c = base.chains.get(id)!;
    if (c.entity === entity || c.metric !== metric || !ownName.has(c.entity)) return false;
    // A name both subjects share ("Sesterce", "Brookfield"), when the sentence also names the
    // subject's site ("Valence", "Strängnäs"), is the subject's.
    if (subjectsOwn && top && singledOutOver(base, dim, top, c.entity)) return false;
    return !subjectsOwn || phraseKey(c.head.subject.name) === key;
  });
}

/**
 * A description ("la start-up") points back to the last subject named: if another entity we know
 * is named between the page subject's last mention and the figure, the description may be it.
 */
function entitiesSinceLastMention(g: GateInput, entity: string): string[] {
  const from = Math.max(0, g.claim.start - MENTION_SPAN);
  const tokens = tokenize(g.text.slice(from, g.claim.start));
  let last = -1;
  const others: { i: number; entities: Set<string> }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    for (let n = 0; n < g.base.maxAliasWords && i + n < tokens.length; n++) {
      key = n ? `${key} ${tokens[i + n].w}` : tokens[i].w;
      const entities = g.base.aliasEntities.get(key);
      if (entities?.has(entity)) last = i;
      else if (entities?.size) others.push({ i, entities });
      if (!g.base.aliasPrefixes.has(key)) break;
    }
  }
  return [...new Set(others.filter((o) => o.i > last).flatMap((o) => [...o.entities]))];
}

/**
 * The figure is far from every figure `entity` has for this quantity (or it has none): whichever of
 * them a description stands for, the figure is wrong. A bound counts as its figure here ("up to
 * $40bn" is no round of €1.7 million).
 */
function wrongFor(base: FactBase, claim: Claim, dim: Dimension, entity: string, metric: string): boolean {
  const rates = base.rates;
  const point = (f: PreparedFact) => (f.approx === 'at-least' || f.approx === 'at-most' ? { ...f, approx: 'exact' as const } : f);
  const chains = (base.entityChains.get(entity)?.get(dim) ?? []).map((id) => base.chains.get(id)!).filter((c) => c.metric === metric);
  return chains.every((c) => c.facts.every((f) => clearlyDiffers(claim, point(f), rates)) && !withinHistory(claim, c.facts, rates));
}

/**
 * A name we have no fact about, close to the figure, may be whose figure it is ("18 000 puces à
 * Mistral et 10 000 à Deutsche Telekom"): then we cannot say the figure is wrong.
 */
export function unknownNameNear(base: FactBase, text: string, claim: Claim, sentenceStart: number): boolean {
  const nounsCapitalised = !!packFor(claim.lang)?.nounsCapitalised;
  const after = FOR_SOMEONE.exec(text.slice(claim.end, claim.end + BENEFICIARY_SPAN));
  if (after && !isKnownName(base, after[1])) return true;
  // Capitalised words between the sentence start and the figure (not the sentence's first word).
  const from = Math.max(sentenceStart, claim.start - UNKNOWN_NAME_SPAN);
  const before = text.slice(from, claim.start);
  const words = tokenize(before);
  const known = (k: string) => base.aliases.has(k) || base.aliasPrefixes.has(k);
  // Every word of a known name ("Champions" in "EU AI Champions Initiative") is known.
  const covered = new Set<number>();
  scanPhrases(words, aliasIndex(base), (i, key) => {
    for (let n = 0; n < key.split(' ').length; n++) covered.add(i + n);
  });
  for (let i = 0; i < words.length; i++) {
    if (covered.has(i)) continue;
    const raw = before.slice(words[i].at, words[i].at + words[i].w.length);
    const first = i === 0 && from === sentenceStart;
    // Glued to the word before ("projetFondée"): a sentence start the page lost, not a name.
    const glued = words[i].at > 0 && /\p{Ll}/u.test(before[words[i].at - 1]);
    if (first || glued || !/^\p{Lu}\p{Ll}/u.test(raw) || NOT_NAMES.has(words[i].w)) continue;
    // German capitalises every noun: there only a brand-like word (CamelCase, capitals, digits) may be a name.
    if (nounsCapitalised && !/\p{Ll}\p{Lu}|\p{Lu}{2}|\d/u.test(raw)) continue;
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

/** Quantities that grow over time, where a plan and today's figure differ by design. */
const CAPACITY_METRICS = new Set(['gpu-count', 'power-capacity', 'h100-equivalents', 'count', 'area', 'employees', 'storage', 'compute']);
/** How far after the figure a plan word still qualifies it ("100 MW à terme"). */
const PROSPECTIVE_AFTER = 40;

/**
 * "Colossus will expand to 1 million GPUs" is not contradicted by today's 200,000, nor is today's
 * count contradicted by a plan: for growing quantities, a plan is judged only against plans.
 */
function planMismatch(g: GateInput, facts: PreparedFact[]): boolean {
  if (!facts.length || !CAPACITY_METRICS.has(facts[0].metric)) return false;
  const { text, claim, window, base } = g;
  const before = text.slice(window.sentenceStart, claim.start);
  const after = text.slice(claim.end, Math.min(window.sentenceEnd, claim.end + PROSPECTIVE_AFTER));
  const prospective = claim.approx === 'at-most' || PROSPECTIVE.test(before) || PROSPECTIVE.test(after);
  const isPlan = (f: PreparedFact) => f.status === 'planned' || f.status === 'under-construction' || f.approx === 'at-most';
  if (!prospective) return facts.every((f) => f.status === 'planned' || f.status === 'under-construction');
  // A plan is judged against the subject's sourced plans and targets of that quantity, if it has any.
  const { entity, metric } = facts[0];
  const plans = (base.entityChains.get(entity)?.get(g.dim) ?? [])
    .map((id) => base.chains.get(id)!.head)
    .filter((f) => f.metric === metric && isPlan(f));
  return plans.length === 0;
}

/** Quantities that only grow (valuations, run-rates, fleets, capacity): a later source may give more. */
const GROWING_METRICS = new Set(['valuation', 'annualized-revenue', 'revenue', 'funding-total', 'capex', 'gpu-count',
  'power-capacity', 'h100-equivalents', 'employees', 'count']);
/** A latest figure older than this may have grown since (days). */
const STALE_AFTER_DAYS = 365;
/** Above a stale figure, only a jump this large is clearly wrong rather than newer news. */
const STALE_RATIO = 2.5;

/**
 * "Colossus now runs 600,000 GPUs" against our latest source of two years ago saying 200,000:
 * the page may report growth we have not recorded. A growing quantity whose latest figure is old
 * is contradicted from above only by an implausible jump.
 */
function mayBeNewer(g: GateInput, facts: PreparedFact[]): boolean {
  const { claim, base } = g;
  const growing = facts.filter((f) => GROWING_METRICS.has(f.metric) && base.chains.get(f.chain)?.head === f);
  if (!growing.length || g.datedYear !== undefined) return false;
  const now = Date.now();
  return growing.some((f) => {
    const age = (now - Date.parse(f.asOf.length === 7 ? `${f.asOf}-01` : f.asOf)) / 86_400_000;
    if (!(age > STALE_AFTER_DAYS)) return false;
    const claimed = claim.high ?? claim.value;
    const value = isCurrency(claim.unit) && claim.unit !== f.unit
      ? convert(base.rates, claimed, claim.unit, f.unit, Number(f.asOf.slice(0, 4)))
      : claimed;
    return value !== undefined && value > f.value && value < f.value * STALE_RATIO;
  });
}

/** `bound` states about the same figure as `exact`, at about the same time (within 10 %, 120 days). */
function restates(base: FactBase, bound: PreparedFact, exact: PreparedFact): boolean {
  const days = Math.abs(Date.parse(bound.asOf.length === 7 ? `${bound.asOf}-15` : bound.asOf) -
    Date.parse(exact.asOf.length === 7 ? `${exact.asOf}-15` : exact.asOf)) / 86_400_000;
  if (!(days <= 120)) return false;
  const v = exact.unit === bound.unit ? exact.value : convert(base.rates, exact.value, exact.unit, bound.unit, Number(exact.asOf.slice(0, 4)));
  return v !== undefined && Math.abs(v - bound.value) <= 0.1 * bound.value;
}
