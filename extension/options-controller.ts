/**
 * The options page's browser side: settings and packs in storage, pack URLs (their origin's
 * permission asked in the click, the download done by the background), files, settings
 * export/import. The Options component receives this and calls nothing of the browser itself.
 */
import { browser } from 'wxt/browser';
import type { Message } from './messages';
import { checkPackUrl, originPattern } from './pack-fetch';
import { importPackText, updatePack } from './packs';
import { packInfo, type I18nApi, type PackInfo } from './popup-controller';
import { DEFAULT_SITES, normaliseHost, type Settings } from './settings';
import { exportSettings, importSettings } from './settings-io';
import { clearHiddenVerdicts, loadHiddenPages, loadPacks, loadSettings, saveSettings, type StoredPack } from './storage';

export type PackChange = 'enable' | 'disable' | 'remove' | 'up' | 'down';

export type AddUrlResult =
  | { ok: true; title: string; count: number }
  | { ok: false; error: string; denied?: boolean };

export interface OptionsController {
  i18n: I18nApi;
  pack: PackInfo;
  defaultSites: readonly string[];
  normaliseHost(input: string): string | undefined;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  loadPacks(): Promise<StoredPack[]>;
  updatePack(key: string, change: PackChange): Promise<StoredPack[]>;
  /** Checks the address, asks for its origin (in the click), has the background fetch and store it. */
  addPackUrl(input: string, onAdding?: () => void): Promise<AddUrlResult>;
  refreshPacks(): Promise<void>;
  importPackFile(text: string, name: string): Promise<StoredPack>;
  exportSettings(settings: Settings): string;
  importSettings(text: string): Promise<Settings>;
  /** How many pages have verdicts the reader hid; show them all again. */
  hiddenPages(): Promise<number>;
  clearHiddenVerdicts(): Promise<void>;
}

export async function createOptionsController(): Promise<OptionsController> {
  const pack = await packInfo();
  return {
    i18n: browser.i18n,
    pack,
    defaultSites: DEFAULT_SITES,
    normaliseHost,
    loadSettings,
    saveSettings,
    loadPacks,
    updatePack,
    async addPackUrl(input, onAdding) {
      let url: URL;
      try {
        url = checkPackUrl(input);
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
      // The origin's permission is asked here, in the click, one origin at a time.
      const granted = await browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
      if (!granted) return { ok: false, error: '', denied: true };
      onAdding?.();
      const r = (await browser.runtime.sendMessage({ type: 'add-pack-url', url: url.href } satisfies Message)) as
        | { ok: true; title: string; count: number }
        | { ok: false; error: string };
      return r.ok ? r : { ok: false, error: `${url.href}: ${r.error}` };
    },
    async refreshPacks() {
      await browser.runtime.sendMessage({ type: 'refresh-packs' } satisfies Message);
    },
    importPackFile: importPackText,
    exportSettings,
    importSettings,
    hiddenPages: async () => (await loadHiddenPages()).length,
    clearHiddenVerdicts,
  };
}
