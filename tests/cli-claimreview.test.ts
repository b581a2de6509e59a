/**
 * `scan --claimreview FILE…` and `scan --facts review.jsonld`, run as a user runs them: one JSON-LD
 * document per input; the export read back as facts gives the same verdicts; reviews left out are
 * noted on stderr; malformed JSON-LD stops the run (exit 2) before any input is read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../facts/node';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
function scan(args: string[], input?: string) {
  const r = spawnSync(TSX, [join(ROOT, 'cli', 'scan.ts'), ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
const PAGE = `<!doctype html><html lang="fr"><head><title>Mistral en Suède</title>
<link rel="canonical" href="https://exemple.fr/mistral-suede">
<meta property="article:published_time" content="2026-02-20T08:00:00+01:00"></head>
<body><p>Mistral AI investit 3 milliards d’euros dans son centre de données de Borlänge, en Suède.</p>
<p>Mistral AI investit 1,2 milliard d’euros dans un centre de données à Borlänge, en Suède.</p></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'infracheck-cr-'));
  writeFileSync(join(dir, 'page.html'), PAGE);
});

describe('scan --claimreview / --facts ClaimReview', { timeout: 120_000 }, () => {
  it('prints one ClaimReview document per input, with the page’s canonical URL and date', () => {
    const r = scan(['--claimreview', join(dir, 'page.html'), join(dir, 'page.html')]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    const doc = JSON.parse(lines[0]);
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'].map((x: { reviewRating: { alternateName: string } }) => x.reviewRating.alternateName)).toEqual(['Contredit', 'Vérifié']);
    const [first] = doc['@graph'];
    expect(first.itemReviewed).toEqual({
      '@type': 'Claim', datePublished: '2026-02-20T08:00:00+01:00',
      appearance: { '@type': 'CreativeWork', url: 'https://exemple.fr/mistral-suede', headline: 'Mistral en Suède', datePublished: '2026-02-20T08:00:00+01:00' },
    });
    expect(first.url).toBe('https://exemple.fr/mistral-suede#:~:text=3%20milliards%20d%E2%80%99euros');
    writeFileSync(join(dir, 'export.jsonld'), lines[0]);
  });

  it('the export read back with --facts (and no bundled pack) gives the same verdicts', () => {
    const r = scan(['--json', '--no-bundled', '--facts', join(dir, 'export.jsonld'), join(dir, 'page.html')]);
    expect(r.code).toBe(0);
    const { claims } = JSON.parse(r.out);
    expect(claims.map((c: { text: string; verdict: string }) => [c.text, c.verdict])).toEqual([
      ['3 milliards d’euros', 'contradicted'],
      ['1,2 milliard d’euros', 'supported'],
    ]);
    expect(claims[0].fact.sources[0].publisher).toBe('InfraCheck');
  });

  it('reviews left out are noted on stderr, the others used', () => {
    const r = scan(['--json', '--facts', join(ROOT, 'tests', 'fixtures-claimreview', 'array.json'), '-'], 'Le projet Stargate investira jusqu’à 500 milliards de dollars.');
    expect(r.code).toBe(0);
    expect(r.err).toContain('array.json: ClaimReview: 1 facts from 3 reviews; 2 left out');
    expect(r.err).toContain('review 2: rating “Mostly true” is neither true nor false');
    expect(r.err).toContain('review 3: no http(s) url for the review');
  });

  it('malformed JSON-LD stops the run with exit code 2 and a clear error', () => {
    const r = scan(['--facts', join(ROOT, 'tests', 'fixtures-claimreview', 'malformed.jsonld'), join(dir, 'page.html')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/malformed\.jsonld: malformed JSON-LD: /);
  });

  it('--claimreview does not combine with --json or --jsonl', () => {
    const r = scan(['--claimreview', '--json', join(dir, 'page.html')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--claimreview and --json cannot be combined');
  });
});
