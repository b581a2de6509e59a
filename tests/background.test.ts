import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, handleMessage, problemsCount } from '../extension/background-app';
import { importPackText } from '../extension/packs';
import { PACKS_KEY, SETTINGS_KEY, loadPacks, loadSettings, saveSettings } from '../extension/storage';
import { DEFAULT_SETTINGS } from '../extension/settings';

const claim = (verdict: string) => ({ text: '40 MW', start: 0, end: 5, value: 4e7, unit: 'W', approx: 'exact', sentence: '', lang: 'fr', verdict, fact: null, explanation: '' });

const validPack = {
  id: 'test-pack', title: 'Test pack', version: '1', updated: '2026-01-01',
  facts: [{
    id: 'acme-power', subject: { name: 'Acme', aliases: [] }, metric: 'power-capacity', value: 4e7, unit: 'W',
    asOf: '2026-01-01', statement: { fr: 'Acme : 40 MW.', en: 'Acme: 40 MW.' },
    sources: [{ publisher: 'Example', title: 'Acme', url: 'https://example.org/acme', date: '2026-01-01' }],
  }],
};

describe('background and storage (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps per-tab results and forgets them when the tab goes', async () => {
    await handleMessage({ type: 'page-results', url: 'https://a.fr', results: [claim('outdated'), claim('supported'), claim('contradicted')], done: true }, { tab: { id: 7 } });
    const got = (await handleMessage({ type: 'get-tab-results', tabId: 7 }, {})) as { results: unknown[] };
    expect(got.results).toHaveLength(3);
    expect(problemsCount(got as never)).toBe(2);
    forgetTab(7);
    expect(await handleMessage({ type: 'get-tab-results', tabId: 7 }, {})).toBeNull();
  });

  it('ignores results that do not come from a tab', async () => {
    expect(handleMessage({ type: 'page-results', url: 'x', results: [], done: true }, {})).toBeUndefined();
  });

  it('reads defaults, and falls back field by field on corrupt settings', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { showUnverified: 'yes', badgeStyle: 'compact', language: 'pt', junk: 1 } });
    const s = await loadSettings();
    expect(s.showUnverified).toBe(false);
    expect(s.badgeStyle).toBe('compact');
    expect(s.language).toBe('auto');
    expect('junk' in s).toBe(false);
    expect((await saveSettings({ showUnverified: true })).showUnverified).toBe(true);
  });

  it('imports a valid pack and refuses a broken one without touching what is stored', async () => {
    await importPackText(JSON.stringify(validPack), 'good.json');
    expect((await loadPacks()).map((p) => p.pack.id)).toEqual(['test-pack']);
    await expect(importPackText('{not json', 'bad.json')).rejects.toThrow(/not JSON/);
    const hostile = structuredClone(validPack);
    hostile.id = 'other';
    hostile.facts[0].sources[0].url = 'javascript:alert(1)';
    await expect(importPackText(JSON.stringify(hostile), 'hostile.json')).rejects.toThrow(/acme-power.*sources\[0\]\.url/);
    const html = structuredClone(validPack);
    html.id = 'html';
    html.facts[0].statement.fr = '<img src=x onerror=alert(1)>';
    await expect(importPackText(JSON.stringify(html), 'html.json')).rejects.toThrow(/plain text/);
    await expect(importPackText('x'.repeat(21 * 1024 * 1024), 'huge.json')).rejects.toThrow(/too large/);
    const stored = await fakeBrowser.storage.local.get(PACKS_KEY);
    expect((stored[PACKS_KEY] as { pack: { id: string } }[]).map((p) => p.pack.id)).toEqual(['test-pack']);
  });
});

describe('settings export and import (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips exported settings', async () => {
    const { exportSettings, importSettings } = await import('../extension/settings-io');
    const mine = { ...DEFAULT_SETTINGS, showUnverified: true, sitesAdded: ['exemple.fr'], language: 'en' as const };
    await importSettings(exportSettings(mine));
    expect(await loadSettings()).toEqual(mine);
  });

  it('a broken or foreign settings file changes nothing', async () => {
    const { importSettings } = await import('../extension/settings-io');
    await saveSettings({ badgeStyle: 'compact' });
    const before = await fakeBrowser.storage.sync.get(SETTINGS_KEY);
    await expect(importSettings('{oops')).rejects.toThrow(/not JSON/);
    await expect(importSettings(JSON.stringify({ theme: 'dark' }))).rejects.toThrow(/not an InfraCheck settings file/);
    await expect(
      importSettings(JSON.stringify({ format: 'infracheck-settings', version: 1, settings: { ...DEFAULT_SETTINGS, badgeStyle: 'huge' } })),
    ).rejects.toThrow(/badgeStyle/);
    await expect(
      importSettings(JSON.stringify({ format: 'infracheck-settings', version: 1, settings: { ...DEFAULT_SETTINGS, evil: '<script>' } })),
    ).rejects.toThrow();
    await expect(importSettings('x'.repeat(300 * 1024))).rejects.toThrow(/too large/);
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual(before);
  });
});

describe('site names in settings', () => {
  it('are stored only as bare host names', async () => {
    const { parseSettingsFile } = await import('../extension/settings-io');
    const file = (sitesAdded: string[]) =>
      JSON.stringify({ format: 'infracheck-settings', version: 1, settings: { ...DEFAULT_SETTINGS, sitesAdded } });
    expect(parseSettingsFile(file(['exemple.fr', 'news.example.co.uk'])).sitesAdded).toEqual(['exemple.fr', 'news.example.co.uk']);
    expect(() => parseSettingsFile(file(['<img src=x>']))).toThrow(/host name/);
    expect(() => parseSettingsFile(file(['javascript:alert(1)']))).toThrow(/host name/);
  });
});
