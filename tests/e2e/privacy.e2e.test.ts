/**
 * Privacy, proven in Chromium: every request made while the extension runs — by the pages, the
 * content script, the popup, the options page and the background service worker — is recorded
 * (playwright's context-level request events and routes, which include the service worker), and
 * so is anything Chromium sends past them (a trap proxy for every non-loopback address). After
 * browsing fixture pages, opening popovers, using the popup and adding a pack from a URL, the only
 * requests are the pages themselves and that pack.
 * (Firefox gets the same check in tests/e2e/firefox.e2e.test.ts.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION, ROOT, StaticServer, chromiumMissing, settledBadges } from './harness';
import { TrapProxy } from './firefox-harness';

const missing = chromiumMissing();

interface Seen {
  url: string;
  by: string;
}

describe.skipIf(!!missing)('privacy in Chromium', () => {
  const server = new StaticServer(join(ROOT, 'tests'));
  const trap = new TrapProxy();
  const seen: Seen[] = [];
  const routed: string[] = [];
  let context: BrowserContext;
  let extensionId = '';

  beforeAll(async () => {
    await server.start();
    await trap.start();
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'infracheck-privacy-')), {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'fr-FR',
      args: [
        // Everything but loopback goes to the trap (Chromium does not proxy loopback; playwright's
        // own `proxy` option would, through `<-loopback>`).
        `--proxy-server=http://127.0.0.1:${trap.port}`,
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-domain-reliability',
        '--disable-client-side-phishing-detection',
        '--metrics-recording-only',
        '--no-pings',
        '--lang=fr-FR',
      ],
    });
    context.on('request', (r) => {
      const w = r.serviceWorker();
      const f = w ? null : r.frame();
      seen.push({ url: r.url(), by: w ? `service worker ${w.url()}` : `page ${f?.page().url() ?? '?'}` });
    });
    // Routes see the service worker's requests too; anything not on the fixture server is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      routed.push(url);
      const network = /^(https?|wss?|ftp):/.test(url);
      return !network || url.startsWith(`http://127.0.0.1:${server.port}/`) ? route.continue() : route.abort('blockedbyclient');
    });
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
    extensionId = new URL(worker.url()).host;
    await worker.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const c = (globalThis as any).chrome;
      await c.storage.sync.set({ settings: { language: 'fr' } });
    });
  });

  afterAll(async () => {
    await context?.close();
    await trap.stop();
    await server.stop();
  });

  async function article(path = '/e2e/pages/article.html'): Promise<Page> {
    const page = await context.newPage();
    await page.goto(server.url(path));
    await settledBadges(page, 6);
    return page;
  }

  it('the recorder sees the service worker’s requests (so silence below means something)', async () => {
    const worker = context.serviceWorkers()[0];
    await worker.evaluate(async (u) => {
      await fetch(u).catch(() => undefined);
    }, server.url('/recorder-probe'));
    await expect.poll(() => seen.some((s) => s.url.endsWith('/recorder-probe') && s.by.startsWith('service worker'))).toBe(true);
    expect(routed.some((u) => u.endsWith('/recorder-probe'))).toBe(true);
  });

  it('browsing, popovers, the popup and the options page send nothing but the pages and the added pack', async () => {
    const before = seen.length;
    const page = await article();
    // Popovers, by mouse and by keyboard.
    for (const claim of ['1,2 milliard d’euros', '6 milliards de dollars', '40 MW']) {
      const host = page.locator(`infracheck-badge[data-claim="${claim}"]`).first();
      await host.evaluate((h) => (h.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
      await expect.poll(() => host.locator('[role="dialog"]').count()).toBe(1);
      await page.keyboard.press('Escape');
    }
    // Content added later.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Mistral AI investit 3 milliards d’euros à Borlänge.';
      document.body.appendChild(p);
    });
    await page.waitForTimeout(1500);
    // The popup, and a click on one of its figures.
    const tabId = await context.serviceWorkers()[0].evaluate(async (u) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const tabs = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t: { url?: string }) => t.url === u).id as number;
    }, page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.item').count()).toBeGreaterThanOrEqual(6);
    await popup.locator('.item').first().click();
    await page.waitForTimeout(500);
    await popup.close();
    // The options page: add a pack from a URL (the one request the user asked for), refresh it.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.fill('input[name="pack-url"]', server.url('/e2e/pages/acme-pack.json'));
    await options.getByRole('button', { name: 'Ajouter', exact: true }).first().click();
    await expect.poll(() => options.getByText('Pack de test Acme').count()).toBeGreaterThan(0);
    await options.getByRole('button', { name: 'Actualiser maintenant' }).click();
    await options.waitForTimeout(1000);
    await options.close();
    // A second page, and the first one reloaded.
    const other = await article('/e2e/pages/article.html?second');
    await page.reload();
    await settledBadges(page, 6);
    await other.close();
    await page.close();

    const network = seen.slice(before).filter((s) => /^(https?|wss?|ftp):/.test(s.url));
    const allowed = new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/(e2e/pages/article\\.html(\\?second)?|e2e/pages/acme-pack\\.json|favicon\\.ico)$`);
    const extra = network.filter((s) => !allowed.test(s.url)).map((s) => `${s.url} (${s.by})`);
    console.log(`privacy: ${network.length} network requests, ${routed.length} routed, ${trap.seen.length} at the trap proxy`);
    expect(extra).toEqual([]);
    // The pack was fetched — by the extension, not the page.
    expect(network.some((s) => s.url.endsWith('/acme-pack.json') && !s.by.includes('article.html'))).toBe(true);
    // Nothing went past the recorder either (the fixture server saw only what the recorder saw).
    expect(server.requests.filter((r) => !/^GET \/(e2e\/pages\/article\.html(\?second)?|e2e\/pages\/acme-pack\.json|favicon\.ico|recorder-probe)$/.test(r))).toEqual([]);
    // What reached the trap proxy was Chromium's own (its extension updater and Google sign-in
    // probes, which no flag turns off); the recorder above shows none of it came from a page or from
    // the extension. Anything else there would be news.
    const chromiums = /^(CONNECT |POST http:\/\/|GET http:\/\/)(update\.googleapis\.com|accounts\.google\.com|clients\d*\.google\.com|[\w-]+\.gvt1\.com|www\.google\.com|optimizationguide-pa\.googleapis\.com|content-autofill\.googleapis\.com)(:443|\/)/;
    if (trap.seen.length) console.log(`Chromium's own requests (not the extension's): ${[...new Set(trap.seen.map((r) => r.split(/[/?]/).slice(0, 3).join('/')))].join(', ')}`);
    expect(trap.seen.filter((r) => !chromiums.test(r))).toEqual([]);
  });
});
