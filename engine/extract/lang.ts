/**
 * Language detection from the language packs: each pack lists function words frequent in its
 * language only (and elided prefixes such as French "d’", "l’"), plus signals ("$", "bn" for
 * English). One regex over the union; each hit scores for every pack that lists the word. The
 * best-scoring pack wins; a tie keeps the fallback (the page's declared language).
 */
import type { Lang } from '../types';
import { LANGUAGE_PACKS } from '../lang';
import { LATIN_LETTER, alternation, normWord } from './lexicon';

const WORD_PACKS = new Map<string, number[]>();
const ELISION_PACKS = new Map<string, number[]>();
const SIGNAL_PACKS = new Map<string, number[]>();
LANGUAGE_PACKS.forEach((p, i) => {
  const add = (m: Map<string, number[]>, w: string) => {
    const k = normWord(w);
    const list = m.get(k) ?? [];
    if (!list.includes(i)) list.push(i);
    m.set(k, list);
  };
  for (const w of p.detect.words) add(WORD_PACKS, w);
  for (const w of p.detect.elisions ?? []) add(ELISION_PACKS, w);
  for (const w of p.detect.signals ?? []) if (/^[\p{L}]+$/u.test(w)) add(SIGNAL_PACKS, w);
});

/**
 * Group 1: a function word; group 2: an elided prefix ("d’euros": the apostrophe is followed by a
 * letter); group 3: a signal word. No `u` flag: it scans every sentence that holds a figure.
 */
const LANG_WORDS = new RegExp(
  `(?<![${LATIN_LETTER}])(?:(${alternation(WORD_PACKS.keys())})(?![${LATIN_LETTER}'’])|` +
    `(${alternation(ELISION_PACKS.keys())})['’](?=[${LATIN_LETTER}])|` +
    `(${alternation(SIGNAL_PACKS.keys())})(?![${LATIN_LETTER}]))`,
  'gi',
);
/** Each pack's typographic signals, one regex per pack (or none). */
const PATTERNS = LANGUAGE_PACKS.map((p) => (p.detect.patterns?.length ? new RegExp(p.detect.patterns.join('|'), 'gu') : undefined));

/** Scores of each pack (in registry order) over `text`, bounded to `limit` characters for speed. */
export function languageScores(text: string, limit = 4000): number[] {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  const scores = LANGUAGE_PACKS.map(() => 0);
  LANG_WORDS.lastIndex = 0;
  for (let m = LANG_WORDS.exec(sample); m; m = LANG_WORDS.exec(sample)) {
    const packs = m[1] !== undefined ? WORD_PACKS.get(normWord(m[1])) : m[2] !== undefined ? ELISION_PACKS.get(normWord(m[2])) : SIGNAL_PACKS.get(normWord(m[3]));
    if (packs) for (const i of packs) scores[i] += 1 / packs.length;
  }
  PATTERNS.forEach((re, i) => {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(sample); m; m = re.exec(sample)) scores[i] += 1;
  });
  return scores;
}

/** The best-scoring language if it leads the runner-up by `margin`, else `fallback`. */
export function detectLanguage(text: string, fallback: Lang = 'fr', margin = 0.5): Lang {
  const scores = languageScores(text);
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
