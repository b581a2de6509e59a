/**
 * Step 1 — subjects: the chains (facts of one quantity over time) whose subject is named near
 * the figure: exact aliases in the window and the title, near-miss names through Fuse when no
 * name matched exactly, the page's subject, and a description ("la start-up", "the company")
 * standing for the page's subject.
 */
import type { Claim } from '../types';
import type { Dimension } from '../units';
import type { AliasEntry, Chain, FactBase } from '../match/fact-base';
import { fuzzyNames } from '../match/fuzzy';
import type { Token } from '../match/text';
import type { ClaimWindow, Place } from './claim-window';
import { scanPhrases, type PhraseIndex } from './phrase-scan';
import { ATTRIBUTION, DESCRIPTION } from './sentence-words';

/** Evidence for the page's main subject (named most often on the page), wherever the figure is. */
const TOPIC_WEIGHT = 0.2;
/** A description in the claim's sentence ("la start-up") standing for the page's subject. */
const DESCRIPTION_WEIGHT = 1;
/** Evidence from Fuse (fuzzy names) counts for less than an exact name. */
const FUZZY_WEIGHT = 0.5;
const FUZZY_MIN_LENGTH = 5;
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}-]{3,}$/u;
/** How far back an attribution word is looked for before a name ("selon", "according to"). */
const ATTRIBUTION_SPAN = 30;

export interface ChainScore {
  chain: Chain;
  subject: number;
  /** Alias keys that named this chain (window and title), and those of them in the claim's sentence. */
  names: Set<string>;
  sentenceNames: Set<string>;
  /** A name of this chain appears in the claim's own sentence. */
  inSentence: boolean;
  /** …and not only as the source of a statement ("selon Mistral, le marché pèse…"). */
  namedAsSubject: boolean;
  /** Named by an exact alias (not only fuzzy, topic or description). */
  exact: boolean;
  /** Named in the sentence only through a description of the page's subject. */
  byDescription: boolean;
  keyword: number;
  relevance: number;
}

export interface Subjects {
  scores: Map<string, ChainScore>;
  /** Alias keys found in the claim's sentence. */
  sentenceNames: Set<string>;
  /** The sentence names the page's subject by a description. */
  description: boolean;
}

export function aliasIndex(base: FactBase): PhraseIndex<AliasEntry> {
  return { get: (k) => base.aliases.get(k), hasPrefix: (k) => base.aliasPrefixes.has(k), maxWords: base.maxAliasWords };
}

interface AliasMatch {
  i: number;
  n: number;
  key: string;
  entry: AliasEntry;
}

/** The names found in a list of tokens, cached per list (the figures of one sentence share theirs). */
const MATCHES = new WeakMap<FactBase, WeakMap<Token[], AliasMatch[]>>();
function aliasMatches(base: FactBase, index: PhraseIndex<AliasEntry>, toks: Token[]): AliasMatch[] {
  let byTokens = MATCHES.get(base);
  if (!byTokens) MATCHES.set(base, (byTokens = new WeakMap()));
  let matches = byTokens.get(toks);
  if (!matches) {
    const found: AliasMatch[] = [];
    scanPhrases(toks, index, (i, key, entry) => found.push({ i, n: key.split(' ').length, key, entry }));
    byTokens.set(toks, (matches = found));
  }
  return matches;
}

