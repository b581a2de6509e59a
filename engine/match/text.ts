/**
 * Folding and tokenising for matching: case, accents and apostrophes do not matter
 * ("Borlänge" = "borlange", "d’EcoDataCenter" → "ecodatacenter").
 */

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
    // Words glued by a lost space or markup ("projetFondée", "EcoDataCenter") split at case changes;
    // aliases go through the same split, so both sides agree.
    const parts = m[0].split(CASE_CHANGE);
    let offset = m.index;
    for (const part of parts) {
      pushWord(out, part, offset);
      offset += part.length;
    }
  }
  return out;
}

function pushWord(out: Token[], raw: string, index: number): void {
  {
    let w = fold(raw);
    let at = index;
    const el = ELISION.exec(w);
    if (el && el[0].length < w.length) {
      at += el[0].length;
      w = w.slice(el[0].length);
    }
    // English possessive: "Mistral’s" → "mistral".
    w = w.replace(/['’ʼ]s$/, '');
    out.push({ w, at });
  }
}

/** A crude stem so "investit", "investissement" and "investment" meet: the first 6 letters. */
export function stem(word: string): string {
  return word.length > 6 ? word.slice(0, 6) : word;
}

/** Folded, tokenised key of a phrase ("Bruyères-le-Châtel" → "bruyeres le chatel"). */
export function phraseKey(phrase: string, stemmed = false): string {
  return tokenize(phrase)
    .map((t) => (stemmed ? stem(t.w) : t.w))
    .join(' ');
}
