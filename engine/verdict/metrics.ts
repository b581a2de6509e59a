/**
 * Step 2 — metrics: which quantity the sentence is about, from the metric words of every
 * language pack and each fact's own keywords (stemmed phrases), weighted by where they sit.
 */
import type { Claim } from '../types';
import type { Dimension } from '../units';
import type { FactBase } from '../match/fact-base';
import { stem } from '../match/text';
import type { ClaimWindow } from './claim-window';
import { scanPhrases, type PhraseIndex } from './phrase-scan';
import type { ChainScore } from './subjects';

/** Metric words in the previous sentence count for this much ("pèse 6 milliards. Très loin des 300 milliards"). */
const PREVIOUS_SENTENCE_KEYWORD = 0.25;
/** …and in another clause of the same sentence, for a little more. */
const OTHER_CLAUSE_KEYWORD = 0.3;
/** A fact's own keywords add at most this much relevance. */
const MAX_CHAIN_KEYWORDS = 2;

export interface MetricHits {
  /** Metrics named in the claim's own sentence. */
  sentenceMetrics: Set<string>;
  /** Chains whose own keywords appear in the claim's own sentence. */
  sentenceChains: Set<string>;
  /** The facts' own keyword phrases (stemmed keys) found in the claim's sentence. */
  sentenceKeys: Set<string>;
  /** For each metric named in the claim's clause, the metric words that name it there. */
  sentenceMetricWords?: Map<string, Set<string>>;
}

type KeywordEntry = { metrics?: Set<string>; chainKeyword: boolean };

function keywordIndex(base: FactBase): PhraseIndex<KeywordEntry> {
  return {
    get(k) {
      const metrics = base.metricKeywords.get(k);
      const chainKeyword = base.chainKeywords.has(k);
      return metrics || chainKeyword ? { metrics, chainKeyword } : undefined;
    },
    hasPrefix: (k) => base.keywordPrefixes.has(k),
    maxWords: base.maxKeywordWords,
  };
}

/** Scores each chain's `keyword` evidence in place; returns which metrics the sentence names. */
export function scoreMetrics(base: FactBase, claim: Claim, w: ClaimWindow, dim: Dimension, scores: Map<string, ChainScore>): MetricHits {
  const metricHits = new Map<string, number>();
  const sentenceMetrics = new Set<string>();
  const sentenceMetricWords = new Map<string, Set<string>>();
  const keyHits = new Map<string, { w: number; inSentence: boolean }>();
  // What a count or a chip figure counts is printed in the claim, after the number ("4 gigafactories",
  // "18 000 processeurs GPU"): those words are metric words (the figure itself never is).
  let noun = Infinity;
  if (dim === 'count' && claim.noun && claim.text.endsWith(claim.noun)) noun = w.claimEnd - claim.noun.length;
  const lastDigit = dim === 'chips' ? /\d(?=\D*$)/u.exec(claim.text) : null;
  if (lastDigit) noun = w.claimAt + lastDigit.index + 1;

  scanPhrases(
    w.tokens,
    keywordIndex(base),
    (i, key, entry) => {
      const p = w.where(w.tokens[i]);
      if (p.inClaim && w.tokens[i].at < noun) return;
      // Metric words in another clause of the sentence (after a ";") speak of another figure.
      const at = w.tokens[i].at;
      const inClause = p.inSentence && at >= w.clauseAt && at < w.clauseEnd;
      const weight = !p.inSentence ? PREVIOUS_SENTENCE_KEYWORD : inClause ? p.weight : OTHER_CLAUSE_KEYWORD;
      for (const m of entry.metrics ?? []) {
        metricHits.set(m, Math.max(metricHits.get(m) ?? 0, weight));
        if (inClause) {
          sentenceMetrics.add(m);
          let words = sentenceMetricWords.get(m);
          if (!words) sentenceMetricWords.set(m, (words = new Set()));
          words.add(key);
        }
      }
      // Facts' own keywords: noted here, summed below over the (few) scored chains only, so a
      // keyword shared by thousands of facts costs nothing.
      if (entry.chainKeyword) {
        const hit = keyHits.get(key);
        keyHits.set(key, { w: (hit?.w ?? 0) + weight, inSentence: (hit?.inSentence ?? false) || p.inSentence });
      }
    },
    (t) => stem(t.w),
  );

  const sentenceKeys = new Set<string>();
  for (const [key, hit] of keyHits) if (hit.inSentence) sentenceKeys.add(key);
  const chainHits = new Map<string, number>();
  const sentenceChains = new Set<string>();
  if (keyHits.size) {
    for (const id of scores.keys()) {
      for (const key of base.chainKeywordKeys.get(id) ?? []) {
        const hit = keyHits.get(key);
        if (!hit) continue;
        chainHits.set(id, (chainHits.get(id) ?? 0) + hit.w);
        if (hit.inSentence) sentenceChains.add(id);
      }
    }
  }
  for (const s of scores.values()) {
    s.keyword = (metricHits.get(s.chain.metric) ?? 0) + Math.min(MAX_CHAIN_KEYWORDS, chainHits.get(s.chain.id) ?? 0);
    s.relevance = s.keyword > 0 ? s.subject * (1 + s.keyword) : 0;
  }
  return { sentenceMetrics, sentenceChains, sentenceMetricWords, sentenceKeys };
}
