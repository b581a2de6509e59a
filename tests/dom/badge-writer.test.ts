// @vitest-environment happy-dom
/** The scanner's writes on happy-dom: many figures in one text node, open shadow roots, bounded re-insertion. */
import { afterEach, describe, expect, it } from 'vitest';
import { removeAllBadges } from '../../dom/badges';
import { PageScanner } from '../../dom/page-scanner';
import { BADGE_TAG } from '../../dom/text-snapshot';
import { extractClaims } from '../../engine/extract/extract';
import type { CheckedClaim } from '../../engine/verdict/types';
import { preactBadgeRenderer } from '../../extension/badge-renderer';

/** A stand-in checker: every figure is "supported" (the writes are what is tested here). */
const engine = {
  extract: (t: string) => extractClaims(t, { lang: 'fr' as const }),
  check: async (_t: string, claims: ReturnType<typeof extractClaims>): Promise<CheckedClaim[]> =>
    claims.map((c) => ({ ...c, verdict: 'supported', fact: null, explanation: '' }) as CheckedClaim),
};

const controllers: AbortController[] = [];
function start(): void {
  const c = new AbortController();
  controllers.push(c);
  new PageScanner(document, {
    engine, badges: preactBadgeRenderer({ lang: 'fr', compact: true }), shouldBadge: () => true, onResults: () => undefined, signal: c.signal,
  }).start();
}
const until = async (what: () => boolean, ms = 8000) => {
  const t0 = Date.now();
  while (!what() && Date.now() - t0 < ms) await new Promise((r) => setTimeout(r, 20));
};
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  removeAllBadges(document);
  document.body.innerHTML = '';
});

describe('badge writes (happy-dom)', () => {
  it('badges every figure of one long text node, the text unchanged', async () => {
    const sentence = 'Le site consommera 40 MW en pointe. ';
    document.body.innerHTML = `<div id="big">${sentence.repeat(300)}</div>`;
    const before = document.body.textContent;
    start();
    await until(() => document.querySelectorAll(BADGE_TAG).length >= 300);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(300);
    expect(document.body.textContent).toBe(before);
    // Each badge sits right after its figure.
    for (const b of Array.from(document.querySelectorAll(BADGE_TAG)).slice(0, 20)) expect(b.previousSibling!.textContent!.endsWith('40 MW')).toBe(true);
  });

  it('reads and badges figures in open shadow roots, nested ones too', async () => {
    document.body.innerHTML = '<p>Rien.</p><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Le site consommera 40 MW en pointe.</p><div id="inner"></div>';
    const inner = root.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Le second site consommera 100 MW.</p>';
    start();
    await until(() => root.querySelectorAll(BADGE_TAG).length > 0 && inner.querySelectorAll(BADGE_TAG).length > 0);
    expect(root.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(inner.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('puts back badges the page deletes, a bounded number of times', async () => {
    document.body.innerHTML = '<p id="p">Le site consommera 40 MW en pointe.</p>';
    let inserted = 0;
    new MutationObserver((rs) => {
      for (const r of rs) for (const n of Array.from(r.addedNodes)) if ((n as Element).localName === BADGE_TAG) {
        inserted++;
        (n as Element).remove();
      }
    }).observe(document.body, { childList: true, subtree: true });
    start();
    await new Promise((r) => setTimeout(r, 2500));
    expect(inserted).toBeGreaterThan(1);
    expect(inserted).toBeLessThanOrEqual(3);
  });
});
