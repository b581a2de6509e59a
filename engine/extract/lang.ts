/**
 * Language detection from the language packs: each pack lists function words frequent in its
 * language only (and elided prefixes such as French "d’", "l’"), plus signals ("$", "bn" for
 * English). The words come from the text's one word pass (`words.ts`); each hit scores for every
 * pack that lists the word. The best-scoring pack wins; a tie keeps the fallback (the page's
 * declared language).
 */
import type { Lang } from '../types';
import { LANGUAGE_PACKS } from '../lang';
import { VOCABULARY, Words, isLatinLetter } from './words';

/** Per vocabulary id: the packs that list it as a function word, an elided prefix, a signal word. */
const WORD_PACKS: number[][] = [];
const ELISION_PACKS: number[][] = [];
const SIGNAL_PACKS: number[][] = [];
LANGUAGE_PACKS.forEach((p, i) => {
  const add = (table: number[][], w: string) => {
    const id = VOCABULARY.add(w);
    const list = (table[id] ??= []);
    if (!list.includes(i)) list.push(i);
  };
  for (const w of p.detect.words) add(WORD_PACKS, w);
  for (const w of p.detect.elisions ?? []) add(ELISION_PACKS, w);
  for (const w of p.detect.signals ?? []) if (/^[\p{L}]+$/u.test(w)) add(SIGNAL_PACKS, w);
});
/** Each pack's typographic signals, one regex per pack (or none). */
const PATTERNS = LANGUAGE_PACKS.map((p) => (p.detect.patterns?.length ? new RegExp(p.detect.patterns.join('|'), 'gu') : undefined));

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * Scores of each pack (in registry order) over `text[from, to)`, whose words are `words`: a
 * function word (not followed by an apostrophe), an elided prefix ("d’euros": an apostrophe, then a
 * letter), a signal word; each scores for every pack that lists it, shared among them. Only words
 * wholly inside the range count.
 */
export function languageScoresIn(words: Words, from: number, to: number): number[] {
  const text = words.text;
  // Plain loops: this runs once per sentence with a figure.
  const scores: number[] = new Array(LANGUAGE_PACKS.length).fill(0);
  for (let i = words.firstFrom(from); i < words.count && words.ends[i] <= to; i++) {
    const id = words.ids[i];
    if (id < 0) continue;
    const end = words.ends[i];
    const next = end < to ? text.charCodeAt(end) : -1;
    const quote = next === APOSTROPHE || next === RIGHT_QUOTE;
    let packs = quote ? undefined : WORD_PACKS[id];
    if (!packs && quote && end + 1 < to && isLatinLetter(text.charCodeAt(end + 1))) packs = ELISION_PACKS[id];
    packs ??= SIGNAL_PACKS[id];
    if (packs) for (const k of packs) scores[k] += 1 / packs.length;
  }
  const sample = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let i = 0; i < PATTERNS.length; i++) {
    const re = PATTERNS[i];
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sample); m; m = re.exec(sample)) scores[i] += 1;
  }
  return scores;
}

/** Scores of each pack (in registry order) over `text`, bounded to `limit` characters for speed. */
export function languageScores(text: string, limit = 4000): number[] {
  const to = Math.min(text.length, limit);
  return languageScoresIn(new Words(text, VOCABULARY, 0, to), 0, to);
}

/** The best-scoring language if it leads the runner-up by `margin`, else `fallback`. */
export function detectLanguage(text: string, fallback: Lang = 'fr', margin = 0.5): Lang {
  return bestLanguage(languageScores(text), fallback, margin);
}

/** `detectLanguage` over `text[from, to)` of a text whose words are known. */
export function detectLanguageIn(words: Words, from: number, to: number, fallback: Lang = 'fr', margin = 0.5): Lang {
  return bestLanguage(languageScoresIn(words, from, to), fallback, margin);
}

function bestLanguage(scores: number[], fallback: Lang, margin: number): Lang {
  let best = -1;
  let second = -1;
  for (let i = 0; i < scores.length; i++) {
    if (best < 0 || scores[i] > scores[best]) {
      second = best;
      best = i;
    } else if (second < 0 || scores[i] > scores[second]) {
      second = i;
    }
  }
  if (best < 0 || scores[best] === 0) return fallback;
  if (second >= 0 && scores[best] - scores[second] < margin) return fallback;
  return LANGUAGE_PACKS[best].code;
}
