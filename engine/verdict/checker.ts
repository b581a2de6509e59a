/**
 * Verdicts. For each claim, a short list of named steps:
 *   0. the page's subject (once per page)         topic.ts
 *   1. subjects named near the figure             subjects.ts
 *   2. metric words                               metrics.ts
 *   3. plausible candidates                       candidates.ts
 *   4. agreement → supported / outdated           agreement.ts
 *   5. the contradiction gate → contradicted      gate.ts
 *   otherwise unverified, with the reason.
 * Every step returns data; the verdict carries structured reasons, rendered into words by the
 * `explain` function the caller passes (the i18n layer).
 */
import type { Claim, Lang } from '../types';
import { dimensionOf, type Dimension } from '../units';
import { statementIn } from '../facts/schema';
import { COUNTRY_KEYS, type FactBase, type PreparedFact } from '../match/fact-base';
import { stem, tokenize, type Token } from '../match/text';
import { YEAR_EVENT_RE } from '../extract/lexicon';
import { findAgreement } from './agreement';
import { agrees } from '../match/agree';
import { findCandidates } from './candidates';
import { claimWindow } from './claim-window';
import { contradictionGate, unknownNameNear } from './gate';
import { isRatedFalse, knownWrong } from './known-wrong';
import { scoreMetrics, type MetricHits } from './metrics';
import type { FactRef, Reason } from './reasons';
import { aliasIndex, findSubjects, type ChainScore } from './subjects';
import type { ClaimWindow } from './claim-window';
import { NOT_NAMES, PLACE } from './sentence-words';
import { scanPhrases } from './phrase-scan';
import { pageTopic } from './topic';
import type { CheckContext, CheckedClaim, Explain } from './types';

/** Dimensions we do not judge (yet): no fact base figure is comparable enough. */
const NOT_CHECKED = new Set(['duration', 'factor']);
/** "En 2024, la start-up valait …", "Au printemps 2024, …", "In March 2024, …": a past year before the figure dates it. */
const DATED = /(?<![\p{L}\p{N}])(?:en|in|im|nel|dans|au|à|de|del|fin|début|end|early|late|mid|since|depuis|seit|desde|dal)(?:[^\S\n]{1,2}\p{L}{3,12}\.?)?[^\S\n]{1,2}((?:19|20)\d{2})(?!\d)/giu;

export function toFactRef(f: PreparedFact, lang: Lang): FactRef {
  const ref: FactRef = {
    id: f.id, statement: statementIn(f.statement, lang), value: f.value, unit: f.unit, asOf: f.asOf, pack: f.packId,
    sources: f.sources,
  };
  if (f.approx) ref.approx = f.approx;
  if (f.low !== undefined) ref.low = f.low;
  if (f.high !== undefined) ref.high = f.high;
  if (f.estimate) ref.estimate = true;
  if (f.per) ref.per = f.per;
  if (f.status) ref.status = f.status;
  if (f.rating) ref.rating = f.rating;
  return ref;
}

/** Without an i18n renderer, reasons are shown as their codes (the engine writes no prose). */
export const reasonCodes: Explain = (reasons) =>
  reasons.map((r) => (r.kind === 'held-back' ? `held-back:${r.blocked.join(',')}` : r.kind)).join(' ');

export class Checker {
  constructor(readonly base: FactBase, private readonly explain: Explain = reasonCodes) {}

  /** Checks claims extracted from `text` (their offsets point into it). */
  check(text: string, claims: Claim[], ctx: CheckContext = {}): CheckedClaim[] {
    const titleTokens = ctx.title ? tokenize(ctx.title.slice(0, 300)) : [];
    const topic = ctx.topic !== undefined ? (ctx.topic ?? undefined) : claims.length ? pageTopic(this.base, text, titleTokens) : undefined;
    return claims.map((c) => this.checkOne(text, c, titleTokens, ctx.lang ?? c.lang, topic));
  }

  /** The entity the page names most often (title counts double), if it clearly leads. */
  topicOf(text: string, title: Token[] | string = []): string | undefined {
    return pageTopic(this.base, text, title);
  }

