/**
 * Storage adapter: settings in storage.sync (small), fact packs in storage.local (large).
 * Everything read back goes through the schemas: a corrupt entry falls back to defaults instead
 * of breaking the extension.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import type { FactPack } from '../engine/facts/schema';

export const SETTINGS_KEY = 'settings';
export const PACKS_KEY = 'packs';

/** A user pack as stored: its last good copy plus where it comes from and how the last refresh went. */
export interface StoredPack {
  key: string;
  source: { kind: 'url'; url: string } | { kind: 'file'; name: string };
  enabled: boolean;
  pack: FactPack;
  etag?: string;
  lastUpdate: string;
  lastError?: string;
  /** A ClaimReview source: how many reviews it held and those left out (the first 100, with why). */
  claimReview?: { reviews: number; skipped: { index: number; reason: string }[] };
}

/** Verdicts the reader hid, per page (storage.local), newest page last; bounded. */
export const HIDDEN_KEY = 'hiddenVerdicts';
export const MAX_HIDDEN_PAGES = 500;
export const MAX_HIDDEN_PER_PAGE = 200;
export interface HiddenPage {
  url: string;
  keys: string[];
}

/** The page a verdict is hidden on: its URL without the fragment. */
export function pageKey(url: string): string {
  return url.replace(/#.*$/, '').slice(0, 2000);
}

/** A verdict's key on its page: the verdict, the figure and its sentence. */
export function verdictKey(c: { text: string; verdict: string; sentence: string }): string {
  return `${c.verdict}|${c.text}|${c.sentence.replace(/\s+/g, ' ').trim().slice(0, 200)}`;
}

export async function loadHiddenPages(): Promise<HiddenPage[]> {
  const got = await browser.storage.local.get(HIDDEN_KEY);
  const list = got[HIDDEN_KEY];
  return Array.isArray(list)
    ? (list as HiddenPage[]).filter((p) => p && typeof p.url === 'string' && Array.isArray(p.keys))
    : [];
}

export async function hiddenOn(url: string): Promise<Set<string>> {
  const key = pageKey(url);
  return new Set((await loadHiddenPages()).find((p) => p.url === key)?.keys ?? []);
}

/** Hides a verdict on a page; the oldest pages (and a page's oldest keys) go past the bounds. */
export async function hideVerdict(url: string, key: string): Promise<void> {
  const page = pageKey(url);
  const pages = await loadHiddenPages();
  const i = pages.findIndex((p) => p.url === page);
  const keys = i >= 0 ? pages.splice(i, 1)[0].keys.filter((k) => k !== key) : [];
  keys.push(key.slice(0, 600));
  pages.push({ url: page, keys: keys.slice(-MAX_HIDDEN_PER_PAGE) });
  await browser.storage.local.set({ [HIDDEN_KEY]: pages.slice(-MAX_HIDDEN_PAGES) });
}

export async function clearHiddenVerdicts(): Promise<void> {
  await browser.storage.local.remove(HIDDEN_KEY);
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(SETTINGS_KEY);
    return readSettings(got[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = readSettings({ ...current, ...patch });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function loadPacks(): Promise<StoredPack[]> {
  const got = await browser.storage.local.get(PACKS_KEY);
  const list = got[PACKS_KEY];
  return Array.isArray(list) ? (list as StoredPack[]) : [];
}

export async function savePacks(packs: StoredPack[]): Promise<void> {
  await browser.storage.local.set({ [PACKS_KEY]: packs });
}
