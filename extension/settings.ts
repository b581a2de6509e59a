/**
 * User settings: one table of fields with defaults and checks. Small settings live in
 * storage.sync; fact packs (large) in storage.local. Reading never throws away what is stored: a
 * bad field falls back to its default. Hand-written checks rather than a schema library, so the
 * content script (which reads settings on every page) carries none.
 */
import type { Lang } from '../engine/types';
import { LANGS } from '../i18n';

/** Major French and English news sites (including the publishers of the seed articles). */
export const DEFAULT_SITES = [
  'lemonde.fr', 'lefigaro.fr', 'liberation.fr', 'lesechos.fr', 'latribune.fr', 'leparisien.fr', 'francetvinfo.fr',
  'franceinfo.fr', 'bfmtv.com', 'tf1info.fr', 'lexpress.fr', 'lepoint.fr', 'nouvelobs.com', 'challenges.fr',
  'usinenouvelle.com', 'journaldunet.com', '01net.com', 'clubic.com', 'numerama.com', 'frandroid.com',
  'siecledigital.fr', 'lemagit.fr', 'zdnet.fr', 'lesnumeriques.com', 'presse-citron.net', 'maddyness.com',
  'actuia.com', 'usine-digitale.fr', 'journaldugeek.com', 'korben.info', 'techzine.eu', 'itforbusiness.fr',
  'reuters.com', 'bloomberg.com', 'ft.com', 'wsj.com', 'nytimes.com', 'theguardian.com', 'bbc.com', 'bbc.co.uk',
  'cnbc.com', 'techcrunch.com', 'theverge.com', 'arstechnica.com', 'wired.com', 'theinformation.com',
  'axios.com', 'apnews.com', 'economist.com', 'fortune.com', 'businessinsider.com', 'datacenterdynamics.com',
  'theregister.com', 'semafor.com', 'politico.eu', 'euronews.com',
];

export interface Settings {
  /** Master switch. */
  enabled: boolean;
  /** Extra sites where the checker runs by default (host names). */
  sitesAdded: string[];
  /** Sites where it never runs (host names), default list included. */
  sitesExcluded: string[];
  showUnverified: boolean;
  badgeStyle: 'label' | 'compact';
  language: 'auto' | Lang;
  bundledPack: boolean;
  /** Publishers or domains whose sources are hidden / preferred. */
  publishersHidden: string[];
  publishersPreferred: string[];
  /** Where "Report a problem" opens a mail ('' by default: the report can only be copied). */
  reportEmail: string;
}

/** A bare host name, as normaliseHost() writes it. */
const HOST_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)+$|^localhost$/;

/** A field check: undefined when the value is valid, else why not. */
type Check = (v: unknown) => string | undefined;

const bool: Check = (v) => (typeof v === 'boolean' ? undefined : 'expected a boolean');
const oneOf = (...values: string[]): Check => (v) =>
  typeof v === 'string' && values.includes(v) ? undefined : `expected one of ${values.map((x) => `'${x}'`).join(', ')}`;
const list = (item: Check, max: number): Check => (v) => {
  if (!Array.isArray(v)) return 'expected an array';
  if (v.length > max) return `at most ${max} items`;
  for (let i = 0; i < v.length; i++) {
    const why = item(v[i]);
    if (why) return `[${i}]: ${why}`;
  }
  return undefined;
};
const host: Check = (v) =>
  typeof v === 'string' && v.length <= 253 && HOST_RE.test(v) ? undefined : 'must be a host name like exemple.fr';
const email: Check = (v) =>
  typeof v === 'string' && (v === '' || (v.length <= 200 && /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]{2,}$/.test(v)))
    ? undefined
    : 'expected an e-mail address (or empty)';
const shortText: Check = (v) => (typeof v === 'string' && v.length <= 200 ? undefined : 'expected a string of at most 200 characters');

/** Every field: its default and its check. */
const FIELDS: { [K in keyof Settings]: { default: Settings[K]; check: Check } } = {
  enabled: { default: true, check: bool },
  sitesAdded: { default: [], check: list(host, 500) },
  sitesExcluded: { default: [], check: list(host, 500) },
  showUnverified: { default: false, check: bool },
  badgeStyle: { default: 'label', check: oneOf('label', 'compact') },
  language: { default: 'auto', check: oneOf('auto', ...LANGS) },
  bundledPack: { default: true, check: bool },
  publishersHidden: { default: [], check: list(shortText, 500) },
  publishersPreferred: { default: [], check: list(shortText, 500) },
  reportEmail: { default: '', check: email },
};
const KEYS = Object.keys(FIELDS) as (keyof Settings)[];

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(KEYS.map((k) => [k, FIELDS[k].default])) as unknown as Settings;

const copy = <T>(v: T): T => (Array.isArray(v) ? ([...v] as T) : v);

/** Reads stored settings; invalid fields fall back to defaults, unknown fields are dropped. */
export function readSettings(raw: unknown): Settings {
  const out: Record<string, unknown> = {};
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  for (const key of KEYS) {
    const v = r[key];
    out[key] = v !== undefined && !FIELDS[key].check(v) ? copy(v) : copy(FIELDS[key].default);
  }
  return out as unknown as Settings;
}

export class SettingsError extends Error {}

/**
 * Strict reading (a settings file): every field present must be valid and no unknown field is
 * allowed; missing fields take their defaults. Throws SettingsError naming the field.
 */
export function parseSettingsStrict(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SettingsError('settings: expected an object');
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!(key in FIELDS)) throw new SettingsError(`${key}: unknown setting`);
    const why = r[key] === undefined ? undefined : FIELDS[key as keyof Settings].check(r[key]);
    if (why) throw new SettingsError(`${key}: ${why}`);
  }
  return readSettings(r);
}

/** Normalises what a user types as a site ("https://www.Le Monde.fr/x" → "lemonde.fr"). */
export function normaliseHost(input: string): string | undefined {
  let s = input.trim().toLowerCase();
  if (!s) return undefined;
  if (!/^[a-z]+:\/\//.test(s)) s = `https://${s}`;
  try {
    const h = new URL(s).hostname.replace(/^www\./, '');
    return /^[a-z0-9.-]+\.[a-z]{2,}$|^localhost$|^\d+\.\d+\.\d+\.\d+$/.test(h) ? h : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Does the checker run on this host by default (without the user asking)? `alsoOn` adds hosts that
 * count as defaults for this caller (the content script treats local previews that way).
 */
export function siteEnabled(hostName: string, settings: Settings, alsoOn: readonly string[] = []): boolean {
  if (!settings.enabled) return false;
  const h = hostName.replace(/^www\./, '');
  const matches = (site: string) => h === site || h.endsWith(`.${site}`);
  if (settings.sitesExcluded.some(matches)) return false;
  return DEFAULT_SITES.some(matches) || settings.sitesAdded.some(matches) || alsoOn.some(matches);
}
