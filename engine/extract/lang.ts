import type { Lang } from '../types';

/** Short function words that only one of the two languages uses often. */
const FR_WORDS = /(?<![\p{L}])(le|la|les|des|du|une|est|dans|pour|avec|sur|qui|que|d['’]|l['’]|au|aux|ses|cette|ce)(?![\p{L}])/giu;
const EN_WORDS = /(?<![\p{L}])(the|of|and|is|in|for|with|on|that|which|its|this|from|by|has|have|was|were)(?![\p{L}])/giu;

/** Counts language markers in `text` (bounded to `limit` characters for speed). */
export function languageScore(text: string, limit = 4000): number {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  let fr = 0;
  let en = 0;
  FR_WORDS.lastIndex = 0;
  EN_WORDS.lastIndex = 0;
  while (FR_WORDS.exec(sample)) fr++;
  while (EN_WORDS.exec(sample)) en++;
  return fr - en;
}

export function detectLanguage(text: string, fallback: Lang = 'fr'): Lang {
  const s = languageScore(text);
  if (s > 0) return 'fr';
  if (s < 0) return 'en';
  return fallback;
}
