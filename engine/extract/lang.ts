import type { Lang } from '../types';
import { LATIN_LETTER } from './lexicon';

/**
 * Short function words that only one of the two languages uses often, in one pass: group 1 is a
 * French word, group 2 a French elision ("d’euros", "l’usine": the apostrophe is followed by a
 * letter, so it cannot share the word-end lookahead), group 3 an English word. No `u` flag: it
 * scans every sentence that holds a figure (see LATIN_LETTER).
 */
const LANG_WORDS = new RegExp(
  `(?<![${LATIN_LETTER}])(?:(le|la|les|des|du|une|est|dans|pour|avec|sur|qui|que|au|aux|ses|cette|ce)(?![${LATIN_LETTER}])|` +
    `([dl]['’])(?=[${LATIN_LETTER}])|` +
    `(the|of|and|is|in|for|with|on|that|which|its|this|from|by|has|have|was|were)(?![${LATIN_LETTER}]))`,
  'gi',
);

/** Counts language markers in `text` (bounded to `limit` characters for speed): French minus English. */
export function languageScore(text: string, limit = 4000): number {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  let score = 0;
  LANG_WORDS.lastIndex = 0;
  for (let m = LANG_WORDS.exec(sample); m; m = LANG_WORDS.exec(sample)) score += m[3] === undefined ? 1 : -1;
  return score;
}

export function detectLanguage(text: string, fallback: Lang = 'fr'): Lang {
  const s = languageScore(text);
  if (s > 0) return 'fr';
  if (s < 0) return 'en';
  return fallback;
}
