/**
 * ClaimReview out and in (engine/claimreview/): the export field by field, the round trip (export a
 * page, import the export, scan the page again), fixtures shaped like published reviews, figures a
 * checker rated false, malformed input, and the bounded script scan.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, type CheckedClaim } from '../engine';
import {
  ClaimReviewError, RATING_SCALE, RATING_VALUES, classifyRating, fromClaimReview, ldJsonScripts, looksLikeClaimReview,
  readFactSource, toClaimReview,
} from '../engine/claimreview';
import { PackError } from '../engine/facts/validate';
import { pageFromHtml } from '../cli/page';
import { verdictLabel } from '../i18n';
import { explainAll } from '../i18n/explain';
import { loadBundledPack, loadRates, ROOT } from '../facts/node';

const rates = loadRates();
const bundled = loadBundledPack();
const engine = createEngine({ packs: [bundled], rates, explain: explainAll });
const FX = join(ROOT, 'tests', 'fixtures-claimreview');
const fixture = (name: string) => readFileSync(join(FX, name), 'utf8');
const NOW = new Date('2026-12-01T10:00:00Z');
const labels = (lang: 'fr' | 'en') => ({
  supported: verdictLabel('supported', lang), outdated: verdictLabel('outdated', lang), contradicted: verdictLabel('contradicted', lang),
});

function scanPage(dir: string) {
  const page = pageFromHtml(readFileSync(join(ROOT, 'tests', 'fixtures', dir, 'source.html'), 'utf8'));
  return { page, claims: engine.checkText(page.text, { title: page.title, pageLang: page.lang }) };
}

type Review = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('toClaimReview', () => {
  const { page, claims } = scanPage('fr-chiffres-errones');
  const url = 'https://exemple.fr/articles/mistral';
  const doc = toClaimReview({ url, title: page.title, datePublished: '2026-02-20' }, claims, { lang: 'fr', now: NOW, labels: labels('fr') });
  const reviews = doc['@graph'] as Review[];
  const checked = claims.filter((c) => c.verdict !== 'unverified');

  it('one ClaimReview per checked figure, in one JSON-LD document', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(reviews).toHaveLength(checked.length);
    expect(checked.map((c) => c.verdict)).toEqual(['contradicted', 'supported', 'contradicted']);
  });

  it('each review has the fields Google requires and recommends', () => {
    reviews.forEach((r, i) => {
      const c = checked[i];
      expect(r['@type']).toBe('ClaimReview');
      // Required: claimReviewed (the page's sentence), reviewRating with alternateName, url.
      expect(r.claimReviewed).toBe(c.sentence.replace(/\s+/g, ' ').trim());
      expect(r.claimReviewed).toContain(c.text);
      expect(r.url).toBe(`${url}#:~:text=${encodeURIComponent(c.text).replace(/-/g, '%2D').replace(/,/g, '%2C')}`);
      expect(r.reviewRating).toEqual({
        '@type': 'Rating', ratingValue: RATING_VALUES[c.verdict as 'supported'], bestRating: 5, worstRating: 1,
        alternateName: verdictLabel(c.verdict, 'fr'), name: verdictLabel(c.verdict, 'fr'),
      });
      // Recommended: author, datePublished, itemReviewed (a Claim with its appearance and date).
      expect(r.author).toEqual({ '@type': 'Organization', name: 'InfraCheck' });
      expect(r.datePublished).toBe('2026-12-01');
      expect(r.itemReviewed).toEqual({
        '@type': 'Claim', datePublished: '2026-02-20',
        appearance: { '@type': 'CreativeWork', url, headline: page.title, datePublished: '2026-02-20' },
      });
      expect(r.inLanguage).toBe('fr');
      expect(r.reviewBody).toBe(c.explanation);
      // The sources as citations: the fact's (and the newer figure's), each once.
      const sources = [c.fact, c.newer, ...(c.related ?? [])].flatMap((f) => f?.sources ?? []);
      expect(r.citation.map((x: Review) => x.url)).toEqual([...new Set(sources.map((s) => s.url))]);
      for (const cit of r.citation) {
        const s = sources.find((x) => x.url === cit.url)!;
        expect(cit).toEqual({ '@type': 'CreativeWork', name: s.title, url: s.url, datePublished: s.date, publisher: { '@type': 'Organization', name: s.publisher } });
      }
    });
  });

  it('the rating scale: 1 contradicted, 3 outdated, 5 supported; the words in the chosen language', () => {
    expect(RATING_SCALE).toEqual({ worst: 1, best: 5 });
    expect(RATING_VALUES).toEqual({ contradicted: 1, outdated: 3, supported: 5 });
    const en = toClaimReview({ url }, claims, { lang: 'en', now: NOW, labels: labels('en') })['@graph'] as Review[];
    expect(en.map((r) => r.reviewRating.alternateName)).toEqual(['Contradicted', 'Verified', 'Contradicted']);
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(['Contredit', 'Vérifié', 'Contredit']);
    // Without a page date, no date is invented.
    expect(en[0].itemReviewed).toEqual({ '@type': 'Claim', appearance: { '@type': 'CreativeWork', url } });
  });

  it('unverified figures are not reviews', () => {
    const { claims: all } = scanPage('fr-fourchettes-et-pieges');
    const out = toClaimReview({ url }, all, { lang: 'fr', now: NOW, labels: labels('fr') })['@graph'];
    expect(out).toHaveLength(all.filter((c) => c.verdict !== 'unverified').length);
    expect(all.some((c) => c.verdict === 'unverified')).toBe(true);
  });
});

describe('round trip: export a page, import the export, scan the page again', () => {
  const dirs = readdirSync(join(ROOT, 'tests', 'fixtures'));
  const tally = { supported: 0, again: 0 };
  for (const dir of dirs) {
    it(dir, () => {
      const { page, claims } = scanPage(dir);
      const doc = toClaimReview({ url: `https://exemple.fr/${dir}`, title: page.title }, claims, { lang: 'fr', now: NOW, labels: labels('fr') });
      if (!doc['@graph'].length) {
        // Nothing checked on this page: an empty export, which an import refuses plainly.
        expect(() => fromClaimReview(JSON.stringify(doc), { reference: engine.base })).toThrow(/no ClaimReview/);
        return;
      }
      const { pack, skipped, reviews } = fromClaimReview(JSON.stringify(doc), { reference: engine.base, now: NOW });
      expect(reviews).toBe(doc['@graph'].length);
      // Only the imported facts: the checker's verdicts come back for the same figures.
      const alone = createEngine({ packs: [pack], rates, explain: explainAll });
      const again = alone.checkText(page.text, { title: page.title, pageLang: page.lang });
      expect(again.map((c) => c.text)).toEqual(claims.map((c) => c.text));
      claims.forEach((c, i) => {
        if (c.verdict === 'contradicted') expect({ text: c.text, verdict: again[i].verdict }).toEqual({ text: c.text, verdict: c.verdict });
        if (c.verdict === 'supported') {
          // Supported again — or, with fewer facts around it, held back (a capitalised name the
          // smaller base does not know can be another project): never turned into another verdict.
          expect({ text: c.text, verdict: again[i].verdict }).toEqual({ text: c.text, verdict: expect.stringMatching(/^(supported|unverified)$/) });
          tally.supported++;
          if (again[i].verdict === 'supported') tally.again++;
        }
        if (c.verdict === 'contradicted') {
          expect(again[i].reasons[0].kind).toBe('rated-false');
          expect(again[i].fact?.sources[0].publisher).toBe('InfraCheck');
        }
      });
      // Outdated figures (3 on the scale) are neither true nor false: left out, with the reason.
      const outdated = (doc['@graph'] as Review[]).flatMap((r, i) => (r.reviewRating.ratingValue === 3 ? [i] : []));
      for (const i of outdated) expect(skipped.find((s) => s.index === i)?.reason).toMatch(/neither true nor false/);
      // With the bundled pack too, every verdict is the same.
      const both = createEngine({ packs: [pack, bundled], rates, explain: explainAll });
      expect(both.checkText(page.text, { title: page.title, pageLang: page.lang }).map((c) => c.verdict)).toEqual(claims.map((c) => c.verdict));
    });
  }
  it('most supported figures come back supported from the import alone', () => {
    console.log(`round trip: ${tally.again}/${tally.supported} supported figures supported again by the imported facts alone`);
    expect(tally.again).toBeGreaterThanOrEqual(Math.ceil(tally.supported * 0.8));
  });
});

describe('fromClaimReview on published structures', () => {
  const importOf = (name: string) => fromClaimReview(fixture(name), { reference: engine.base, now: NOW });

  it('a single review rated false: a known wrong figure, the checker as publisher, its review as source', () => {
    const { pack, skipped } = importOf('single-review.json');
    expect(skipped).toEqual([]);
    expect(pack.facts).toHaveLength(1);
    const f = pack.facts[0];
    expect(f).toMatchObject({
      subject: { name: 'Mistral AI' }, metric: 'investment', value: 3e9, unit: 'EUR', rating: 'false', asOf: '2026-02-12',
      sources: [{ publisher: 'Vérif’Infra', url: 'https://verif-infra.example.org/2026/02/mistral-borlange-3-milliards', date: '2026-02-13' }],
    });
    expect(f.statement.fr).toBe('Vérif’Infra a jugé ce chiffre faux (Mistral AI) : 3 milliards d’euros — « Faux ».');
    expect(f.statement.en).toBe('Vérif’Infra rated this figure false (Mistral AI): 3 milliards d’euros — “Faux”.');
    expect(Object.keys(f.statement).sort()).toEqual(['de', 'en', 'es', 'fr', 'it']);
  });

  it('an array: a true review becomes a fact; "Mostly true" and a javascript: URL are skipped with the reason', () => {
    const { pack, skipped } = importOf('array.json');
    // The metric is the reference fact's (a commitment or an investment, as the bundled base words it).
    expect(pack.facts.map((f) => [f.subject.name, f.value, f.unit, f.approx, f.rating])).toEqual([
      ['Stargate (OpenAI, SoftBank, Oracle, MGX)', 5e11, 'USD', 'at-most', undefined],
    ]);
    expect(pack.facts[0].metric).toMatch(/^(commitment|investment)$/);
    expect(skipped).toEqual([
      { index: 1, reason: 'rating “Mostly true” is neither true nor false' },
      { index: 2, reason: 'no http(s) url for the review' },
    ]);
  });

  it('an ItemList: a claim without a figure and one with markup are skipped', () => {
    const { pack, skipped } = importOf('itemlist.json');
    expect(pack.facts.map((f) => [f.metric, f.value, f.unit, f.asOf, f.sources[0].publisher])).toEqual([['power-capacity', 4e7, 'W', '2026-05-29', 'Les Vérificateurs']]);
    expect(skipped).toEqual([
      { index: 1, reason: 'no figure in claimReviewed' },
      { index: 2, reason: 'claimReviewed is not plain text' },
    ]);
  });

  it('a @graph beside other nodes, a date-time, firstAppearance', () => {
    const { pack, skipped } = importOf('graph.json');
    expect(skipped).toEqual([]);
    expect(pack.facts[0]).toMatchObject({ metric: 'gpu-count', value: 50_000, unit: 'GPU', rating: 'false', asOf: '2026-03-01', sources: [{ date: '2026-03-02', title: 'Does Mistral AI’s Essonne campus hold 50,000 GPUs?' }] });
  });

  it("a page's embedded scripts: a numeric rating only, an HTML entity in the claim, other JSON-LD ignored", () => {
    const { pack, skipped, reviews } = importOf('page.html');
    expect(reviews).toBe(1);
    expect(skipped).toEqual([]);
    expect(pack.facts[0]).toMatchObject({ metric: 'investment', value: 1.2e9, unit: 'EUR', asOf: '2026-02-11' });
    expect(pack.facts[0].rating).toBeUndefined();
  });

  it('a figure the checker rated false is contradicted on a page, citing the checker; never supported', () => {
    const { pack } = importOf('single-review.json');
    const text = 'Mistral AI investit 3 milliards d’euros dans son centre de données de Borlänge, en Suède.';
    const alone = createEngine({ packs: [pack], rates, explain: explainAll }).checkText(text, { lang: 'fr' });
    expect(alone[0].verdict).toBe('contradicted');
    expect(alone[0].reasons[0]).toMatchObject({ kind: 'rated-false' });
    expect(alone[0].explanation).toBe('Chiffre jugé faux par un vérificateur\u00a0: 3 milliards d’euros (Vérif’Infra, 12 février 2026).');
    // With the bundled facts, the sourced figure (1,2 milliard) contradicts it as before.
    const both = createEngine({ packs: [pack, bundled], rates, explain: explainAll }).checkText(text, { lang: 'fr' });
    expect(both[0].verdict).toBe('contradicted');
    // A sentence that does not say whose figure it is: no verdict.
    const vague = createEngine({ packs: [pack], rates, explain: explainAll }).checkText('Le chantier coûterait 3 milliards d’euros.', { lang: 'fr' });
    expect(vague[0].verdict).toBe('unverified');
    // The right figure is not "supported" by a wrong one.
    const right = createEngine({ packs: [pack], rates, explain: explainAll }).checkText('Mistral AI investit 1,2 milliard d’euros à Borlänge.', { lang: 'fr' });
    expect(right[0].verdict).not.toBe('supported');
  });

  it('a figure the checker rated true supports the page that prints it', () => {
    const { pack } = importOf('itemlist.json');
    const c = createEngine({ packs: [pack], rates, explain: explainAll }).checkText('Le centre de Mistral AI dans l’Essonne aura une puissance de 40 MW.', { lang: 'fr' });
    expect(c[0].verdict).toBe('supported');
    expect(c[0].fact?.sources[0].publisher).toBe('Les Vérificateurs');
  });

  it('ratings: words first (five languages, qualified ones are neither), else the place on the scale', () => {
    const r = (x: object) => classifyRating(x)?.rating;
    expect(r({ alternateName: 'Faux' })).toBe('false');
    expect(r({ alternateName: 'Falsch' })).toBe('false');
    expect(r({ alternateName: 'Vero' })).toBe('true');
    expect(r({ alternateName: 'Plutôt vrai' })).toBe('mixed');
    expect(r({ alternateName: 'Trompeur' })).toBe('mixed');
    expect(r({ alternateName: 'Half true', ratingValue: 3 })).toBe('mixed');
    expect(r({ ratingValue: 1, bestRating: 5, worstRating: 1 })).toBe('false');
    expect(r({ ratingValue: '10', bestRating: '10', worstRating: '0' })).toBe('true');
    expect(r({ ratingValue: 2 })).toBe('mixed');
    expect(classifyRating(undefined)).toBeUndefined();
  });
});

describe('bad input: a clear error, nothing made', () => {
  const opts = { reference: () => engine.base };
  it('malformed JSON-LD', () => {
    expect(() => fromClaimReview(fixture('malformed.jsonld'), { reference: engine.base })).toThrow(ClaimReviewError);
    expect(() => readFactSource(fixture('malformed.jsonld'), { ...opts, name: 'malformed.jsonld' })).toThrow(/^malformed JSON-LD: /);
    expect(() => readFactSource('<html><script type="application/ld+json">{oops</script></html>', opts)).toThrow(/malformed JSON-LD in script 1 of 1/);
  });
  it('JSON-LD without a review, and reviews none of which maps', () => {
    expect(() => readFactSource('{"@context":"https://schema.org","@type":"NewsArticle"}', opts)).toThrow(/no ClaimReview in this JSON-LD \(found NewsArticle\)/);
    const none = JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'La Lune est en fromage.', url: 'https://x.example/1', reviewRating: { alternateName: 'Faux' } });
    expect(() => readFactSource(none, opts)).toThrow(PackError);
    expect(() => readFactSource(none, opts)).toThrow(/no ClaimReview could be imported: 1 review left out \(review 1: no figure in claimReviewed\)/);
  });
  it('too large', () => {
    expect(() => fromClaimReview(' '.repeat(20 * 1024 * 1024 + 1), { reference: engine.base })).toThrow(/too large/);
  });
  it('a fact pack is still read as a pack', () => {
    const pack = JSON.stringify({ id: 'p', title: 'P', version: '1', updated: '2026-01-01', facts: [] });
    expect(looksLikeClaimReview(pack)).toBe(false);
    expect(readFactSource(pack, opts).pack.id).toBe('p');
    expect(looksLikeClaimReview('<html><body>no json-ld</body></html>')).toBe(false);
    expect(looksLikeClaimReview(fixture('page.html'))).toBe(true);
  });
});

describe('the script scan', () => {
  it('finds ld+json scripts whatever the quoting and case, and nothing else', () => {
    const html = '<SCRIPT TYPE="application/ld+json">{"a":1}</SCRIPT><script data-type="application/ld+json" type="text/javascript">x</script><script type=application/ld+json >{"b":2}</script >';
    expect(ldJsonScripts(html)).toEqual(['{"a":1}', '{"b":2}']);
  });
  it('stays linear on hostile pages', () => {
    const t0 = performance.now();
    ldJsonScripts('<script'.repeat(300_000));
    ldJsonScripts('<script type="application/ld+json">'.repeat(100_000));
    ldJsonScripts(`<script ${'type '.repeat(200_000)}>`);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

// Keep the type import used (CheckedClaim is what the export reads).
export type { CheckedClaim };
