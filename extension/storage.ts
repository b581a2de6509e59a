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
