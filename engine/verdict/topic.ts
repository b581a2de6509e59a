/** Step 0 — the page's subject: the entity the page names most often (the title counts double), if it clearly leads. */
import type { FactBase } from '../match/fact-base';
import { phraseKey, tokenize, type Token } from '../match/text';
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
  // "Anthropic" is Anthropic's full name and only the first word of "Anthropic–Google Cloud TPU
  // deal": a name counts for the entities it names in full, when there are some.
  const fullNames = new Map<string, Set<string>>();
  const fullNamed = (key: string, entities: Set<string>) => {
    let full = fullNames.get(key);
    if (!full) {
      full = new Set([...entities].filter((e) => nameKey(base, e) === key));
      fullNames.set(key, full.size ? full : entities);
      full = fullNames.get(key)!;
    }
    return full;
  };
  const count = (toks: Token[], w: number) =>
    scanPhrases(toks, index, (_i, key, entities) => {
      for (const e of fullNamed(key, entities)) counts.set(e, (counts.get(e) ?? 0) + w);
    });
  count(tokenize(text.length > TOPIC_SCAN_LIMIT ? text.slice(0, TOPIC_SCAN_LIMIT) : text), 1);
  count(titleTokens, 2);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < TOPIC_MIN_COUNT) return undefined;
  if (ranked.length > 1 && ranked[0][1] < ranked[1][1] * TOPIC_LEAD) return undefined;
  return ranked[0][0];
}

/** The folded full name of an entity (its subject name as a phrase key). */
function nameKey(base: FactBase, entity: string): string | undefined {
  const ids = base.entityChains.get(entity)?.values().next().value;
  const head = ids?.length ? base.chains.get(ids[0])?.head : undefined;
  return head ? phraseKey(head.subject.name) : undefined;
}
