/**
 * ClaimReview in the built extension (Chromium): the popup's "Exporter (ClaimReview)" downloads one
 * .jsonld file that parses (playwright's download event); a fact-checker's ClaimReview file is
 * imported in the options like a pack; a popover's "Signaler une erreur" opens a prefilled report
 * from the keyboard, and "hide this verdict on this page" removes the badge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, chromiumMissing, settledBadges, useExtension } from './harness';

const missing = chromiumMissing();

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const tabs = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((t: { url?: string }) => t.url === u).id as number;
  }, url);
}

describe.skipIf(!!missing)('ClaimReview in Chromium', () => {
  const ext = useExtension();

  it('the popup exports the page’s verdicts as one .jsonld file that parses', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('/e2e/pages/article.html'));
    const badges = await settledBadges(page, 6);
    const tabId = await tabIdOf(ext.worker, page.url());
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    const button = popup.getByRole('button', { name: 'Exporter (ClaimReview)' });
    await expect.poll(() => button.count()).toBe(1);
    const [download] = await Promise.all([popup.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^infracheck-claimreview-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const doc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(doc['@context']).toBe('https://schema.org');
    const reviews = doc['@graph'] as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(reviews.length).toBeGreaterThanOrEqual(1);
    expect(reviews.length).toBeLessThanOrEqual(badges);
    for (const r of reviews) {
      expect(r['@type']).toBe('ClaimReview');
      expect(r.itemReviewed.appearance.url).toBe(page.url());
      expect(r.url.startsWith(`${page.url()}#:~:text=`)).toBe(true);
      expect(['Vérifié', 'Dépassé', 'Contredit']).toContain(r.reviewRating.alternateName);
      expect(r.reviewRating).toMatchObject({ bestRating: 5, worstRating: 1 });
      expect(r.author).toEqual({ '@type': 'Organization', name: 'InfraCheck' });
      expect(typeof r.claimReviewed).toBe('string');
    }
    await popup.close();
    await page.close();
  });

  it('a ClaimReview file is imported in the options as a source', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.setInputFiles('input[name="pack"]', join(ROOT, 'tests', 'fixtures-claimreview', 'array.json'));
    await expect.poll(() => options.locator('li', { hasText: 'ClaimReview — Factcheck Desk' }).count()).toBe(1);
    // Two reviews were left out (a "Mostly true" rating, a javascript: URL).
    await expect.poll(() => options.locator('li', { hasText: '2 avis ClaimReview non repris' }).count()).toBe(1);
    // A malformed file: a clear error, the list unchanged.
    await options.setInputFiles('input[name="pack"]', join(ROOT, 'tests', 'fixtures-claimreview', 'malformed.jsonld'));
    await expect.poll(() => options.getByText(/malformed JSON-LD/).count()).toBeGreaterThanOrEqual(1);
    expect(await options.locator('li', { hasText: 'ClaimReview' }).count()).toBe(1);
    await options.close();
  });

  it('"Signaler une erreur" from the keyboard; "masquer ce verdict" removes the badge', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.server.url('/e2e/pages/article.html'));
    const before = await settledBadges(page, 6);
    const badge = page.locator('infracheck-badge button.badge').first();
    await badge.focus();
    await page.keyboard.press('Enter');
    const report = page.getByRole('button', { name: 'Signaler une erreur' });
    await expect.poll(() => report.count()).toBe(1);
    await report.focus();
    await page.keyboard.press('Enter');
    const text = page.locator('textarea.report-text');
    await expect.poll(() => text.count()).toBe(1);
    const value = await text.inputValue();
    expect(value).toContain(`Page\u00a0: ${page.url()}`);
    expect(value).toMatch(/Verdict\u00a0: (Vérifié|Dépassé|Contredit)/);
    // No address set: copy only.
    expect(await page.locator('a[href^="mailto:"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Masquer ce verdict sur cette page' }).click();
    await expect.poll(() => page.locator('infracheck-badge').count(), { timeout: 20_000 }).toBe(before - 1);
    await page.close();
  });
});
