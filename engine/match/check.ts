/**
 * Verdicts. For each claim: chains of facts of the same dimension whose subject is named near the
 * figure (exact aliases, then Fuse for near-misses), scored by subject specificity × metric words
 * × proximity; then the figure is compared with every plausible chain.
 *
 * A false "contradicted" is the worst failure this product can have, so it needs all of: a named
 * subject in the same sentence, a metric word in the sentence, no other entity with a fact of that
 * metric named in the sentence, plausible chains all of one entity and metric (so a relevant name
 * nearby blocks it too), no plausible fact that agrees, and a clear gap. Otherwise the claim is
 * `unverified`.
 */
import type { Claim, Lang, Verdict } from '../types';
import { statementIn, type Source } from '../facts/schema';
import { dimensionOf, type Dimension } from '../units';
import { agrees, clearlyDiffers, distance, withinHistory } from './agree';
import { explainContradicted, explainOutdated, explainSupported, explainUnverified } from './explain';
import type { Chain, FactBase, PreparedFact } from './fact-base';
import { fuzzyNames } from './fuzzy';
import { stem, tokenize, type Token } from './text';

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
}

export interface CheckedClaim extends Claim {
  verdict: Verdict;
  /** The fact the verdict rests on (the matching one for supported/outdated, the sourced one otherwise). */
  fact: FactRef | null;
  /** For outdated claims: the newest figure. */
  newer?: FactRef;
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

/** How far around the claim we read for names and keywords. */
const WINDOW_BEFORE = 300;
/** Weights of evidence by where it sits relative to the figure. */
const NEAR = 80;
const MID = 200;
function proximity(distanceChars: number, inSentence: boolean, after: boolean): number {
  if (!inSentence) return 0.25;
  // The subject of a figure usually comes before it ("OpenAI prépare une levée de 100 milliards").
  const side = after ? 0.5 : 1;
  if (distanceChars <= NEAR) return side;
  if (distanceChars <= MID) return 0.6 * side;
  return 0.35 * side;
}
/** Evidence for the page's main subject (named most often on the page), wherever the figure is. */
const TOPIC_WEIGHT = 0.2;
/** Metric words in the previous sentence count for this much ("pèse 6 milliards. Très loin des 300 milliards"). */
const PREVIOUS_SENTENCE_KEYWORD = 0.25;
/** Agreeing chains at least this relevant (vs the most relevant agreeing one) compete on closeness. */
const AGREEING_BAND = 0.7;
/** Chains this much less relevant than the best one are not considered. */
const PLAUSIBLE_RATIO = 0.35;
/** Evidence from Fuse (fuzzy names) counts for less than an exact name. */
const FUZZY_WEIGHT = 0.5;
const FUZZY_MIN_LENGTH = 5;

/** What sits between a figure and its owner: "d’", "de ", "de l’", "du ", "des ", "of ". */
const GENITIVE = /^[^\S\n]*(?:d['’ʼ]|de[^\S\n]+(?:l['’ʼ]|la[^\S\n]+)?|du[^\S\n]+|des[^\S\n]+|of[^\S\n]+(?:the[^\S\n]+)?)$/iu;
/**
 * A name introduced as the source of a statement is not the subject of the figure:
 * "Selon Mistral, le marché du cloud pèse 100 milliards" says nothing about Mistral's value.
 */
