/**
 * The language registry: one line per language pack. Everything the engine knows about a
 * language comes from its pack; a new language is one pack file plus one line here (and its
 * interface text in `i18n/`).
 */
import type { Lang } from '../types';
import type { LanguagePack } from './pack';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';

export const LANGUAGE_PACKS: readonly LanguagePack[] = [fr, en, de, es, it];

export const LANGS = LANGUAGE_PACKS.map((p) => p.code) as Lang[];

const BY_CODE = new Map<string, LanguagePack>(LANGUAGE_PACKS.map((p) => [p.code, p]));

/** The pack for `lang` ("fr", "fr-CA", "de-AT"); undefined for a language we have no pack for. */
export function packFor(lang: string | undefined): LanguagePack | undefined {
  if (!lang) return undefined;
  return BY_CODE.get(lang.slice(0, 2).toLowerCase());
}

export function isLang(s: string | undefined): s is Lang {
  return !!s && BY_CODE.has(s);
}

export type { LanguagePack } from './pack';
