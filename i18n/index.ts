/**
 * All user-visible text in one place: the registry of language files (one line per language), the
 * lookup helpers, the choice of the interface language, and the verdict labels and icons.
 * Numbers, dates and units are worded in `i18n/format.ts`, explanations in `i18n/explain.ts`.
 *
 * _locales/<lang>/messages.json is generated from these dictionaries (`npm run locales`), so the
 * manifest and browser.i18n say the same as the dictionaries do.
 */
import type { Lang, Verdict } from '../engine/types';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import it from './it';
import { numberFormat, pluralRules } from './intl';
import type { Dictionary, OptionsStrings, PluralForms, PluralStrings, UiStrings } from './types';

export type { Dictionary, OptionsStrings, PluralForms, PluralStrings, UiStrings } from './types';

/** The registry: a new language is its file plus one line here. */
export const DICTIONARIES: Record<Lang, Dictionary> = {
  fr,
  en,
  de,
  es,
  it,
};

/** The interface languages, in the order the options list them. */
export const LANGS = Object.keys(DICTIONARIES) as Lang[];

/**
 * The language of last resort: the manifest's `default_locale` (wxt.config.ts), so a browser in a
 * language we lack gets the same language from browser.i18n and from the dictionaries.
 */
export const FALLBACK_LANG: Lang = 'fr';

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(DICTIONARIES, x);
}

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang] ?? DICTIONARIES[FALLBACK_LANG];
}

/** Fills `{name}` placeholders; an unknown placeholder is left as written (a test catches those). */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** An interface string, placeholders filled: `t('fr', 'badgeAria', { verdict, text })`. */
export function t(lang: Lang, key: keyof UiStrings, vars?: Record<string, string | number>): string {
  return fill(dictionary(lang).ui[key], vars);
}

/** An options-page string. */
export function tOptions(lang: Lang, key: keyof OptionsStrings, vars?: Record<string, string | number>): string {
  return fill(dictionary(lang).options[key], vars);
}

/** A number the way the language prints it ("18 000", "18,000", "18.000", "1,5"). */
export function formatNumber(lang: Lang, n: number, maxFrac = 2): string {
  const f = dictionary(lang).format;
  return numberFormat(f.locale, maxFrac, f.groupAlways).format(n);
}

/** The plural category of `n` as printed with `maxFrac` decimals ("1,5" is singular in French). */
export function pluralCategory(lang: Lang, n: number, maxFrac = 2): Intl.LDMLPluralRule {
  const scale = 10 ** maxFrac;
  return pluralRules(dictionary(lang).format.locale).select(Math.round(n * scale) / scale);
}

/** The form of `forms` for `n`'s plural category (else `other`), with `{n}` the formatted number. */
export function plural(lang: Lang, n: number, forms: PluralForms, maxFrac = 2): string {
  const form = forms[pluralCategory(lang, n, maxFrac)] ?? forms.other;
  return fill(form, { n: formatNumber(lang, n, maxFrac) });
}

/** A counted phrase of the dictionary: `count('fr', 'figuresChecked', 1)` → "1 chiffre vérifié". */
export function count(lang: Lang, key: keyof PluralStrings, n: number): string {
  return plural(lang, n, dictionary(lang).plurals[key], 0);
}

/** "Dernière erreur : …", "Last error: …" — a label and its value, with the language's colon. */
export function labelled(lang: Lang, label: string, value: string): string {
  return t(lang, 'labelled', { label, value });
}

/** Each language's own name, for the options' language list. */
export function languageNames(): { code: Lang; name: string }[] {
  return LANGS.map((code) => ({ code, name: DICTIONARIES[code].name }));
}

export function verdictLabel(v: Verdict, lang: Lang): string {
  return dictionary(lang).ui[v];
}

export function verdictLong(v: Verdict, lang: Lang): string {
  return dictionary(lang).ui[`${v}Long`];
}

/** Icon per verdict: shape carries the meaning, never colour alone. */
export const VERDICT_ICON: Record<Verdict, string> = {
  supported: '✓', outdated: '↻', contradicted: '✗', unverified: '?',
};

function byLang<T>(pick: (d: Dictionary) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((l) => [l, pick(DICTIONARIES[l])])) as Record<Lang, T>;
}

/** The interface strings per language (what `localize` reads). */
export const STRINGS: Record<Lang, UiStrings> = byLang((d) => d.ui);
/** The options page's strings per language (keys prefixed opt_ in _locales). */
export const OPTIONS_STRINGS: Record<Lang, OptionsStrings> = byLang((d) => d.options);
/** The manifest's name and description (__MSG_extName__, __MSG_extDescription__). */
export const MANIFEST_STRINGS: Record<Lang, Dictionary['manifest']> = byLang((d) => d.manifest);

/** _locales/<lang>/messages.json as generated from the dictionaries (scripts/build-locales.ts). */
export function localeMessages(lang: Lang): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  const add = (prefix: string, dict: object) => {
    // In messages.json a literal "$" is written "$$".
    for (const [k, v] of Object.entries(dict) as [string, string][]) out[`${prefix}${k}`] = { message: v.replace(/\$/g, '$$$$') };
  };
  add('', MANIFEST_STRINGS[lang]);
  add('', STRINGS[lang]);
  add('opt_', OPTIONS_STRINGS[lang]);
  return out;
}

interface I18nApi {
  getMessage(key: string): string;
  getUILanguage(): string;
}

/**
 * The text of one dictionary: through browser.i18n (_locales, the browser's language) when the
 * user left the language on "auto", from the dictionary of the language they chose otherwise.
 */
export function localize<T extends object>(dicts: Record<Lang, T>, prefix: string, setting: 'auto' | Lang, i18n?: I18nApi): T {
  const lang = uiLanguage(setting, i18n ? browserLanguage(i18n) : undefined);
  if (setting !== 'auto' || !i18n) return dicts[lang];
  const out = {} as Record<string, string>;
  for (const [k, v] of Object.entries(dicts[lang]) as [string, string][]) out[k] = i18n.getMessage(`${prefix}${k}`) || v;
  return out as T;
}

/**
 * The browser's language as the extension sees it: the locale browser.i18n picked for _locales
 * (@@ui_locale), else the UI language. They can differ (headless Chromium), and the interface must
 * speak one language.
 */
export function browserLanguage(i18n: { getMessage(k: string): string; getUILanguage(): string }): string {
  return i18n.getMessage('@@ui_locale') || i18n.getUILanguage();
}

/**
 * The interface language: the user's choice, else the browser's language ("de-AT", "es_419" →
 * its primary subtag) when we have it, else FALLBACK_LANG.
 */
export function uiLanguage(setting: 'auto' | Lang | string, browserLang: string | undefined): Lang {
  if (setting !== 'auto' && isLang(setting)) return setting;
  const primary = (browserLang ?? '').toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : FALLBACK_LANG;
}