const ATTRIBUTION = /(?:selon|d['’]apr[eè]s|according\s+to|cit[ée]e?s?\s+par|as\s+reported\s+by)\s+(?:l['’]|le\s+|la\s+|les\s+|the\s+)?$/iu;
/** "… 10 000 à Deutsche Telekom", "… for Acme": a beneficiary named right after the figure. */
const FOR_SOMEONE = /^[^\S\n]*(?:à|au|aux|pour|chez|for|to|at)[^\S\n]+(?:l['’]|la[^\S\n]+|le[^\S\n]+|les[^\S\n]+|the[^\S\n]+)?(\p{Lu}[\p{L}\p{N}-]*)/u;
/** Capitalised words that are not names of who a figure belongs to (products, units, titles, places of the press). */
const NOT_NAMES = new Set([
  'gpu', 'gpus', 'ia', 'ai', 'mw', 'gw', 'kw', 'twh', 'gwh', 'ceo', 'pdg', 'cfo', 'blackwell', 'hopper', 'grace', 'rubin',
  'vera', 'ultra', 'superchip', 'superchips', 'tpu', 'tpus', 'cloud', 'europe', 'france', 'etats', 'unis', 'us', 'usa',
  'le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cette', 'il', 'elle', 'ils', 'the', 'a', 'an', 'this', 'it', 'its',
  'selon', 'depuis', 'dans', 'en', 'au', 'aux', 'with', 'in', 'on', 'by', 'for', 'after', 'before', 'lundi', 'mardi',
  'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre',
  'novembre', 'decembre', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'data', 'center', 'centre',
]);
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}-]{3,}$/u;

interface ChainScore {
  chain: Chain;
  subject: number;
  /** Alias keys that named this chain (window and title), and those of them in the claim's sentence. */
  names: Set<string>;
  sentenceNames: Set<string>;
  /** A name of this chain appears in the claim's own sentence. */
  inSentence: boolean;
  /** …and not only as the source of a statement ("selon Mistral, le marché pèse…"). */
  namedAsSubject: boolean;
  exact: boolean;
  keyword: number;
  relevance: number;
}

export function toFactRef(f: PreparedFact, lang: Lang): FactRef {
  const ref: FactRef = {
    id: f.id, statement: statementIn(f.statement, lang), value: f.value, unit: f.unit, asOf: f.asOf, pack: f.packId,
    sources: f.sources,
  };
  if (f.approx) ref.approx = f.approx;
  if (f.low !== undefined) ref.low = f.low;
  if (f.high !== undefined) ref.high = f.high;
  return ref;
}

export class Checker {
  constructor(readonly base: FactBase) {}

  /** Checks claims extracted from `text` (their offsets point into it). */
  check(text: string, claims: Claim[], ctx: CheckContext = {}): CheckedClaim[] {
    const titleTokens = ctx.title ? tokenize(ctx.title.slice(0, 300)) : [];
    const topic = ctx.topic !== undefined ? (ctx.topic ?? undefined) : claims.length ? this.topicOf(text, titleTokens) : undefined;
    return claims.map((c) => this.checkOne(text, c, titleTokens, ctx.lang ?? c.lang, topic));
  }

  /** The entity the page names most often (title counts double), if it clearly leads. */
  topicOf(text: string, title: Token[] | string = []): string | undefined {
    const titleTokens = typeof title === 'string' ? tokenize(title.slice(0, 300)) : title;
    const counts = new Map<string, number>();
    const count = (toks: Token[], w: number) => {
      for (let i = 0; i < toks.length; i++) {
        let key = '';
        for (let n = 0; n < this.base.maxAliasWords && i + n < toks.length; n++) {
          key = n ? `${key} ${toks[i + n].w}` : toks[i].w;
          const entities = this.base.aliasEntities.get(key);
          if (entities) for (const e of entities) counts.set(e, (counts.get(e) ?? 0) + w);
          else if (!this.base.aliasPrefixes.has(key) && !this.base.aliases.has(key)) break;
        }
      }
    };
    count(tokenize(text.length > 200_000 ? text.slice(0, 200_000) : text), 1);
    count(titleTokens, 2);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (!ranked.length || ranked[0][1] < 2) return undefined;
    if (ranked.length > 1 && ranked[0][1] < ranked[1][1] * 1.5) return undefined;
    return ranked[0][0];
  }

