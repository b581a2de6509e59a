/**
 * Background: per-tab results (cleared on navigation and tab close), the toolbar badge (how many
 * contradicted + outdated figures the tab has), and routing between the popup and the tabs.
 */
import { browser } from 'wxt/browser';
import { CheckService } from './check-service';
import { bundledPack } from './fact-source';
import type { CheckReply, Message, TabResults } from './messages';
import { addPackFromUrl, refreshPacks } from './pack-fetch';
import { PACKS_KEY, SETTINGS_KEY, loadSettings } from './storage';
import { syncUserSites } from './user-sites';

/** URL packs are refreshed once a day. */
export const REFRESH_ALARM = 'infracheck-refresh-packs';
const REFRESH_MINUTES = 24 * 60;

const tabs = new Map<number, TabResults>();
/** The fact base and checker, prepared once and kept while the background lives. */
export const checks = new CheckService();

/** Firefox MV2 has no browser.action: fall back to browserAction. */
function action() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

export function problemsCount(r: TabResults | undefined): number {
  return r ? r.results.filter((c) => c.verdict === 'contradicted' || c.verdict === 'outdated').length : 0;
}

async function updateBadge(tabId: number): Promise<void> {
  const a = action();
  if (!a) return;
  const n = problemsCount(tabs.get(tabId));
  const contradicted = tabs.get(tabId)?.results.some((c) => c.verdict === 'contradicted');
  try {
    await a.setBadgeText({ tabId, text: n ? String(n) : '' });
    await a.setBadgeBackgroundColor({ tabId, color: contradicted ? '#b91c1c' : '#a16207' });
  } catch {
    // The tab may be gone.
  }
}

export function handleMessage(message: unknown, sender: { tab?: { id?: number } }): Promise<unknown> | undefined {
  const m = message as Message;
  if (m?.type === 'page-results') {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const known = tabs.get(tabId);
    if (m.append && known && known.url === m.url) {
      known.results.push(...m.results);
      known.done = m.done;
    } else tabs.set(tabId, { url: m.url, results: [...m.results], done: m.done });
    void updateBadge(tabId);
    return Promise.resolve(true);
  }
  if (m?.type === 'check-claims') {
    return checks.check(m.text, m.claims, m).then(
      (results): CheckReply => ({ ok: true, results }),
      (e: Error): CheckReply => ({ ok: false, error: e.message }),
    );
  }
  if (m?.type === 'check-text') {
    // The first requests of a page carry its head: the topic is found here, once, and sent back.
    if (typeof m.head === 'string') {
      return checks.topic(m.head, m.title).then(async (topic): Promise<CheckReply> => {
        try {
          return { ok: true, results: await checks.checkText(m.text, m.from, m.to, { ...m, topic }), topic };
        } catch (e) {
          return { ok: false, error: (e as Error).message };
        }
      });
    }
    return checks.checkText(m.text, m.from, m.to, m).then(
      (results): CheckReply => ({ ok: true, results }),
      (e: Error): CheckReply => ({ ok: false, error: e.message }),
    );
  }
  if (m?.type === 'page-topic') {
    return checks.topic(m.text, m.title).then((topic) => ({ topic }), () => ({ topic: null }));
  }
  if (m?.type === 'pack-info') {
    const pack = bundledPack();
    return Promise.resolve({ version: pack.version, facts: pack.facts.length, updated: pack.updated });
  }
  if (m?.type === 'get-tab-results') {
    return Promise.resolve(tabs.get(m.tabId) ?? null);
  }
  if (m?.type === 'add-pack-url') {
    return addPackFromUrl(m.url).then(
      (p) => ({ ok: true, title: p.pack.title, count: p.pack.facts.length }),
      (e: Error) => ({ ok: false, error: e.message }),
    );
  }
  if (m?.type === 'refresh-packs') {
    return refreshPacks().then((packs) => ({ ok: true, count: packs.length }), (e: Error) => ({ ok: false, error: e.message }));
  }
  return undefined;
}

export function forgetTab(tabId: number): void {
  tabs.delete(tabId);
}

export function runBackground(): void {
  // The e2e build lets the tests and the bench read how long the fact base took to prepare.
  if (import.meta.env.MODE === 'e2e') (globalThis as { __infracheckChecks?: CheckService }).__infracheckChecks = checks;
  browser.runtime.onMessage.addListener(handleMessage);
  // A started worker gets ready for the first page at once (it may have been woken by that page).
  void checks.warm().catch(() => undefined);
  void browser.alarms.get(REFRESH_ALARM).then((a) => {
    if (!a) void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshPacks();
  });
  // Sites the user added: keep the registered content script in step with settings and grants.
  void loadSettings().then(syncUserSites);
  browser.storage.onChanged.addListener((changes) => {
    // A new fact base only when the packs or the bundled-pack switch change.
    const s = changes[SETTINGS_KEY] as { oldValue?: { bundledPack?: boolean }; newValue?: { bundledPack?: boolean } } | undefined;
    if (PACKS_KEY in changes || (s && s.oldValue?.bundledPack !== s.newValue?.bundledPack)) checks.invalidate();
    if (SETTINGS_KEY in changes) void loadSettings().then(syncUserSites);
  });
  browser.permissions.onAdded?.addListener(() => void loadSettings().then(syncUserSites));
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    // A new page in the tab: its figures are no longer the tab's.
    if (info.status === 'loading' && info.url) {
      forgetTab(tabId);
      void updateBadge(tabId);
    }
  });
}
