/**
 * The built Firefox extension (MV3) in Debian's firefox-esr: badges on a news page served under a
 * shipped match pattern, a popover opened with Tab and Enter, the popup's list, the options page
 * (adding a pack from a URL), and — over the whole run — no request anywhere but the fixture
 * server. Screenshots go to tests/artifacts/firefox-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from './harness';
import { firefoxMissing, openExtensionPage, settledBadgesFx, useFirefox, type FirefoxSession } from './firefox-harness';

const missing = firefoxMissing();
// Under `npm test` (INFRACHECK_REQUIRE_E2E) a missing browser or build fails instead of skipping.
const required = !!process.env.INFRACHECK_REQUIRE_E2E;
if (missing) console.warn(`Firefox e2e ${required ? 'FAILS' : 'skipped'}: ${missing}`);

async function verdicts(page: Page): Promise<Map<string, string>> {
  const got = await page.evaluate(() =>
    Array.from(document.querySelectorAll('infracheck-badge')).map((e) => [e.getAttribute('data-claim') ?? '', e.getAttribute('data-verdict') ?? ''] as [string, string]),
  );
  return new Map(got);
}

async function article(fx: FirefoxSession): Promise<Page> {
  const page = await fx.browser.newPage();
  await page.goto(fx.url('/e2e/pages/article.html'));
  expect(await settledBadgesFx(page, 6)).toBeGreaterThanOrEqual(6);
  return page;
}

/** The tab id of a page, found the way the popup would learn it: the background knows its results. */
async function tabIdOf(fx: FirefoxSession, url: string): Promise<number> {
  const ext = await openExtensionPage(fx, '/popup.html');
  const id = await ext.evaluate(async (u) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const b = (globalThis as any).browser;
    for (const t of await b.tabs.query({})) {
      const r = await b.runtime.sendMessage({ type: 'get-tab-results', tabId: t.id }).catch(() => null);
      if (t.url === u || r?.url === u) return t.id as number;
    }
    return -1;
  }, url);
  await ext.close();
  return id;
}

describe.skipIf(!!missing && !required)('extension in Firefox', () => {
  const fx = useFirefox();

  it('badges the figures of a news page with the right verdicts', async () => {
    const page = await article(fx);
    const map = await verdicts(page);
    expect(map.get('1,2 milliard d’euros')).toBe('supported');
    expect(map.get('11,7 milliards d’euros')).toBe('supported');
    expect(map.get('6 milliards de dollars')).toBe('supported'); // dated to spring 2024: true then

    expect(map.get('300 milliards')).toBe('outdated');
    expect([...map.keys()].some((t) => /H100|GB200|12 mars/.test(t))).toBe(false);
    // The badge is drawn: a visible box of sane size whatever the page's own button rules.
    const box = await page.evaluate(() => {
      const h = document.querySelector('infracheck-badge[data-claim="1,2 milliard d’euros"]')!;
      const b = h.shadowRoot!.querySelector('button')!;
      const r = b.getBoundingClientRect();
      return { w: r.width, h: r.height, font: getComputedStyle(b).fontSize, bg: getComputedStyle(b).backgroundColor };
    });
    expect(box.w).toBeGreaterThan(20);
    expect(box.h).toBeGreaterThan(10);
    expect(box.h).toBeLessThan(30);
    expect(parseFloat(box.font)).toBeLessThan(20); // the page's `button { font-size: 40px !important }` does not reach it
    expect(box.bg).not.toBe('rgb(255, 105, 180)'); // nor its hotpink
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-badges.png'), fullPage: true });
    await page.close();
  });

  it('opens a popover with Tab and Enter; Escape closes it and focus returns to the badge', async () => {
    const page = await article(fx);
    const target = '1,2 milliard d’euros';
    const focusedClaim = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a?.tagName === 'INFRACHECK-BADGE' ? a.getAttribute('data-claim') : `${a?.tagName}`;
      });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focusedClaim()) === target;
    }
    expect(reached, 'Tab reaches the badge').toBe(true);
    await page.keyboard.press('Enter');
    const dialog = () =>
      page.evaluate((t) => {
        const h = document.querySelector(`infracheck-badge[data-claim="${t}"]`)!;
        const d = h.shadowRoot!.querySelector('[role="dialog"]');
        return d ? { text: d.textContent ?? '', links: Array.from(d.querySelectorAll('a')).map((a) => [a.href, a.rel, a.target]) } : null;
      }, target);
    await expect.poll(dialog).not.toBeNull();
    const d = (await dialog())!;
    expect(d.links.length).toBeGreaterThan(0);
    for (const [href, rel, tgt] of d.links) {
      expect(href).toMatch(/^https:\/\//);
      expect(rel).toBe('noopener noreferrer');
      expect(tgt).toBe('_blank');
    }
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-popover.png') });
    await page.keyboard.press('Escape');
    await expect.poll(dialog).toBeNull();
    expect(await focusedClaim()).toBe(target);
    await page.close();
  });

  it('the popup lists the page’s figures, problems first', async () => {
    const page = await article(fx);
    const tabId = await tabIdOf(fx, page.url());
    expect(tabId).toBeGreaterThan(0);
    const popup = await openExtensionPage(fx, `/popup.html?tabId=${tabId}`);
    await popup.setViewport({ width: 400, height: 600 });
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('.item').length), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    const summary = await popup.evaluate(() => document.querySelector('.summary')?.textContent ?? '');
    expect(summary).toMatch(/vérifiés?/);
    const groups = await popup.evaluate(() => Array.from(document.querySelectorAll('.group h2')).map((h) => h.textContent ?? ''));
    expect(groups[0]).toMatch(/Dépassé/);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup.png') });
    await popup.close();
    await page.close();
  });

  it('the options page adds a pack from a URL and the open page takes it up', async () => {
    const page = await article(fx);
    expect((await verdicts(page)).has('300 MW')).toBe(false);
    const options = await openExtensionPage(fx, '/options.html');
    // Served from 127.0.0.1, which the e2e build may fetch without a prompt.
    const packUrl = fx.server.url('/e2e/pages/acme-pack.json');
    await options.waitForSelector('input[name="pack-url"]');
    await options.type('input[name="pack-url"]', packUrl);
    // A real click: Firefox grants permissions.request only inside a user-input handler.
    const add = await options.evaluateHandle(() => document.querySelector('input[name="pack-url"]')!.closest('form')!.querySelector('button[type="submit"]')!);
    await (add as import('puppeteer-core').ElementHandle<Element>).click();
    await expect.poll(() => options.evaluate(() => document.body.textContent?.includes('Pack de test Acme')), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await verdicts(page)).get('300 MW'), { timeout: 15_000 }).toBe('contradicted');
    await options.screenshot({ path: join(ARTIFACTS, 'firefox-options.png'), fullPage: true });
    await options.close();
    await page.close();
  });

  it('sent nothing anywhere but the pages themselves and the pack the user added', () => {
    // The trap proxy receives every request that is not for the fixture host: Firefox's own
    // (switched off by prefs) and any the extension would make.
    expect(fx.trap.seen).toEqual([]);
    const allowed = /^GET \/(e2e\/pages\/article\.html|e2e\/pages\/acme-pack\.json|favicon\.ico)$/;
    expect(fx.server.requests.filter((r) => !allowed.test(r))).toEqual([]);
  });
});
