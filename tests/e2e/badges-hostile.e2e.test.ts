/**
 * Hostile pages (issue 13), each served under the e2e build's matched host: 100k nodes, text
 * rewritten every millisecond, infinite scroll, a page deleting our badges, iframes, open shadow
 * roots, editable fields, right-to-left text, a strict CSP, overridden DOM natives, 10,000 figures
 * in one paragraph, one 2 MB text node. For each: no exception from our code, the page's text
 * unchanged, no slice of ours over 50 ms (our performance marks; long animation frames are
 * reported beside them), the tab responsive, our insertions bounded.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumMissing, settledBadges, useExtension } from './harness';

const missing = chromiumMissing();
/**
 * No slice of ours over 50 ms. Slices are wall-clock times: on a loaded machine the OS can preempt
 * one in the middle (or a major GC lands in one), so the test allows one slice in fifty (at least one) over 50 ms and holds
 * the longest to 250 ms (a real long task — a 2 MB node read in one step, say — still fails it).
 */
const SLICE_LIMIT_MS = 50;
const SLICE_CEILING_MS = 250;

const SENTENCE = 'Mistral prévoit un data center de 40 MW dans l’Essonne. ';
const FILLER = 'La journée a été riche en annonces et en débats sur la souveraineté numérique. ';
const ARTICLE = '<p>Mistral AI investit 1,2 milliard d’euros à Borlänge, en Suède, avec EcoDataCenter ; l’ouverture est prévue en 2027.</p>' +
  `<p>${SENTENCE}</p>`;

function html(body: string, head = '', attrs = 'lang="fr"'): string {
  return `<!doctype html><html ${attrs}><head><meta charset="utf-8"><title>Page hostile</title>${head}</head><body>${body}</body></html>`;
}

/** Main-world probes, installed before the page's own scripts: badge insertions, frames, errors. */
function probe(): void {
  const w = window as unknown as { __probe: { inserted: number; lastInsert: number; loaf: number[]; loafOurs: number[] } };
  w.__probe = { inserted: 0, lastInsert: 0, loaf: [], loafOurs: [] };
  const MO = window.MutationObserver;
  new MO((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) {
      if (n.nodeType === 1 && (n as Element).localName === 'infracheck-badge') {
        w.__probe.inserted++;
        w.__probe.lastInsert = performance.now();
      }
    }
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { duration: number; scripts?: { sourceURL?: string; duration: number }[] }[]) {
        w.__probe.loaf.push(e.duration);
        const ours = (e.scripts ?? []).filter((s) => (s.sourceURL ?? '').startsWith('chrome-extension://'));
        if (ours.length) w.__probe.loafOurs.push(Math.max(...ours.map((s) => s.duration)));
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // no LoAF API in this browser
  }
}

interface Report {
  badges: number;
  inserted: number;
  slices: number;
  longestSlice: number;
  p99Slice: number;
  over50: number;
  loafMax: number;
  loafOursMax: number;
  responsiveMs: number;
}

async function measure(page: Page): Promise<Report> {
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  const responsiveMs = Date.now() - t0;
  return page.evaluate((rt) => {
    const p = (window as unknown as { __probe: { inserted: number; loaf: number[]; loafOurs: number[] } }).__probe;
    const slices = performance.getEntriesByName('infracheck-slice').map((e) => e.duration);
    const long = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('infracheck-long')).map((e) => `${e.name.slice(16)} ${e.duration.toFixed(0)}`);
    if (long.length) console.log('long slices:', long.slice(0, 8).join(', '));
    return {
      badges: document.querySelectorAll('infracheck-badge').length,
      inserted: p.inserted,
      slices: slices.length,
      longestSlice: Math.max(0, ...slices),
      p99Slice: [...slices].sort((a, b) => a - b)[Math.floor(slices.length * 0.99)] ?? 0,
      over50: slices.filter((d) => d >= 50).length,
      loafMax: Math.max(0, ...p.loaf),
      loafOursMax: Math.max(0, ...p.loafOurs),
      responsiveMs: rt,
    };
  }, responsiveMs);
}

