/**
 * The popup's browser side: which tab, its results, "Check this page", the site switches, opening
 * a badge. The Popup component receives this and calls nothing of the browser itself.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../engine/types';
import type { Message, TabResults } from './messages';
import { normaliseHost, siteEnabled, type Settings } from './settings';
import { loadSettings, saveSettings } from './storage';
import { requestSite } from './user-sites';

export type PopupTab =
  | { kind: 'restricted' }
  | { kind: 'ready'; tabId: number; host: string; results: TabResults | null };

export interface PackInfo {
  version: string;
  facts: number;
  updated: string;
}

export interface I18nApi {
  getMessage(key: string): string;
  getUILanguage(): string;
}

export interface PopupController {
  i18n: I18nApi;
  pack: PackInfo;
  loadSettings(): Promise<Settings>;
  /** The tab the popup reports on and what its page found (null: the checker is not running there). */
  currentTab(): Promise<PopupTab>;
  /** Injects the checker into a tab not in the list (activeTab + scripting, on the user's click). */
  checkPage(tabId: number): Promise<void>;
  /** "Always / never check this site"; "always" asks for the site's permission (in the click). */
  setSite(settings: Settings, host: string, mode: 'always' | 'never'): Promise<Settings | undefined>;
  siteEnabled(host: string, settings: Settings): boolean;
  openBadge(tabId: number, badgeId: string): Promise<void>;
  openOptions(): void;
  /** Saves a file the reader asked for (a Blob, an object URL and an <a download>: no permission). */
  saveFile(name: string, text: string, type: string): void;
}

/** A download from an extension page without the downloads permission. */
export function saveFile(name: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started; the URL is kept a while for browsers that read it late.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The bundled pack's figures, from the background: the popup and the options page do not load the
 * fact base themselves (it is the bulk of the extension).
 */
export async function packInfo(): Promise<PackInfo> {
  const got = (await browser.runtime.sendMessage({ type: 'pack-info' } satisfies Message).catch(() => null)) as PackInfo | null;
  return got && typeof got.version === 'string' ? got : { version: '?', facts: 0, updated: '' };
}

export async function createPopupController(search = location.search): Promise<PopupController> {
  const pack = await packInfo();
  return {
    i18n: browser.i18n,
    pack,
    loadSettings,
    async currentTab() {
      // ?tabId=N opens the popup's report for a given tab (popup.html in a tab, tests).
      const forced = Number(new URLSearchParams(search).get('tabId'));
      const tab = forced ? await browser.tabs.get(forced) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!tab?.id) return { kind: 'restricted' };
      // Without the "tabs" permission the URL is known only for tabs we may read (activeTab, our sites).
      const results = (await browser.runtime.sendMessage({ type: 'get-tab-results', tabId: tab.id } satisfies Message)) as TabResults | null;
      const url = tab.url ?? results?.url;
      if (url && !/^https?:/.test(url)) return { kind: 'restricted' };
      const host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
      if (/^(chrome|chromewebstore)\.google\.com$|^addons\.mozilla\.org$/.test(host)) return { kind: 'restricted' };
      return { kind: 'ready', tabId: tab.id, host, results };
    },
    async checkPage(tabId) {
      await browser.scripting.executeScript({ target: { tabId }, func: () => { (window as { __infracheckForce?: boolean }).__infracheckForce = true; } });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
    async setSite(settings, host, mode) {
      const h = normaliseHost(host);
      if (!h) return undefined;
      const added = settings.sitesAdded.filter((x) => x !== h);
      const excluded = settings.sitesExcluded.filter((x) => x !== h);
      if (mode === 'always' && !(await requestSite(h))) return undefined;
      if (mode === 'always') added.push(h);
      else excluded.push(h);
      return saveSettings({ sitesAdded: added, sitesExcluded: excluded });
    },
    siteEnabled: (host, settings) => siteEnabled(host, settings),
    async openBadge(tabId, badgeId) {
      await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
      await browser.tabs.sendMessage(tabId, { type: 'open-badge', badgeId } satisfies Message).catch(() => undefined);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    saveFile: (name, text, type) => saveFile(name, text, type),
  };
}

export type { Lang };
