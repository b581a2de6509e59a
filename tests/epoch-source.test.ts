/**
 * An Epoch AI CSV added as a pack URL (fakeBrowser): fetched, detected, converted, validated,
 * refreshed; a failed or unusable refresh keeps the last good copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPackFromUrl, refreshPacks, type Fetch } from '../extension/pack-fetch';
import { isEpochCsv } from '../extension/epoch-source';
import { loadPacks } from '../extension/storage';

const CSV = readFileSync(join(__dirname, 'fixtures-epoch', 'gpu_clusters.csv'), 'utf8');
const URL_CSV = 'https://epoch.ai/data/gpu_clusters.csv';

function server(...responses: (Response | Error)[]): Fetch & { calls: { url: string; headers: Record<string, string> }[] } {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const f = (async (url: string, init?: { headers?: Record<string, string> }) => {
    calls.push({ url, headers: init?.headers ?? {} });
    const r = responses.shift();
    if (!r) throw new Error('no more responses');
    if (r instanceof Error) throw r;
    return r;
  }) as Fetch & { calls: typeof calls };
  f.calls = calls;
  return f;
}
const csv = (body: string, headers: Record<string, string> = { 'content-type': 'text/csv; charset=utf-8' }) => new Response(body, { status: 200, headers });

describe('Epoch AI CSV as a pack URL (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('detects a CSV by content type, .csv path or header row; JSON stays JSON', () => {
    expect(isEpochCsv('https://example.org/data', 'text/csv', 'a,b')).toBe(true);
    expect(isEpochCsv('https://example.org/x.csv', 'application/octet-stream', 'a,b')).toBe(true);
    expect(isEpochCsv('https://example.org/export', 'text/plain', CSV)).toBe(true);
    expect(isEpochCsv('https://example.org/p.json', 'application/json', '{"id":"x"}')).toBe(false);
    expect(isEpochCsv('https://example.org/p.csv', 'text/csv', '{"id":"x"}')).toBe(false);
  });

  it('fetches, converts and stores the CSV as a pack crediting Epoch AI', async () => {
    const f = server(csv(CSV, { 'content-type': 'text/csv', etag: '"e1"' }));
    const stored = await addPackFromUrl(URL_CSV, f);
    expect(stored.pack.id).toBe('epoch-gpu-clusters');
    expect(stored.pack.title).toMatch(/Epoch AI.*GPU Clusters.*CC BY 4\.0/);
    const [p] = await loadPacks();
    expect(p.source).toEqual({ kind: 'url', url: URL_CSV });
    expect(p.etag).toBe('"e1"');
    expect(p.pack.facts.length).toBe(8);
    expect(p.pack.facts.every((x) => x.sources.at(-1)!.publisher === 'Epoch AI')).toBe(true);
    expect(p.pack.facts.find((x) => x.id === 'epoch-nordlys-borealis-lulea-phase-1-gpu-count-2024-05-14')!.value).toBe(24576);
  });

  it('also recognises the CSV by its header row when served as text/plain', async () => {
    await addPackFromUrl('https://example.org/export?format=csv', server(csv(CSV, { 'content-type': 'text/plain' })));
    expect((await loadPacks())[0].pack.facts.length).toBe(8);
  });

  it('refreshes with If-None-Match; a new CSV replaces the pack; failures keep the last good copy', async () => {
    // Epoch updates a reported figure: Borealis phase 1 at 48 MW instead of 40.
    const updated = CSV.replace(/,40\.0,/, ',48.0,');
    expect(updated).not.toBe(CSV);
    const f = server(
      csv(CSV, { 'content-type': 'text/csv', etag: '"e1"' }),
      new Response(null, { status: 304 }),
      csv(updated, { 'content-type': 'text/csv', etag: '"e2"' }),
      new Error('network down'),
      new Response('oops', { status: 500 }),
      csv('Name,Status\nfoo,bar\n'), // a CSV, but not Epoch's
      csv(`${CSV.split('\n')[0]}\n`), // Epoch's header, no rows: nothing to import
    );
    await addPackFromUrl(URL_CSV, f);
    const power = async () => (await loadPacks())[0].pack.facts.find((x) => x.id === 'epoch-nordlys-borealis-lulea-phase-1-power-capacity-2024-05-14')!.value;
    expect(await power()).toBe(40e6);
    await refreshPacks(f);
    expect(f.calls[1].headers['If-None-Match']).toBe('"e1"');
    expect(await power()).toBe(40e6);
    await refreshPacks(f);
    expect(await power()).toBe(48e6);
    expect((await loadPacks())[0].etag).toBe('"e2"');
    for (const expected of [/network down/, /HTTP 500/, /not an Epoch AI CSV/, /no fact could be imported/]) {
      await refreshPacks(f);
      const [p] = await loadPacks();
      expect(await power()).toBe(48e6);
      expect(p.lastError).toMatch(expected);
    }
  });

  it('refuses a CSV that is not Epoch’s on add, and stores nothing', async () => {
    await expect(addPackFromUrl('https://example.org/data.csv', server(csv('a,b,c\n1,2,3\n')))).rejects.toThrow(/not an Epoch AI CSV/);
    await expect(addPackFromUrl('https://example.org/data.csv', server(csv('x'.repeat(21 * 1024 * 1024))))).rejects.toThrow(/too large/);
    expect(await loadPacks()).toEqual([]);
  });
});
