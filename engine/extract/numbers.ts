import type { Lang } from '../types';
import { SPACE_SEPARATORS, groupMarkOf } from './lexicon';

/** A number read out of a digit token, with offsets relative to the token. */
export interface ParsedNumber {
  start: number;
  end: number;
  value: number;
  /** Digits only, no separator, no decimal part: a candidate year. */
  plain: boolean;
}

/** Longest digit group we read: longer runs are identifiers, not figures. */
const MAX_GROUP = 15;

/**
 * Splits a token such as "18 000", "1,2", "13,800", "18.000", "1.234,5" or "1 1 1" into numbers.
 * Thousands separators: spaces of all kinds, or the language pack's group mark; the other mark is decimal.
 * When a token mixes "." and ",", the first one groups thousands and the last one is the decimal mark.
 * A token with a separator that fits neither reading ("3.5.1", "1,2,3") is a code, not a figure.
 * Linear in the token length.
 */
/** Is the separator before group `j` a thousands separator, given the separator chosen so far? */
function groupsThousands(groups: string[], seps: string[], j: number, chosen: string | undefined, firstMark: string | undefined, lang: Lang): boolean {
  const sep = seps[j];
  if (groups[j].length !== 3) return false;
  if (SPACE_SEPARATORS.has(sep)) return chosen === undefined || chosen === ' ';
  if (chosen !== undefined) return chosen === sep;
  if (firstMark) return sep === firstMark;
  // One kind of mark only: repeated 3-digit groups are thousands ("1.000.000", "1,000,000").
  let repeats = 0;
  for (let k = j; k < groups.length && seps[k] === sep && groups[k].length === 3; k++) repeats++;
  if (repeats > 1) return true;
  if (j + 1 < groups.length && seps[j + 1] === sep) return false;
  // "200,000" or "18.000" after a whole number: nobody writes three trailing zeros as decimals.
  if (groups[j] === '000' && j === groups.length - 1) return true;
  // A single "d,ddd" or "d.ddd": English groups with ",", French, German, Spanish and Italian with "." ("18.000 puces").
  return sep === groupMarkOf(lang);
}

export function parseNumberToken(token: string, lang: Lang): ParsedNumber[] {
  const groups: string[] = [];
  const seps: string[] = [''];
  const offsets: number[] = [];
  let i = 0;
  while (i < token.length) {
    const s = i;
    while (i < token.length && token.charCodeAt(i) >= 48 && token.charCodeAt(i) <= 57) i++;
    groups.push(token.slice(s, i));
    offsets.push(s);
    if (i < token.length) {
      seps.push(token[i]);
      i++;
    }
  }

  const hasDot = token.includes('.');
  const hasComma = token.includes(',');
  const firstMark = hasDot && hasComma ? (token.indexOf('.') < token.indexOf(',') ? '.' : ',') : undefined;

  const out: ParsedNumber[] = [];
  let g = 0;
  while (g < groups.length) {
    const start = offsets[g];
    let intPart = groups[g];
    let j = g + 1;
    let chosen: string | undefined;
    if (groups[g].length <= 3) {
      while (j < groups.length && groupsThousands(groups, seps, j, chosen, firstMark, lang)) {
        chosen = SPACE_SEPARATORS.has(seps[j]) ? ' ' : seps[j];
        intPart += groups[j];
        j++;
      }
    }
    let frac = '';
    if (j < groups.length && (seps[j] === '.' || seps[j] === ',') && seps[j] !== chosen) {
      frac = groups[j];
      j++;
    }
    if (j < groups.length && !SPACE_SEPARATORS.has(seps[j])) return []; // "3.5.1": a code
    const end = offsets[j - 1] + groups[j - 1].length;
    if (intPart.length <= MAX_GROUP && frac.length <= MAX_GROUP) {
      const value = Number(frac ? `${intPart}.${frac}` : intPart);
      out.push({ start, end, value, plain: j === g + 1 && !frac });
    }
    g = j;
  }
  return out;
}
