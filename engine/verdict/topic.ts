/** Step 0 — the page's subject: the entity the page names most often (the title counts double), if it clearly leads. */
import type { FactBase } from '../match/fact-base';
import { tokenize, type Token } from '../match/text';
import { scanPhrases, type PhraseIndex } from './phrase-scan';

/** How much of a page we read for its subject. */
const TOPIC_SCAN_LIMIT = 200_000;
/** The leader must be named this many times, and this much more often than the runner-up. */
const TOPIC_MIN_COUNT = 2;
const TOPIC_LEAD = 1.5;

/** Folded names → the entities they name (only subjects' own names make a page "about" them). */
export function entityNameIndex(base: FactBase): PhraseIndex<Set<string>> {
  return {
    get: (k) => base.aliasEntities.get(k),
    hasPrefix: (k) => base.aliasPrefixes.has(k) || base.aliases.has(k),
    maxWords: base.maxAliasWords,
  };
}

export function pageTopic(base: FactBase, text: string, title: Token[] | string = []): string | undefined {
  const titleTokens = typeof title === 'string' ? tokenize(title.slice(0, 300)) : title;
  const counts = new Map<string, number>();
  const index = entityNameIndex(base);
  const count = (toks: Token[], w: number) =>
    scanPhrases(toks, index, (_i, _k, entities) => {
      for (const e of entities) counts.set(e, (counts.get(e) ?? 0) + w);
    });
  count(tokenize(text.length > TOPIC_SCAN_LIMIT ? text.slice(0, TOPIC_SCAN_LIMIT) : text), 1);
  count(titleTokens, 2);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < TOPIC_MIN_COUNT) return undefined;
  if (ranked.length > 1 && ranked[0][1] < ranked[1][1] * TOPIC_LEAD) return undefined;
  return ranked[0][0];
}
