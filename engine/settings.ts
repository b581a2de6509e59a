/**
 * User settings: one schema with defaults. Small settings live in storage.sync; fact packs (large)
 * in storage.local. Parsing never throws away what is stored: a bad field falls back to its default.
 */
import { z } from 'zod';

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

/** A bare host name, as normaliseHost() writes it. */
const HOST = z.string().max(253).regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$|^localhost$/, 'must be a host name like exemple.fr');

export const SettingsSchema = z.object({
  /** Master switch. */
  enabled: z.boolean().default(true),
  /** Extra sites where the checker runs by default (host names). */
  sitesAdded: z.array(HOST).max(500).default([]),
  /** Sites where it never runs (host names), default list included. */
  sitesExcluded: z.array(HOST).max(500).default([]),
  showUnverified: z.boolean().default(false),
  badgeStyle: z.enum(['label', 'compact']).default('label'),
  language: z.enum(['auto', 'fr', 'en']).default('auto'),
  bundledPack: z.boolean().default(true),
  /** Publishers or domains whose sources are hidden / preferred. */
  publishersHidden: z.array(z.string().max(200)).max(500).default([]),
  publishersPreferred: z.array(z.string().max(200)).max(500).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Reads stored settings; invalid fields fall back to defaults, unknown fields are dropped. */
export function readSettings(raw: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const field = SettingsSchema.shape[key].safeParse((raw as Record<string, unknown>)[key]);
      if (field.success) out[key] = field.data;
    }
  }
  return out as Settings;
}

/** Normalises what a user types as a site ("https://www.Le Monde.fr/x" → "lemonde.fr"). */
export function normaliseHost(input: string): string | undefined {
  let s = input.trim().toLowerCase();
  if (!s) return undefined;
  if (!/^[a-z]+:\/\//.test(s)) s = `https://${s}`;
  try {
    const host = new URL(s).hostname.replace(/^www\./, '');
    return /^[a-z0-9.-]+\.[a-z]{2,}$|^localhost$|^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Does the checker run on this host by default (without the user asking)? `alsoOn` adds hosts that
 * count as defaults for this caller (the content script treats local previews that way).
 */
export function siteEnabled(host: string, settings: Settings, alsoOn: readonly string[] = []): boolean {
  if (!settings.enabled) return false;
  const h = host.replace(/^www\./, '');
  const matches = (site: string) => h === site || h.endsWith(`.${site}`);
  if (settings.sitesExcluded.some(matches)) return false;
  return DEFAULT_SITES.some(matches) || settings.sitesAdded.some(matches) || alsoOn.some(matches);
}