  private checkOne(text: string, claim: Claim, titleTokens: Token[], lang: Lang, topic?: string): CheckedClaim {
    const unverified = (why?: 'ambiguous' | 'no-fact'): CheckedClaim => ({
      ...claim, verdict: 'unverified', fact: null, explanation: explainUnverified(lang, why),
    });
    const dim = dimensionOf(claim.unit);
    if (dim === 'duration') return unverified();

    const sentenceStart = Math.max(0, text.lastIndexOf(claim.sentence, claim.start));
    const sentenceEnd = sentenceStart + claim.sentence.length;
    const windowStart = Math.max(0, sentenceStart - WINDOW_BEFORE);
    const windowText = text.slice(windowStart, sentenceEnd);
    const tokens = tokenize(windowText);
    const claimAt = claim.start - windowStart;
    const claimEnd = claim.end - windowStart;
    const sentenceAt = sentenceStart - windowStart;
    const where = (t: Token) => {
      const inSentence = t.at >= sentenceAt;
      const after = t.at >= claimEnd;
      const d = after ? t.at - claimEnd : Math.max(0, claimAt - t.at);
      return { inSentence, weight: proximity(d, inSentence, after), inClaim: t.at >= claimAt && t.at < claimEnd };
    };

    // 1. Subjects: exact aliases (n-grams of folded words).
    const scores = new Map<string, ChainScore>();
    const sentenceNamesSeen = new Set<string>(); // alias keys found in the claim's sentence
    const addSubject = (chainId: string, w: number, inSentence: boolean, exact: boolean, key?: string, attributed = false) => {
      const chain = this.base.chains.get(chainId)!;
      let s = scores.get(chainId);
      if (!s) {
        s = { chain, subject: 0, names: new Set(), sentenceNames: new Set(), inSentence: false, namedAsSubject: false, exact: false, keyword: 0, relevance: 0 };
        scores.set(chainId, s);
      }
      s.subject += w;
      s.inSentence ||= inSentence;
      s.namedAsSubject ||= inSentence && exact && !attributed;
      s.exact ||= exact;
      if (key) {
        s.names.add(key);
        if (inSentence) {
          s.sentenceNames.add(key);
          sentenceNamesSeen.add(key);
        }
      }
    };
    const matchAliases = (toks: Token[], source: string, place: (t: Token) => { inSentence: boolean; weight: number; inClaim?: boolean }) => {
      let found = false;
      for (let i = 0; i < toks.length; i++) {
        let key = '';
        for (let n = 0; n < this.base.maxAliasWords && i + n < toks.length; n++) {
          key = n ? `${key} ${toks[i + n].w}` : toks[i].w;
          const entry = this.base.aliases.get(key);
          if (!entry) {
            if (!this.base.aliasPrefixes.has(key)) break; // no longer name can start here
            continue;
          }
          const ids = entry.chains.get(dim);
          if (!ids) continue;
          const p = place(toks[i]);
          if (p.inClaim) continue;
          found = true;
          const attributed = ATTRIBUTION.test(source.slice(Math.max(0, toks[i].at - 30), toks[i].at));
          for (const id of ids) addSubject(id, entry.weight * p.weight, p.inSentence, true, key, attributed);
        }
      }
      return found;
    };
    let found = matchAliases(tokens, windowText, where);
    if (titleTokens.length) found = matchAliases(titleTokens, '', () => ({ inSentence: false, weight: 0.25 })) || found;

    // 2. Near-miss names through Fuse, only when no name matched exactly (typos, lost accents).
    if (!found) this.fuzzySubjects(windowText, tokens, where, dim, addSubject);
    if (topic) for (const id of this.base.entityChains.get(topic)?.get(dim) ?? []) addSubject(id, TOPIC_WEIGHT, false, false);
    if (!scores.size) return unverified();

    // 3. Metric words, in the claim's own sentence only.
    const metricHits = new Map<string, number>();
    const chainHits = new Map<string, number>();
    const sentenceMetrics = new Set<string>();
    const sentenceChains = new Set<string>();
    const keyHits = new Map<string, { w: number; inSentence: boolean }>();
    // What a count or a chip figure counts is printed in the claim, after the number ("4 gigafactories",
    // "18 000 processeurs GPU"): those words are metric words (the figure itself never is).
    let noun = Infinity;
    if (dim === 'count' && claim.noun && text.endsWith(claim.noun, claim.end)) noun = claim.end - claim.noun.length - windowStart;
    const lastDigit = dim === 'chips' ? /\d(?=\D*$)/u.exec(claim.text) : null;
    if (lastDigit) noun = claim.start + lastDigit.index + 1 - windowStart;
    for (let i = 0; i < tokens.length; i++) {
      let key = '';
      const p = where(tokens[i]);
      if (p.inClaim && tokens[i].at < noun) continue;
      if (!p.inSentence) p.weight = PREVIOUS_SENTENCE_KEYWORD;
      for (let n = 0; n < this.base.maxKeywordWords && i + n < tokens.length; n++) {
        key = n ? `${key} ${stem(tokens[i + n].w)}` : stem(tokens[i].w);
        if (n && !this.base.keywordPrefixes.has(key) && !this.base.metricKeywords.has(key) && !this.base.chainKeywords.has(key)) break;
        const metrics = this.base.metricKeywords.get(key);
        if (metrics) {
          for (const m of metrics) {
            metricHits.set(m, Math.max(metricHits.get(m) ?? 0, p.weight));
            if (p.inSentence) sentenceMetrics.add(m);
          }
        }
        // Facts' own keywords: noted here, summed below over the (few) scored chains only, so a
        // keyword shared by thousands of facts costs nothing.
        if (this.base.chainKeywords.has(key)) {
          const hit = keyHits.get(key);
          keyHits.set(key, { w: (hit?.w ?? 0) + p.weight, inSentence: (hit?.inSentence ?? false) || p.inSentence });
        }
      }
    }
    if (keyHits.size) {
      for (const id of scores.keys()) {
        for (const key of this.base.chainKeywordKeys.get(id) ?? []) {
          const hit = keyHits.get(key);
          if (!hit) continue;
          chainHits.set(id, (chainHits.get(id) ?? 0) + hit.w);
          if (hit.inSentence) sentenceChains.add(id);
        }
      }
    }

    for (const s of scores.values()) {
      s.keyword = (metricHits.get(s.chain.metric) ?? 0) + Math.min(2, chainHits.get(s.chain.id) ?? 0);
      s.relevance = s.keyword > 0 ? s.subject * (1 + s.keyword) : 0;
    }
    let candidates = [...scores.values()].filter((s) => s.relevance > 0);
    // A year matches many facts by coincidence ("d’ici fin 2026"): it needs its metric word in its own
    // sentence ("ouverture prévue en 2027", "fondée en 2023").
    if (dim === 'year') candidates = candidates.filter((s) => sentenceMetrics.has(s.chain.metric) || sentenceChains.has(s.chain.id));
    // "les 300 milliards d’OpenAI": a name right after the figure, in the genitive, says whose figure it is.
    const owner = this.ownerAfter(windowText, tokens, claimEnd, dim);
    if (owner && candidates.some((s) => s.names.has(owner))) candidates = candidates.filter((s) => s.names.has(owner));
    // A chain whose names in the sentence all name a more specific chain of the same metric, which the
    // sentence also names by a name of its own ("Mistral … en Suède": the Swedish site, not every
    // Mistral investment), is not a candidate.
    const specific = candidates.filter((b) => !candidates.some((a) => a !== b && dominates(a, b)));
    let best = 0;
    for (const s of specific) best = Math.max(best, s.relevance);
    if (best === 0) return unverified();
    const plausible = specific
      .filter((s) => s.relevance >= best * PLAUSIBLE_RATIO)
      .sort((a, b) => b.relevance - a.relevance || a.chain.rank - b.chain.rank);

    // 4. Agreement. Among the plausible chains nearly as relevant as the best agreeing one, the
    // closest figure wins (a current one on a tie): supported if current, outdated if superseded.
    const rates = this.base.rates;
    const agreeing: { s: ChainScore; f: PreparedFact; d: number }[] = [];
    for (const s of plausible) {
      for (const f of s.chain.facts) if (agrees(claim, f, rates)) agreeing.push({ s, f, d: distance(claim, f, rates) });
    }
    if (agreeing.length) {
      const bar = Math.max(...agreeing.map((a) => a.s.relevance)) * AGREEING_BAND;
      const pick = agreeing
        .filter((a) => a.s.relevance >= bar)
        .sort(
          (a, b) =>
            a.d - b.d ||
            Number(b.f === b.s.chain.head) - Number(a.f === a.s.chain.head) ||
            b.s.relevance - a.s.relevance ||
            a.s.chain.rank - b.s.chain.rank ||
            b.f.asOf.localeCompare(a.f.asOf),
        )[0];
      const head = pick.s.chain.head;
      // "Outdated" says the figure is no longer the latest: not so when a current figure of the same
      // entity and metric agrees just as closely, even from a less relevant chain (sources that still
      // disagree, say 40 and 44 MW for one site).
      const current =
        pick.f === head
          ? pick
          : agreeing.find(
              (a) => a.f === a.s.chain.head && a.d <= pick.d && a.s.chain.entity === pick.s.chain.entity &&
                a.s.chain.metric === pick.s.chain.metric,
            );
      if (current) {
        return { ...claim, verdict: 'supported', fact: toFactRef(current.f, lang), explanation: explainSupported(current.f, lang) };
      }
      const match = pick.f;
      return {
        ...claim, verdict: 'outdated', fact: toFactRef(match, lang), newer: toFactRef(head, lang),
        explanation: explainOutdated(match, head, lang),
      };
    }

    // 5. Contradicted, only when nothing else could explain the figure.
    const top = plausible[0];
    const entity = top.chain.entity;
    const metric = top.chain.metric;
    // Another entity with a fact of this metric, named in the sentence (names further away that matter
    // made their chains plausible, and `sameTopic` already refuses those).
    const others = [...sentenceNamesSeen].some((key) => this.namesOtherEntity(key, dim, entity, metric));
    const sameTopic = plausible.every((s) => s.chain.entity === entity && s.chain.metric === metric);
    const keywordInSentence = sentenceMetrics.has(metric) || sentenceChains.has(top.chain.id);
    if (
      top.exact && top.inSentence && top.namedAsSubject && keywordInSentence && sameTopic && !others && !claim.currencyImplied &&
      !this.unknownNameNear(text, claim, sentenceStart) &&
      plausible.every((s) => s.chain.facts.every((f) => clearlyDiffers(claim, f, rates)) && !withinHistory(claim, s.chain.facts, rates))
    ) {
      const heads = plausible.slice(0, 2).map((s) => s.chain.head);
      return {
        ...claim, verdict: 'contradicted', fact: toFactRef(heads[0], lang),
        explanation: explainContradicted(claim.text, heads, lang),
      };
    }
    return unverified(plausible.length > 1 || others ? 'ambiguous' : 'no-fact');
  }