export function findSubjects(
  base: FactBase, claim: Claim, w: ClaimWindow, titleTokens: Token[], dim: Dimension, topic: string | undefined,
): Subjects {
  const scores = new Map<string, ChainScore>();
  const sentenceNames = new Set<string>();
  const add = (chainId: string, weight: number, inSentence: boolean, exact: boolean, key?: string, attributed = false) => {
    let s = scores.get(chainId);
    if (!s) {
      s = {
        chain: base.chains.get(chainId)!, subject: 0, names: new Set(), sentenceNames: new Set(), inSentence: false,
        namedAsSubject: false, exact: false, byDescription: false, keyword: 0, relevance: 0,
      };
      scores.set(chainId, s);
    }
    s.subject += weight;
    s.inSentence ||= inSentence;
    s.namedAsSubject ||= inSentence && exact && !attributed;
    s.exact ||= exact;
    if (key) {
      s.names.add(key);
      if (inSentence) {
        s.sentenceNames.add(key);
        sentenceNames.add(key);
      }
    }
    return s;
  };

  const index = aliasIndex(base);
  let found = false;
  /** Where each entity is named in the window (offsets into w.text). */
  const namedAt: { at: number; entities: Set<string> }[] = [];
  const matchAliases = (toks: Token[], source: string, place: (t: Token) => Place) => {
    // A name inside a longer name ("France" in "Choose France 2025", "Stargate" in "Stargate
    // Abilene") is not that other entity's own name there; as an alias of a place or a site
    // ("Abilene") it still names what it names.
    const matches = aliasMatches(base, index, toks);
    const entitiesOf = (e: AliasEntry) => {
      const out = new Set<string>();
      for (const list of e.chains.values()) for (const id of list) out.add(base.chains.get(id)!.entity);
      return out;
    };
    for (const m of matches) {
      const outer = matches.filter((o) => o !== m && o.i <= m.i && o.i + o.n >= m.i + m.n && o.n > m.n);
      let ids = m.entry.chains.get(dim);
      if (ids && outer.length) {
        const named = new Set(outer.flatMap((o) => [...entitiesOf(o.entry)]));
        const own = base.aliasEntities.get(m.key);
        ids = ids.filter((id) => {
          const e = base.chains.get(id)!.entity;
          return named.has(e) || !own?.has(e);
        });
      }
      visit(toks, source, place, m.i, m.key, m.entry, ids);
    }
  };
  function visit(toks: Token[], source: string, place: (t: Token) => Place, i: number, key: string, entry: AliasEntry, ids: string[] | undefined) {
    {
      if (!ids?.length) return;
      const p = place(toks[i]);
      if (p.inClaim) return;
      found = true;
      if (source) namedAt.push({ at: toks[i].at, entities: new Set(ids.map((id) => base.chains.get(id)!.entity)) });
      const attributed = ATTRIBUTION.test(source.slice(Math.max(0, toks[i].at - ATTRIBUTION_SPAN), toks[i].at));
      for (const id of ids) add(id, entry.weight * p.weight, p.inSentence, true, key, attributed);
    }
  }
  matchAliases(w.tokens, w.text, (t) => w.where(t));
  if (titleTokens.length) matchAliases(titleTokens, '', () => ({ inSentence: false, weight: 0.25, inClaim: false }));

  // Near-miss names through Fuse, only when no name matched exactly (typos, lost accents).
  if (!found) fuzzySubjects(base, w, dim, add);

  let description = false;
  if (topic) {
    const topicChains = base.entityChains.get(topic)?.get(dim) ?? [];
    for (const id of topicChains) add(id, TOPIC_WEIGHT, false, false);
    // "La start-up a levé 600 millions": a description in the sentence, before the figure, names
    // the page's subject when no other subject is named between the description and the figure.
    const descAt = descriptionAt(w);
    const namesOther = descAt >= 0 && namedAt.some((n) => n.at > descAt && n.at < w.claimAt && !n.entities.has(topic));
    if (topicChains.length && descAt >= 0 && !namesOther) {
      description = true;
      for (const id of topicChains) {
        const s = add(id, DESCRIPTION_WEIGHT, true, false);
        if (!s.namedAsSubject) s.byDescription = true;
      }
    }
  }
  return { scores, sentenceNames, description };
}

/** Offset (in w.text) of the last description of the page's subject in the claim's sentence before the figure, or -1. */
function descriptionAt(w: ClaimWindow): number {
  const sentenceBefore = w.text.slice(w.sentenceAt, w.claimAt);
  let at = -1;
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(sentenceBefore); m; m = DESCRIPTION.exec(sentenceBefore)) at = w.sentenceAt + m.index;
  return at;
}

function fuzzySubjects(
  base: FactBase, w: ClaimWindow, dim: Dimension,
  add: (chainId: string, weight: number, inSentence: boolean, exact: boolean, key?: string) => unknown,
): void {
  for (const t of w.tokens) {
    // Only names: capitalised words in the page, long enough to be specific.
    const original = w.text.slice(t.at, t.at + t.w.length);
    if (t.w.length < FUZZY_MIN_LENGTH || !CAPITALISED.test(original)) continue;
    for (const h of fuzzyNames(base, t.w)) {
      // The whole alias must be close to the word, not a fragment of a longer name.
      if (Math.abs(h.key.length - t.w.length) > 2) continue;
      const entry = base.aliases.get(h.key);
      const ids = entry?.chains.get(dim);
      if (!entry || !ids) continue;
      const p = w.where(t);
      for (const id of ids) add(id, entry.weight * p.weight * FUZZY_WEIGHT * (1 - h.score), p.inSentence, false, h.key);
    }
  }
}
