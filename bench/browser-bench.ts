/**
 * Real Chromium with the built extension (the e2e build: it matches 127.0.0.1) against the same
 * pages without it: DOMContentLoaded → first and last badge, our longest slice, long animation
 * frames, JS heap, on a typical article, 1 MB and 5 MB. And a cold service worker: the first page
 * after the browser starts, when the background has just woken and prepares the fact base.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ROOT } from '../facts/node';

const EXTENSION = join(ROOT, '.output', 'chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function browserMissing(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not found`;
  if (!existsSync(join(EXTENSION, 'manifest.json'))) return `${EXTENSION} not built (npx wxt build --mode e2e)`;
  return undefined;
}

export interface PageMetrics {
  firstBadgeMs: number;
  lastBadgeMs: number;
  badges: number;
  longestSliceMs: number;
  loafMaxMs: number;
  loafCount: number;
  heapMB: number;
}

function pages(): Record<string, string> {
  const article = readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'article.html'), 'utf8');
  const block = article.match(/<article>([\s\S]*)<\/article>/)![1].replace(/<script[\s\S]*?<\/script>/g, '');
  const filler = '<p>La journée a été riche en annonces, en débats et en questions sur la souveraineté numérique européenne, les réseaux électriques et les usages de l’intelligence artificielle dans les entreprises.</p>\n'.repeat(200);
  const big = (mb: number) => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < mb * 1024 * 1024; i++) {
      const s = `<section id="s${i}">${i % 2 ? filler : block}</section>`;
      parts.push(s);
      size += s.length;
    }
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Grande page</title></head><body>${parts.join('\n')}</body></html>`;
  };
  return { '/article.html': article, '/1mb.html': big(1), '/5mb.html': big(5) };
}

/** Installed before the page's scripts: badge insertions and long animation frames, in page time. */
function probe(): void {
  const w = window as unknown as { __b: { first: number; last: number; loaf: number[] } };
  w.__b = { first: 0, last: 0, loaf: [] };
  new MutationObserver((rs) => {
    for (const r of rs) for (const n of Array.from(r.addedNodes)) {
      if (n.nodeType === 1 && (n as Element).localName === 'infracheck-badge') {
        const t = performance.now();
        if (!w.__b.first) w.__b.first = t;
        w.__b.last = t;
      }
    }
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__b.loaf.push(e.duration);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // no LoAF
  }
}

async function measure(context: BrowserContext, url: string): Promise<PageMetrics> {
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(url, { timeout: 120_000 });
  // Settled: no new badge for 1.5 s.
  let last = -1;
  let stable = Date.now();
  for (const t0 = Date.now(); Date.now() - t0 < 60_000; ) {
    const n = await page.evaluate(() => (window as unknown as { __b: { last: number } }).__b.last);
    if (n !== last) {
      last = n;
      stable = Date.now();
    } else if (Date.now() - stable > 1500) break;
    await page.waitForTimeout(100);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const m = await page.evaluate(() => {
    const b = (window as unknown as { __b: { first: number; last: number; loaf: number[] } }).__b;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const dcl = nav.domContentLoadedEventEnd;
    const slices = performance.getEntriesByName('infracheck-slice').map((e) => e.duration);
    return {
      firstBadgeMs: b.first ? b.first - dcl : NaN,
      lastBadgeMs: b.last ? b.last - dcl : NaN,
      badges: document.querySelectorAll('infracheck-badge').length,
      longestSliceMs: Math.max(0, ...slices),
      loafMaxMs: Math.max(0, ...b.loaf),
      loafCount: b.loaf.length,
    };
  });
  await page.close();
  return { ...m, heapMB: heap.usedSize / 1048576 };
}

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'infracheck-bench-')), {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1200, height: 900 }, args,
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return context;
}

export async function benchBrowser(runs = 3): Promise<{ pages: Record<string, { with: PageMetrics; without: PageMetrics }>; coldFirstBadgeMs: number; coldPrepareMs: number }> {
  const served = pages();
  const server = createServer((req, res) => {
    const body = served[(req.url ?? '/').split('?')[0]];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;
  const out: Record<string, { with: PageMetrics; without: PageMetrics }> = {};
  try {
    // A cold worker: the first page of a fresh browser.
    const cold = await launch(true);
    const first = await measure(cold, url('/article.html'));
    const worker = cold.serviceWorkers()[0];
    const coldPrepareMs = await worker.evaluate(() => (globalThis as unknown as { __infracheckChecks?: { lastPrepareMs: number } }).__infracheckChecks?.lastPrepareMs ?? NaN);
    await cold.close();
    const withExt = await launch(true);
    const without = await launch(false);
    for (const p of Object.keys(served)) {
      const medianOf = async (ctx: BrowserContext) => {
        const all: PageMetrics[] = [];
        for (let i = 0; i < runs; i++) all.push(await measure(ctx, url(p)));
        const med = (k: keyof PageMetrics) => all.map((x) => x[k]).sort((a, b) => a - b)[all.length >> 1];
        return Object.fromEntries((Object.keys(all[0]) as (keyof PageMetrics)[]).map((k) => [k, med(k)])) as unknown as PageMetrics;
      };
      out[p] = { with: await medianOf(withExt), without: await medianOf(without) };
    }
    await withExt.close();
    await without.close();
    return { pages: out, coldFirstBadgeMs: first.firstBadgeMs, coldPrepareMs };
  } finally {
    server.close();
  }
}
