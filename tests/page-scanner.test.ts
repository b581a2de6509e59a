// @vitest-environment happy-dom
/** The page scanner on happy-dom: badges after each figure, the text untouched, added content badged. */
import { afterEach, describe, expect, it } from 'vitest';
import { removeAllBadges } from '../dom/badges';
import { preactBadgeRenderer } from '../extension/badge-renderer';
import { PageScanner, type PageResult } from '../dom/page-scanner';
import { BADGE_TAG } from '../dom/text-snapshot';
import { extractClaims } from '../engine/extract/extract';
import { Checker } from '../engine/match/check';
import { prepareFactBase } from '../engine/match/fact-base';
import { loadBundledPack, loadRates } from '../facts/node';
import { explainAll } from '../i18n/explain';

const checker = new Checker(prepareFactBase([loadBundledPack()], loadRates()), explainAll);

function scanner(signal: AbortSignal, onResults: (r: PageResult[], done: boolean) => void) {
  return new PageScanner(document, {
    engine: { extract: (t) => extractClaims(t, { lang: 'fr' }), check: (t, c) => checker.check(t, c, { topic: null, lang: 'fr' }) },
    badges: preactBadgeRenderer({ lang: 'fr', compact: false }),
    shouldBadge: (c) => c.verdict !== 'unverified',
    onResults,
    signal,
  });
}

const settle = () => new Promise((r) => setTimeout(r, 700));
const controllers: AbortController[] = [];
function signal(): AbortSignal {
  const c = new AbortController();
  controllers.push(c);
  return c.signal;
}
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  removeAllBadges(document);
});

describe('page scanner (happy-dom)', () => {
  it('badges every checked figure, two in one text node included, and leaves the text as it was', async () => {
    document.body.innerHTML =
      '<article><p>Mistral AI investit 1,2 <b>milliard</b> d’euros à Borlänge, en Suède, avec EcoDataCenter ; l’ouverture est prévue en 2027.</p>' +
      '<p>Mistral prévoit un data center de 40 MW dans l’Essonne, puis 100 MW à terme.</p><script>var x = "400 MW";</script></article>';
    const before = document.body.textContent;
    let results: PageResult[] = [];
    scanner(signal(), (r) => (results = [...r])).start();
    // The first extraction compiles the extractor's regexes: wait for the badges, then settle.
    for (const t0 = Date.now(); document.querySelectorAll(BADGE_TAG).length < 4 && Date.now() - t0 < 10_000; ) await new Promise((r) => setTimeout(r, 20));
    await settle();
    const badges = [...document.querySelectorAll(BADGE_TAG)].map((b) => [b.getAttribute('data-claim'), b.getAttribute('data-verdict')]);
    expect(badges).toEqual([
      ['1,2 milliard d’euros', 'supported'],
      ['2027', 'supported'],
      ['40 MW', 'supported'],
      ['100 MW', 'supported'],
    ]);
    // Each badge sits right after its figure.
    const first = document.querySelector(BADGE_TAG)!;
    expect(first.previousSibling!.textContent!.endsWith('d’euros')).toBe(true);
    expect(document.body.textContent).toBe(before);
    expect(results.filter((r) => r.badgeId)).toHaveLength(4);
  });

  it('badges content added after the first pass, once', async () => {
    document.body.innerHTML = '<main><p>Rien pour l’instant.</p></main>';
    scanner(signal(), () => undefined).start();
    await settle();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    const p = document.createElement('p');
    p.textContent = 'Mistral AI investit 3 milliards d’euros dans son centre de données de Borlänge, en Suède.';
    document.querySelector('main')!.appendChild(p);
    await settle();
    const hosts = document.querySelectorAll(BADGE_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0].getAttribute('data-verdict')).toBe('contradicted');
  });

  it('stops when its signal aborts, and removeAllBadges restores the page', async () => {
    document.body.innerHTML = '<p>Mistral prévoit un data center de 40 MW dans l’Essonne.</p>';
    const html = document.body.innerHTML;
    const c = new AbortController();
    scanner(c.signal, () => undefined).start();
    await settle();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    c.abort();
    removeAllBadges(document);
    expect(document.body.innerHTML).toBe(html);
    document.body.insertAdjacentHTML('beforeend', '<p>Mistral investit 1,2 milliard d’euros à Borlänge, en Suède.</p>');
    await settle();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });
});