  /**
   * A name we have no fact about, close to the figure, may be whose figure it is ("18 000 puces à
   * Mistral et 10 000 à Deutsche Telekom"): then we cannot say the figure is wrong.
   */
  private unknownNameNear(text: string, claim: Claim, sentenceStart: number): boolean {
    const after = FOR_SOMEONE.exec(text.slice(claim.end, claim.end + 60));
    if (after && !this.isKnownName(after[1])) return true;
    // Capitalised words between the sentence start and the figure (not the sentence's first word).
    const before = text.slice(Math.max(sentenceStart, claim.start - 160), claim.start);
    const words = tokenize(before);
    for (let i = 0; i < words.length; i++) {
      const raw = before.slice(words[i].at, words[i].at + words[i].w.length);
      const first = i === 0 && claim.start - 160 <= sentenceStart;
      if (first || !/^\p{Lu}\p{Ll}/u.test(raw) || NOT_NAMES.has(words[i].w)) continue;
      // Part of a known name, alone or with its neighbour ("Deutsche Telekom", "Mistral AI").
      const known = (k: string) => this.base.aliases.has(k) || this.base.aliasPrefixes.has(k);
      if (this.isKnownName(raw)) continue;
      if (i + 1 < words.length && known(`${words[i].w} ${words[i + 1].w}`)) continue;
      if (i > 0 && this.base.aliases.has(`${words[i - 1].w} ${words[i].w}`)) continue;
      return true;
    }
    return false;
  }

