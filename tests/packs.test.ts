import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPackFromUrl, checkPackUrl, refreshPacks, type Fetch } from '../extension/pack-fetch';
import { loadPacks } from '../extension/storage';

function pack(value: number, id = 'remote') {
  return {
    id, title: `Remote ${value}`, version: String(value), updated: '2026-01-01',
    facts: [{
      id: 'acme-power', subject: { name: 'Acme', aliases: [] }, metric: 'power-capacity', value, unit: 'W', asOf: '2026-01-01',
      statement: { fr: 'Acme.', en: 'Acme.' },
      sources: [{ publisher: 'Example', title: 'Acme', url: 'https://example.org/acme', date: '2026-01-01' }],
    }],
  };
}

/** A scripted server: each call answers the next response. */
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
const json = (body: unknown, etag?: string) =>
  new Response(JSON.stringify(body), { status: 200, headers: etag ? { etag } : {} });

describe('packs from a URL (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts https, and http only on this machine', () => {
    expect(checkPackUrl('https://example.org/p.json').href).toBe('https://example.org/p.json');
    expect(checkPackUrl('http://127.0.0.1:8080/p.json').hostname).toBe('127.0.0.1');
    expect(() => checkPackUrl('http://example.org/p.json')).toThrow(/https/);
    expect(() => checkPackUrl('javascript:alert(1)')).toThrow(/https/);
    expect(() => checkPackUrl('not a url')).toThrow(/not a URL/);
  });

  it('adds a pack, then refreshes with If-None-Match (304 keeps it, 200 replaces it)', async () => {
    const f = server(json(pack(40e6), '"v1"'), new Response(null, { status: 304 }), json(pack(44e6), '"v2"'));
    await addPackFromUrl('https://example.org/p.json', f);
    expect((await loadPacks())[0].pack.facts[0].value).toBe(40e6);
    await refreshPacks(f);
    expect(f.calls[1].headers['If-None-Match']).toBe('"v1"');
    expect((await loadPacks())[0].pack.facts[0].value).toBe(40e6);
    await refreshPacks(f);
    const [p] = await loadPacks();
    expect(p.pack.facts[0].value).toBe(44e6);
    expect(p.etag).toBe('"v2"');
    expect(p.lastError).toBeUndefined();
  });

  it('keeps the last good copy when a refresh fails or returns an invalid pack', async () => {
    const bad = pack(1);
    (bad.facts[0].sources[0] as { url: string }).url = 'javascript:alert(1)';
    const f = server(json(pack(40e6)), new Error('network down'), new Response('oops', { status: 500 }), json(bad));
    await addPackFromUrl('https://example.org/p.json', f);
    for (const expected of [/network down/, /HTTP 500/, /sources\[0\]\.url/]) {
      await refreshPacks(f);
      const [p] = await loadPacks();
      expect(p.pack.facts[0].value).toBe(40e6);
      expect(p.lastError).toMatch(expected);
    }
  });

  it('rejects an invalid pack on add, naming the fact and field, and stores nothing', async () => {
    const bad = pack(40e6);
    (bad.facts[0] as { unit: string }).unit = 'parsecs';
    await expect(addPackFromUrl('https://example.org/p.json', server(json(bad)))).rejects.toThrow(/acme-power.*unit/);
    await expect(addPackFromUrl('https://example.org/p.json', server(new Response('<html>', { status: 200 })))).rejects.toThrow(/not JSON/);
    await expect(
      addPackFromUrl('https://example.org/p.json', server(new Response('{}', { status: 200, headers: { 'content-length': String(200 * 1024 * 1024) } }))),
    ).rejects.toThrow(/too large/);
    expect(await loadPacks()).toEqual([]);
  });
});