/** The page's text with our badges left out (they have no light-DOM text anyway). */
const pageText = (page: Page) => page.evaluate(() => (document.body.textContent ?? '').replace(/\s+/g, ' ').trim());

describe.skipIf(!!missing)('hostile pages in Chromium', () => {
  const ext = useExtension();
  const errors: string[] = [];

  async function open(path: string, body: string, opts: { head?: string; attrs?: string } = {}): Promise<Page> {
    ext.server.pages.set(path, html(body, opts.head, opts.attrs));
    const page = await ext.context.newPage();
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /infracheck|chrome-extension:/i.test(`${m.text()} ${m.location().url}`)) errors.push(`${path}: ${m.text()}`);
    });
    await page.addInitScript(probe);
    await page.goto(ext.server.url(path), { timeout: 120_000 });
    return page;
  }

  /** `per`: one slice in `per` may exceed 50 ms (see SLICE_LIMIT_MS). */
  function judge(name: string, r: Report, per = 50, responsiveMs = 1000): void {
    console.log(
      `${name}: ${r.badges} badges (${r.inserted} insertions), ${r.slices} slices, longest ${r.longestSlice.toFixed(1)} ms (p99 ${r.p99Slice.toFixed(1)}, ${r.over50} over 50 ms); ` +
        `long animation frames: max ${r.loafMax.toFixed(0)} ms (with our scripts ${r.loafOursMax.toFixed(0)} ms); event loop answered in ${r.responsiveMs} ms`,
    );
    expect(r.over50, `${name}: slices of ours over ${SLICE_LIMIT_MS} ms`).toBeLessThanOrEqual(Math.max(1, Math.floor(r.slices / per)));
    expect(r.longestSlice, `${name}: longest slice of ours`).toBeLessThan(SLICE_CEILING_MS);
    expect(r.responsiveMs, `${name}: tab responsive`).toBeLessThan(responsiveMs);
    expect(errors, name).toEqual([]);
  }

  it('100k nodes', { timeout: 180_000 }, async () => {
    const rows: string[] = [];
    for (let i = 0; i < 25_100; i++) rows.push(i % 500 === 0 ? `<p><span>${SENTENCE}</span><i>${i}</i></p>` : `<p><span>Ligne</span> <b>${i % 10}</b> <i>·</i></p>`);
    const page = await open('/hostile/100k.html', `<main>${ARTICLE}${rows.join('')}</main>`);
    const before = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(before).toBeGreaterThan(100_000);
    const n = await settledBadges(page, 40, 120_000);
    expect(n).toBeGreaterThanOrEqual(40);
    judge('100k nodes', await measure(page));
    await page.close();
  });

  it('text rewritten every millisecond for 5 s', { timeout: 60_000 }, async () => {
    const page = await open('/hostile/rewrite.html', `${ARTICLE}<p id="live">…</p><script>
      let i = 0; const end = performance.now() + 5000;
      const t = setInterval(() => { document.getElementById('live').textContent = 'Compteur ' + (i++) + ' : ${SENTENCE}'; if (performance.now() > end) clearInterval(t); }, 1);
    </script>`);
    await page.waitForTimeout(6000);
    const r = await measure(page);
    // The live paragraph loses its badge at every rewrite: we put it back a bounded number of times.
    expect(r.inserted).toBeLessThan(50);
    judge('rewritten every ms', r);
    await page.close();
  });

  it('infinite scroll adding 1,000 paragraphs', { timeout: 90_000 }, async () => {
    const page = await open('/hostile/scroll.html', `<main id="feed">${ARTICLE}</main><script>
      let added = 0;
      const more = () => { const f = document.createDocumentFragment();
        for (let k = 0; k < 50; k++, added++) { const p = document.createElement('p'); p.textContent = (added % 10 === 0 ? ${JSON.stringify(SENTENCE)} : ${JSON.stringify(FILLER)}) + added; f.appendChild(p); }
        document.getElementById('feed').appendChild(f); if (added < 1000) setTimeout(more, 50); };
      setTimeout(more, 100);
    </script>`);
    await page.waitForTimeout(2000);
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(150);
    }
    const n = await settledBadges(page, 100, 60_000);
    expect(await page.locator('#feed p').count()).toBe(1002);
    expect(n).toBeGreaterThanOrEqual(100);
    judge('infinite scroll', await measure(page));
    await page.close();
  });

  it('a page deleting our badges: re-inserted a bounded number of times, never in a loop', { timeout: 60_000 }, async () => {
    const paras = Array.from({ length: 20 }, () => `<p>${SENTENCE}</p>`).join('');
    const page = await open('/hostile/delete.html', `${ARTICLE}${paras}<script>
      new MutationObserver((rs) => { for (const r of rs) for (const n of r.addedNodes) if (n.localName === 'infracheck-badge') n.remove(); })
        .observe(document.body, { childList: true, subtree: true });
    </script>`);
    await page.waitForTimeout(4000);
    const r1 = await measure(page);
    await page.waitForTimeout(2000);
    const r2 = await measure(page);
    // 22 figures, each put back at most twice: bounded, and nothing more once the budget is spent.
    expect(r1.inserted).toBeGreaterThan(0);
    expect(r1.inserted).toBeLessThanOrEqual(22 * 3);
    expect(r2.inserted).toBe(r1.inserted);
    judge('deleting badges', r2);
    await page.close();
  });

  it('same-origin and cross-origin iframes', { timeout: 60_000 }, async () => {
    ext.server.pages.set('/hostile/frame.html', html(`<p>${SENTENCE}</p>`));
    const cross = ext.server.url('/hostile/frame.html').replace('127.0.0.1', 'localhost');
    const page = await open('/hostile/iframes.html', `${ARTICLE}<iframe src="/hostile/frame.html"></iframe><iframe src="${cross}"></iframe><iframe srcdoc="<p>${SENTENCE}</p>"></iframe>`);
    const n = await settledBadges(page, 2, 15_000);
    expect(n).toBeGreaterThanOrEqual(2);
    judge('iframes', await measure(page));
    await page.close();
  });

  it('open shadow roots: their figures are read and badged', { timeout: 60_000 }, async () => {
    const page = await open('/hostile/shadow.html', `${ARTICLE}<div id="host"></div><script>
      const root = document.getElementById('host').attachShadow({ mode: 'open' });
      root.innerHTML = '<p>Dans le composant : Mistral prévoit un data center de 40 MW dans l’Essonne.</p>';
      const inner = root.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
      inner.innerHTML = '<p>Plus profond : Mistral AI investit 1,2 milliard d’euros à Borlänge, en Suède.</p>';
    </script>`);
    await settledBadges(page, 2, 15_000);
    const inShadow = await page.evaluate(() => {
      const root = document.getElementById('host')!.shadowRoot!;
      const inner = root.querySelector('div')!.shadowRoot!;
      return [root.querySelectorAll('infracheck-badge').length, inner.querySelectorAll('infracheck-badge').length];
    });
    expect(inShadow).toEqual([1, 1]);
    judge('shadow roots', await measure(page));
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-shadow.png') });
    await page.close();
  });

  it('contenteditable, textarea and input are never touched', { timeout: 60_000 }, async () => {
    const page = await open('/hostile/editable.html', `${ARTICLE}<div contenteditable="true"><p>${SENTENCE}</p></div>` +
      `<textarea id="ta">${SENTENCE}</textarea><input id="in" value="${SENTENCE}"><div contenteditable="plaintext-only">${SENTENCE}</div>`);
    await settledBadges(page, 2, 15_000);
    // Typing a figure into the editable region does not get it badged either.
    await page.click('div[contenteditable="true"] p');
    await page.keyboard.type(' Et 1,2 milliard d’euros à Borlänge.');
    await page.waitForTimeout(1500);
    const state = await page.evaluate(() => ({
      inEditable: document.querySelectorAll('[contenteditable] infracheck-badge').length,
      ta: (document.getElementById('ta') as HTMLTextAreaElement).value,
      input: (document.getElementById('in') as HTMLInputElement).value,
    }));
    expect(state.inEditable).toBe(0);
    expect(state.ta).toBe(SENTENCE);
    expect(state.input).toBe(SENTENCE);
    judge('editable', await measure(page));
    await page.close();
  });

  it('right-to-left text', { timeout: 60_000 }, async () => {
    const body = `<p>تخطط ميسترال لمركز بيانات بقدرة 40 MW في إيسون.</p><p dir="ltr">${SENTENCE}</p>`;
    const page = await open('/hostile/rtl.html', body, { attrs: 'lang="ar" dir="rtl"' });
    const before = await page.evaluate(() => (document.body.textContent ?? '').replace(/\s+/g, ' ').trim());
    await settledBadges(page, 1, 15_000);
    expect(await pageText(page)).toBe(before);
    judge('rtl', await measure(page));
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-rtl.png') });
    await page.close();
  });

  it('a strict Content-Security-Policy', { timeout: 60_000 }, async () => {
    const page = await open('/hostile/csp.html', ARTICLE, {
      head: `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'">`,
    });
    const n = await settledBadges(page, 3, 15_000);
    expect(n).toBeGreaterThanOrEqual(3);
    // Styled through the adopted stylesheet, which the page's CSP does not govern.
    const bg = await page.locator('infracheck-badge').first().evaluate((h) => getComputedStyle(h.shadowRoot!.querySelector('button')!).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    judge('strict CSP', await measure(page));
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-csp.png') });
    await page.close();
  });

  it('a page overriding attachShadow, customElements.define, appendChild and MutationObserver', { timeout: 60_000 }, async () => {
    const page = await open('/hostile/natives.html', `<script>
      const boom = () => { throw new Error('page override'); };
      Element.prototype.attachShadow = boom;
      customElements.define = boom; customElements.get = boom;
      Node.prototype.appendChild = boom; Node.prototype.insertBefore = boom;
      window.MutationObserver = function () { throw new Error('page override'); };
    </script>${ARTICLE}`);
    const n = await settledBadges(page, 3, 15_000);
    expect(n).toBeGreaterThanOrEqual(3);
    judge('overridden natives', await measure(page));
    await page.close();
  });

  it('10,000 figures in one paragraph: badged, in slices', { timeout: 180_000 }, async () => {
    const page = await open('/hostile/10k.html', `<p id="p">${SENTENCE.repeat(10_000)}</p>`);
    const before = await pageText(page);
    const n = await settledBadges(page, 10_000, 120_000);
    expect(n).toBe(10_000);
    expect(await pageText(page)).toBe(before);
    judge('10,000 figures in one paragraph', await measure(page));
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-10k.png') });
    await page.close();
  });

  it('one 2 MB text node', { timeout: 180_000 }, async () => {
    const unit = SENTENCE + FILLER.repeat(12);
    const text = unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
    // The parser cuts long text into 64 kB nodes: join them into one, as a script-built page would.
    const page = await open('/hostile/2mb.html', `<div id="big">${text}</div><script>const big = document.getElementById('big'); big.textContent = big.textContent; window.__nodes = big.childNodes.length;</script>`);
    // One text node when the page is parsed (read before we badge it).
    expect(await page.evaluate(() => (window as unknown as { __nodes: number }).__nodes)).toBe(1);
    const before = await pageText(page);
    const n = await settledBadges(page, 2000, 120_000);
    expect(n).toBeGreaterThanOrEqual(2000);
    expect(await pageText(page)).toBe(before);
    // Each insertion makes the browser lay the whole node out again: its badges go in together,
    // at most once a second (BadgeWriter's BIG_NODE), not once per frame.
    judge('one 2 MB text node', await measure(page));
    await page.close();
  });
});
