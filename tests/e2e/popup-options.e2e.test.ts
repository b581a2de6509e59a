/**
 * The popup and the options page of the built extension in Chromium: the popup lists the tab's
 * figures and clicking one opens its popover in the page; a pack added in the options (served from
 * 127.0.0.1) changes the page's badges; a broken pack shows an error and changes nothing.
 */
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumMissing, settledBadges, useExtension } from './harness';

const missing = chromiumMissing();

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  // The e2e build has 127.0.0.1 host access, so the background sees those tabs' URLs.
  return worker.evaluate(async (u) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const tabs = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t: { url?: string }) => t.url === u).id as number;
  }, url);
}

describe.skipIf(!!missing)('popup and options in Chromium', () => {
  const ext = useExtension();

  async function article(): Promise<Page> {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('/e2e/pages/article.html'));
    await settledBadges(page, 6);
    return page;
  }

  it('lists the page’s figures by verdict; clicking one scrolls to it and opens its popover', async () => {
    const page = await article();
    const tabId = await tabIdOf(ext.worker, page.url());
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.item').count()).toBeGreaterThanOrEqual(6);
    const summary = await popup.locator('.summary').textContent();
    expect(summary).toMatch(/chiffres vérifiés · \d+ dépassés?/);
    const groups = await popup.locator('.group h2').allTextContents();
    expect(groups[0]).toMatch(/Dépassé/); // problems first (no contradicted figure on this page)
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });
    await popup.locator('.item', { hasText: '300 milliards' }).click();
    const host = page.locator('infracheck-badge[data-claim="300 milliards"]');
    await expect.poll(() => host.locator('[role="dialog"]').count()).toBe(1);
    await expect.poll(() => host.evaluate((h) => {
      const r = h.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    })).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'popup-opened-popover.png') });
    await popup.close();
    await page.close();
  });

  it('"Check this page" runs the checker on a site that is not in the list', async () => {
    const page = await ext.context.newPage();
    const url = `http://localhost:${ext.server.port}/e2e/pages/article.html`;
    await page.goto(url);
    await page.waitForTimeout(1500);
    expect(await page.locator('infracheck-badge').count()).toBe(0); // not a default site
    const tabId = await tabIdOf(ext.worker, url);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByText('InfraCheck ne vérifie pas ce site par défaut.').count()).toBe(1);
    await popup.getByRole('button', { name: 'Vérifier cette page' }).click();
    expect(await settledBadges(page, 6)).toBeGreaterThanOrEqual(6);
    await expect.poll(() => popup.locator('.item').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    await popup.close();
    await page.close();
  });

  it('a pack added from a URL in the options changes the page’s badges; a broken one shows an error', async () => {
    const page = await article();
    expect(await page.locator('infracheck-badge[data-claim="300 MW"]').count()).toBe(0);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.fill('input[name="pack-url"]', ext.server.url('/e2e/pages/acme-pack.json'));
    await options.getByRole('button', { name: 'Ajouter', exact: true }).first().click();
    await expect.poll(() => options.getByText('Pack de test Acme').count()).toBeGreaterThan(0);
    // The open tab re-renders its badges with the new pack.
    await expect.poll(() => page.locator('infracheck-badge[data-claim="300 MW"]').getAttribute('data-verdict').catch(() => null), { timeout: 15_000 }).toBe('contradicted');

    await options.fill('input[name="pack-url"]', ext.server.url('/e2e/pages/broken-pack.json'));
    await options.getByRole('button', { name: 'Ajouter', exact: true }).first().click();
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.first().textContent()).toMatch(/not JSON/);
    // Nothing else changed: the good pack is still there, and the page keeps its badge.
    expect(await options.getByText('Pack de test Acme').count()).toBeGreaterThan(0);
    expect(await page.locator('infracheck-badge[data-claim="300 MW"]').getAttribute('data-verdict')).toBe('contradicted');
    await options.screenshot({ path: join(ARTIFACTS, 'options.png'), fullPage: true });
    await options.close();
    await page.close();
  });
});
