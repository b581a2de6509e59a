/**
 * The one phrase scanner: n-grams of folded tokens looked up in an index, stopping early when no
 * longer phrase can start with the words read so far. Used for subject names, metric keywords,
 * the page topic and owners in the genitive.
 */
import type { Token } from '../match/text';

export interface PhraseIndex<E> {
  /** The entry for a phrase key, if any. */
  get(key: string): E | undefined;
  /** True when a longer phrase starts with this key. */
  hasPrefix(key: string): boolean;
  maxWords: number;
}

/**
 * Calls `visit` for every phrase of `tokens` found in `index`, starting at each token in turn.
 * `word` maps a token to the form the index is keyed on (folded, or stemmed).
 */
export function scanPhrases<E>(
  tokens: Token[],
  index: PhraseIndex<E>,
  visit: (i: number, key: string, entry: E) => void,
  word: (t: Token) => string = (t) => t.w,
  from = 0,
  to = tokens.length,
): void {
  for (let i = from; i < to; i++) {
    let key = '';
    for (let n = 0; n < index.maxWords && i + n < tokens.length; n++) {
      key = n ? `${key} ${word(tokens[i + n])}` : word(tokens[i]);
      const entry = index.get(key);
      if (entry !== undefined) visit(i, key, entry);
      else if (!index.hasPrefix(key)) break;
    }
  }
}
