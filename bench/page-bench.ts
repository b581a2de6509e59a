/**
 * The page side on a 5 MB page, in Node on happy-dom: the scanner's longest slice of work (the
 * e2e run measures the same in Chromium with a long-task observer). happy-dom is slower than a
 * browser, so this is an upper bound.
 */
import { Window } from 'happy-dom';
import { preactBadgeRenderer } from '../extension/badge-renderer';
import { PageScanner } from '../dom/page-scanner';
import { extractClaims } from '../engine/extract/extract';
import { Checker } from '../engine/match/check';
import { prepareFactBase } from '../engine/match/fact-base';
import { loadBundledPack, loadRates } from '../facts/node';
import { explainAll } from '../i18n/explain';

const ARTICLE = `<p>Mistral AI a confirmé un investissement de 1,2 <b>milliard</b> d’euros dans un centre de données construit
avec EcoDataCenter à Borlänge. L’ouverture du site est prévue en 2027.</p>
<p>En France, quelque 18 000 processeurs GPU doivent équiper un centre de données de <a href="#">40 MW</a> dans l’Essonne.</p>
<p>Fondée en 2023, Mistral AI a levé 1,7 milliard d’euros en septembre 2025, portant sa valorisation à 11,7 milliards d’euros.</p>`;
const FILLER = '<p>La journée a été riche en annonces et en débats sur la souveraineté numérique et les réseaux électriques.</p>\n'.repeat(100);

export async function benchPage(mb = 5): Promise<{ bytes: number; badges: number; slices: number; maxSliceMs: number; totalMs: number }> {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1024 * 1024; i++) {
    const s = `<section>${i % 2 ? FILLER : ARTICLE}</section>`;
    parts.push(s);
    bytes += s.length;
  }
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const document = window.document as unknown as Document;
  document.write(`<!doctype html><html lang="fr"><head><title>Grande page</title></head><body>${parts.join('\n')}</body></html>`);
  const checker = new Checker(prepareFactBase([loadBundledPack()], loadRates()), explainAll);
  const slices: number[] = [];
  const t0 = performance.now();
  let topic: string | null | undefined;
  await new Promise<void>((resolve) => {
    new PageScanner(document, {
      visibleFirst: false,
      engine: {
        begin: (t) => {
          topic = checker.topicOf(t.slice(0, 20_000)) ?? null;
        },
        extract: (t) => extractClaims(t, { lang: 'fr' }),
        check: (t, c) => checker.check(t, c, { topic, lang: 'fr' }),
      },
      badges: preactBadgeRenderer({ lang: 'fr', compact: false }),
      shouldBadge: (c) => c.verdict !== 'unverified',
      onResults: (_r, done) => done && resolve(),
      signal: new AbortController().signal,
      onSlice: (ms) => slices.push(ms),
    }).start();
  });
  const totalMs = performance.now() - t0;
  const badges = document.querySelectorAll('infracheck-badge').length;
  await window.happyDOM.abort();
  window.happyDOM.close();
  return { bytes, badges, slices: slices.length, maxSliceMs: Math.max(...slices), totalMs };
}
