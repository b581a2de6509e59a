/**
 * ClaimReview as a source in the extension (fakeBrowser): a file imported in the options, a feed
 * added from a URL and refreshed; what was left out is kept with the pack; a malformed file or a
 * broken refresh changes nothing and keeps the last good copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPackFromUrl, refreshPacks, type Fetch } from '../extension/pack-fetch';
import { importPackText } from '../extension/packs';
import { loadPacks } from '../extension/storage';
import { ROOT } from '../facts/node';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures-claimreview', name), 'utf8');
function server(...responses: Response[]): Fetch {
  return (async () => {
    const r = responses.shift();
    if (!r) throw new Error('no more responses');
    return r;
  }) as Fetch;
}

describe('ClaimReview sources (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a file: converted, validated, kept with what was left out; a malformed file changes nothing', async () => {
    const stored = await importPackText(fixture('array.json'), 'array.json');
    expect(stored.pack.facts).toHaveLength(1);
    expect(stored.claimReview).toEqual({
      reviews: 3,
      skipped: [
        { index: 1, reason: 'rating “Mostly true” is neither true nor false' },
        { index: 2, reason: 'no http(s) url for the review' },
      ],
    });
    const before = await loadPacks();
    await expect(importPackText(fixture('malformed.jsonld'), 'malformed.jsonld')).rejects.toThrow(/^malformed JSON-LD: /);
    await expect(importPackText('{"@context":"https://schema.org","@type":"WebPage"}', 'x.jsonld')).rejects.toThrow(/no ClaimReview/);
    expect(await loadPacks()).toEqual(before);
  });

  it('a page with embedded JSON-LD from a URL; a broken refresh keeps the last good copy', async () => {
    const url = 'https://controle.example.fr/verifications';
    await addPackFromUrl(url, server(new Response(fixture('page.html'), { status: 200, headers: { 'content-type': 'text/html' } })));
    const [p] = await loadPacks();
    expect(p.pack.facts.map((f) => [f.metric, f.value])).toEqual([['investment', 1.2e9]]);
    const broken = '<html><script type="application/ld+json">{"@type": "ClaimReview",</script></html>';
    await refreshPacks(server(new Response(broken, { status: 200, headers: { 'content-type': 'text/html' } })));
    const [q] = await loadPacks();
    expect(q.pack).toEqual(p.pack);
    expect(q.lastError).toMatch(/malformed JSON-LD in script 1 of 1/);
  });
});