  private isKnownName(raw: string): boolean {
    const key = tokenize(raw).map((t) => t.w).join(' ');
    return this.base.aliases.has(key) || this.base.aliasPrefixes.has(key) || NOT_NAMES.has(key);
  }

  /** The alias named in the genitive right after the claim ("… d’OpenAI", "… de la Suède"), if any. */
  private ownerAfter(windowText: string, tokens: Token[], claimEnd: number, dim: Dimension): string | undefined {
    const i = tokens.findIndex((t) => t.at >= claimEnd);
    if (i < 0) return undefined;
    for (let j = i; j < Math.min(tokens.length, i + 3); j++) {
      if (!GENITIVE.test(windowText.slice(claimEnd, tokens[j].at))) continue;
      let key = '';
      let found: string | undefined;
      for (let n = 0; n < this.base.maxAliasWords && j + n < tokens.length; n++) {
        key = n ? `${key} ${tokens[j + n].w}` : tokens[j].w;
        if (this.base.aliases.get(key)?.chains.has(dim)) found = key;
      }
      return found;
    }
    return undefined;
  }

  /**
   * Does this name point to another entity that has a fact of `metric`? A name shared with the claim's
   * own entity ("Mistral" listed among ASML's aliases) does not, unless it is that other entity's own name.
   */
  private namesOtherEntity(key: string, dim: Dimension, entity: string, metric: string): boolean {
    const ids = this.base.aliases.get(key)?.chains.get(dim) ?? [];
    const chains = ids.map((id) => this.base.chains.get(id)!);
    const ownName = this.base.aliasEntities.get(key);
    const sharedWithEntity = chains.some((c) => c.entity === entity);
    return chains.some((c) => c.entity !== entity && c.metric === metric && (!sharedWithEntity || !!ownName?.has(c.entity)));
  }

  private fuzzySubjects(
    windowText: string,
    tokens: Token[],
    where: (t: Token) => { inSentence: boolean; weight: number; inClaim: boolean },
    dim: ReturnType<typeof dimensionOf>,
    addSubject: (chainId: string, w: number, inSentence: boolean, exact: boolean, key?: string) => void,
  ): void {
    for (const t of tokens) {
      // Only names: capitalised words in the page, long enough to be specific.
      const original = windowText.slice(t.at, t.at + t.w.length);
      if (t.w.length < FUZZY_MIN_LENGTH || !CAPITALISED.test(original)) continue;
      const hits = fuzzyNames(this.base, t.w);
      for (const h of hits) {
        // The whole alias must be close to the word, not a fragment of a longer name.
        if (Math.abs(h.key.length - t.w.length) > 2) continue;
        const entry = this.base.aliases.get(h.key);
        const ids = entry?.chains.get(dim);
        if (!entry || !ids) continue;
        const p = where(t);
        for (const id of ids) addSubject(id, entry.weight * p.weight * FUZZY_WEIGHT * (1 - h.score), p.inSentence, false, h.key);
      }
    }
  }
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

