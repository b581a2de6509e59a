/**
 * Folding and tokenising for matching: case, accents and apostrophes do not matter
 * ("Borlänge" = "borlange", "d’EcoDataCenter" → "ecodatacenter").
 */

import { memo } from '../memo';

/** Elided articles and prepositions glued to the next word by an apostrophe. */
const ELISION = /^(?:d|l|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’ʼ]/;
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})/u;
const DIACRITICS = /[\u0300-\u036f]/g;

export function fold(s: string): string {
  return s.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
}

export interface Token {
  /** Folded word, elision removed. */
  w: string;
  /** Offset of the word in the source string. */
  at: number;
}

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const parts = wordParts(m[0]);
    for (let k = 0; k < parts.length; k += 2) out.push({ w: parts[k] as string, at: m.index + (parts[k + 1] as number) });
  }
  return out;
}

/**
 * The tokens of one printed word as [folded word, offset in the word, …]. Words glued by a lost
 * space or markup ("projetFondée", "EcoDataCenter") split at case changes (aliases go through the
 * same split, so both sides agree); an elision goes ("d’EcoDataCenter"), so does an English
 * possessive ("Mistral’s" → "mistral"). Pages repeat their words: the parts are cached.
 */
const wordParts = memo(50_000, (word: string): (string | number)[] => {
  const parts: (string | number)[] = [];
  let offset = 0;
  for (const raw of word.split(CASE_CHANGE)) {
    let w = fold(raw);
    let at = offset;
    const el = ELISION.exec(w);
    if (el && el[0].length < w.length) {
      at += el[0].length;
      w = w.slice(el[0].length);
    }
    w = w.replace(/['’ʼ]s$/, '');
    parts.push(w, at);
    offset += raw.length;
  }
  return parts;
});

/** A crude stem so "investit", "investissement" and "investment" meet: the first 6 letters. */
export function stem(word: string): string {
  return word.length > 6 ? word.slice(0, 6) : word;
}

/** Folded, tokenised key of a phrase ("Bruyères-le-Châtel" → "bruyeres le chatel"). */
export function phraseKey(phrase: string, stemmed = false): string {
  return stemmed ? STEMMED_KEY(phrase) : KEY(phrase);
}
// Fact packs repeat their names and keywords fact after fact, pages their names.
const KEY = memo(50_000, (phrase) => tokenize(phrase).map((t) => t.w).join(' '));
const STEMMED_KEY = memo(50_000, (phrase) => tokenize(phrase).map((t) => stem(t.w)).join(' '));