  private checkOne(text: string, claim: Claim, titleTokens: Token[], lang: Lang, topic?: string): CheckedClaim {
    const base = this.base;
    const ref = (f: PreparedFact) => toFactRef(f, lang);
    const done = (c: Omit<CheckedClaim, keyof Claim | 'explanation'>): CheckedClaim => {
      const out: CheckedClaim = { ...claim, ...c, explanation: '' };
      out.explanation = this.explain(out.reasons, lang, claim);
      return out;
    };
    const unverified = (reason: Reason, fact: FactRef | null = null): CheckedClaim =>
      done({ verdict: 'unverified', fact, reasons: [reason] });

    const dim = dimensionOf(claim.unit);
    if (NOT_CHECKED.has(dim)) return unverified({ kind: 'not-checked' });

    const w = claimWindow(text, claim);
    // "Hut 8 H100 Cluster", "Oracle 2020 A100 Cluster": a figure inside a name is not a figure about it.
    if (insideName(base, w)) return unverified({ kind: 'no-fact' });
    const subjects = findSubjects(base, claim, w, titleTokens, dim, topic);
    if (!subjects.scores.size) return unverified({ kind: 'no-fact' });
    const hits = scoreMetrics(base, claim, w, dim, subjects.scores);
    const { plausible: candidates, perUnitMismatch } = findCandidates(base, claim, w, dim, subjects.scores, hits);
    // Figures a fact-checker rated false never support a claim: set apart, judged last (known-wrong.ts).
    const wrong = candidates.filter(isRatedFalse);
    const plausible = wrong.length ? candidates.filter((s) => !isRatedFalse(s)) : candidates;
    const orRatedFalse = (otherwise: () => CheckedClaim): CheckedClaim => {
      if (!wrong.length) return otherwise();
      const dated = this.datedYear(text, claim, w.sentenceStart, candidates.map((s) => s.chain.head));
      const kw = knownWrong({ base, text, claim, dim, window: w, plausible, subjects, hits, topic, datedYear: dated }, wrong);
      if (!kw || (kw.blocked.length && plausible.length)) return otherwise();
      const fact = ref(kw.fact);
      if (kw.blocked.length) return unverified({ kind: 'held-back', fact, blocked: kw.blocked });
      return done({ verdict: 'contradicted', fact, reasons: [{ kind: 'rated-false', fact, claimText: claim.text }] });
    };
    if (!plausible.length) {
      return orRatedFalse(() => {
        if (perUnitMismatch) {
          const any = [...subjects.scores.values()][0].chain.head;
          return unverified({ kind: 'held-back', fact: ref(any), blocked: ['per-unit'] });
        }
        return unverified({ kind: [...subjects.scores.values()].some((s) => s.inSentence) ? 'no-metric' : 'no-fact' });
      });
    }

    const datedYear = this.datedYear(text, claim, w.sentenceStart, plausible.map((s) => s.chain.head));
    const history = (chain: PreparedFact[]) => (chain.length > 1 ? chain.map(ref) : undefined);

    let agreement = findAgreement(base, claim, plausible, datedYear);
    // "AWS investit 20 milliards de dollars en Pennsylvanie" is not verified by AWS's €18bn in
    // Aragón: when the subject has several figures of this quantity (sites, projects), an agreeing
    // one verifies the claim only if the sentence singles it out (one of its own names or
    // keywords), or the figure is the same one in the same currency with no unknown name beside it.
    if (agreement && agreement.kind !== 'total' && !singledOut(base, claim, agreement.chain, hits, text, w.sentenceStart, dim)) {
      const matched = ref(agreement.fact);
      return orRatedFalse(() => unverified({ kind: 'other-project', fact: matched }));
    }
    if (agreement) {
      switch (agreement.kind) {
        case 'total': {
          const parts = agreement.parts.map(ref);
          const total = agreement.total ? ref(agreement.total) : undefined;
          return done({ verdict: 'supported', fact: total ?? parts[0], related: parts, reasons: [{ kind: 'matches-total', parts, total }] });
        }
        case 'current': {
          const fact = ref(agreement.fact);
          const others = agreement.disputing.map(ref);
          const reason: Reason = others.length ? { kind: 'matches-disputed', fact, others } : { kind: 'matches', fact };
          return done({
            verdict: 'supported', fact, related: others.length ? others : undefined,
            history: history(agreement.chain.chain.facts), reasons: [reason],
          });
        }
        case 'past': {
          const fact = ref(agreement.fact);
          const newer = agreement.newer ? ref(agreement.newer) : undefined;
          return done({
            verdict: 'supported', fact, newer, history: history(agreement.chain.chain.facts),
            reasons: [{ kind: 'matches-past', fact, newer }],
          });
        }
        case 'superseded': {
          const fact = ref(agreement.fact);
          const newer = ref(agreement.newer);
          return done({
            verdict: 'outdated', fact, newer, history: history(agreement.chain.chain.facts),
            reasons: [{ kind: 'superseded', fact, newer }],
          });
        }
      }
    }

    const gate = contradictionGate({ base, text, claim, dim, window: w, plausible, subjects, hits, topic, datedYear });
    const closest = gate.facts.map(ref);
    if (!gate.blocked.length) {
      return done({
        verdict: 'contradicted', fact: closest[0], history: history(plausible[0].chain.facts),
        reasons: [{ kind: 'differs', facts: closest.slice(0, 2), claimText: claim.text }],
      });
    }
    if (gate.blocked.includes('candidates-disagree') && plausible.length > 1) {
      return orRatedFalse(() => unverified({ kind: 'ambiguous', facts: plausible.slice(0, 3).map((s) => ref(s.chain.head)) }));
    }
    return orRatedFalse(() => unverified({ kind: 'held-back', fact: closest[0], blocked: gate.blocked }, null));
  }

  /** A past year printed before the figure in its sentence, older than the candidates' latest figures. */
  private datedYear(text: string, claim: Claim, sentenceStart: number, heads: PreparedFact[]): number | undefined {
    if (claim.unit === 'year') return undefined;
    const before = text.slice(sentenceStart, claim.start);
    let found: number | undefined;
    DATED.lastIndex = 0;
    for (let m = DATED.exec(before); m; m = DATED.exec(before)) {
      // "Fondée en 2023, la start-up a levé …": a year that dates another event does not date the figure.
      if (YEAR_EVENT_RE.test(before.slice(Math.max(0, m.index - 25), m.index))) continue;
      found = Number(m[1]);
    }
    if (found === undefined) return undefined;
    const latest = Math.max(...heads.map((f) => Number(f.asOf.slice(0, 4))));
    return found < latest ? found : undefined;
  }
}

/** True when a known name spans the claim's edge: the figure is part of the name. */
function insideName(base: FactBase, w: ClaimWindow): boolean {
  let inside = false;
  const toks = w.tokens;
  scanPhrases(toks, aliasIndex(base), (i, key) => {
    const last = toks[i + key.split(' ').length - 1];
    const from = toks[i].at;
    const to = last.at + last.w.length;
    // Overlaps the claim without lying inside it.
    if (from < w.claimEnd && to > w.claimAt && (from < w.claimAt || to > w.claimEnd)) inside = true;
  });
  return inside;
}

/**
 * Does the sentence single out this chain among its subject's figures of the same quantity? Yes
 * when the subject has only this one; when the sentence names it by a name or keyword of its own;
 * or when the claim gives the same figure in the same currency and no unknown name (a place, a
 * partner) sits beside it.
 */
function singledOut(
  base: FactBase, claim: Claim, s: ChainScore, hits: MetricHits, text: string, sentenceStart: number, dim: Dimension,
): boolean {
  const { entity, metric, id } = s.chain;
  // A sibling whose current figure agrees too is no rival: the figure is right whichever it is
  // (the same figure restated by another pack, a ClaimReview import of a bundled fact).
  const siblings = (base.entityChains.get(entity)?.get(dim) ?? []).filter(
    (c) => c !== id && base.chains.get(c)!.metric === metric && !agrees(claim, base.chains.get(c)!.head, base.rates),
  );
  if (hits.sentenceChains.has(id)) {
    // Its own keyword, unless every sibling lists it too.
    const own = !siblings.length || (base.chainKeywordKeys.get(id) ?? []).some(
      (k) => hits.sentenceKeys.has(k) && !siblings.every((c) => (base.chainKeywordKeys.get(c) ?? []).includes(k)),
    );
    if (own) return true;
  }
  for (const key of s.sentenceNames) {
    const ids = base.aliases.get(key)?.chains.get(dim) ?? [];
    if (siblings.length && !siblings.every((c) => ids.includes(c))) return true;
  }
  // A place the chain does not name ("en Pennsylvanie" against the Aragón site): another project.
  if (foreignPlace(base, s, text, sentenceStart, claim)) return false;
  if (!siblings.length) return true;
  return !unknownNameNear(base, text, claim, sentenceStart);
}

/** A place named in the claim's sentence that is neither a name nor a keyword of this chain. */
function foreignPlace(base: FactBase, s: ChainScore, text: string, sentenceStart: number, claim: Claim): boolean {
  const sentence = text.slice(sentenceStart, sentenceStart + claim.sentence.length);
  const own = new Set(base.chainKeywordKeys.get(s.chain.id) ?? []);
  const places = base.chainPlaces.get(s.chain.id);
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(sentence); m; m = PLACE.exec(sentence)) {
    const key = tokenize(m[1]).map((t) => t.w).join(' ');
    if (!key || NOT_NAMES.has(key) || s.names.has(key)) continue;
    const stemmed = tokenize(m[1]).map((t) => stem(t.w)).join(' ');
    if (own.has(stemmed)) continue;
    const ids = base.aliases.get(key)?.chains.get(s.chain.dim) ?? [];
    if (ids.includes(s.chain.id)) continue;
    // A country the chain's facts do not name, in any language ("en Finlande" against a UK site).
    const code = COUNTRY_KEYS.get(key);
    if (code) {
      if (places?.has(code)) continue;
      return true;
    }
    // A site we know for another figure of this subject.
    if (ids.some((id) => base.chains.get(id)!.entity === s.chain.entity)) return true;
    // A place we cannot place, while we know where this figure's site is: not the same site.
    if (places?.size && !base.aliases.has(key)) return true;
  }
  return false;
}
