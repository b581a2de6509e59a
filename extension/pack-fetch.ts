/**
 * Packs added from a URL: fetched by the background (never from a page), validated against the
 * schema, refreshed on a schedule with ETag / If-None-Match. A failed or invalid refresh keeps the
 * last good copy and records the error; nothing already stored is lost.
 * An Epoch AI CSV URL is accepted too: converted into a pack (extension/epoch-source.ts).
 */
import { PackError, MAX_PACK_BYTES } from '../engine/facts/validate';
import { sourceFromDownload } from './epoch-source';
import { claimReviewInfo } from './packs';
import { loadPacks, savePacks, type StoredPack } from './storage';

export type Fetch = (url: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;

/** How long a pack download may take. */
const FETCH_TIMEOUT_MS = 30_000;

/** https everywhere; plain http only for this machine (local pack authoring). */
export function checkPackUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new PackError('not a URL');
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new PackError('the address must start with https://');
  }
  return url;
}

/** The host permission pattern for a pack URL's origin. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

async function download(url: string, etag: string | undefined, fetchFn: Fetch): Promise<{ text?: string; etag?: string; contentType?: string; notModified: boolean }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetchFn(url, { headers: etag ? { 'If-None-Match': etag } : {}, signal: controller.signal });
  } catch (e) {
    throw new PackError(`download failed: ${(e as Error).name === 'AbortError' ? 'timed out' : (e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  if (res.status === 304) return { notModified: true, etag };
  if (!res.ok) throw new PackError(`download failed: HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_PACK_BYTES) {
    throw new PackError(`fact pack too large: ${(length / 1048576).toFixed(1)} MB (the limit is ${MAX_PACK_BYTES / 1048576} MB)`);
  }
  const text = await res.text();
  return { text, etag: res.headers.get('etag') ?? undefined, contentType: res.headers.get('content-type') ?? undefined, notModified: false };
}

/** Adds (or replaces) a pack from a URL. Throws PackError, storing nothing, when it is not a valid pack. */
export async function addPackFromUrl(input: string, fetchFn: Fetch = fetch): Promise<StoredPack> {
  const url = checkPackUrl(input);
  const got = await download(url.href, undefined, fetchFn);
  // A JSON pack, or an Epoch AI CSV converted into one.
  const source = sourceFromDownload(url.href, got.text ?? '', got.contentType);
  const pack = source.pack;
  const packs = await loadPacks();
  const key = `url:${url.href}`;
  const stored: StoredPack = {
    key, source: { kind: 'url', url: url.href }, enabled: true, pack, etag: got.etag, lastUpdate: new Date().toISOString(),
  };
  const info = claimReviewInfo(source);
  if (info) stored.claimReview = info;
  const i = packs.findIndex((p) => p.key === key);
  if (i >= 0) packs[i] = { ...stored, enabled: packs[i].enabled };
  else packs.push(stored);
  await savePacks(packs);
  return stored;
}

/** Refreshes every URL pack; failures keep the last good copy and record the error. */
export async function refreshPacks(fetchFn: Fetch = fetch, now = () => new Date()): Promise<StoredPack[]> {
  const packs = await loadPacks();
  let changed = false;
  for (let i = 0; i < packs.length; i++) {
    const p = packs[i];
    if (p.source.kind !== 'url') continue;
    try {
      const got = await download(p.source.url, p.etag, fetchFn);
      if (got.notModified) {
        packs[i] = { ...p, lastUpdate: now().toISOString(), lastError: undefined };
      } else {
        const source = sourceFromDownload(p.source.url, got.text ?? '', got.contentType, now().toISOString().slice(0, 10));
        packs[i] = { ...p, pack: source.pack, etag: got.etag, lastUpdate: now().toISOString(), lastError: undefined, claimReview: claimReviewInfo(source) };
      }
    } catch (e) {
      packs[i] = { ...p, lastError: `${now().toISOString().slice(0, 16).replace('T', ' ')} — ${(e as Error).message}` };
    }
    changed = true;
  }
  if (changed) {
    // The user may have added, removed or toggled packs while we were downloading: merge into what
    // is stored now rather than overwrite it.
    const refreshed = new Map(packs.map((p) => [p.key, p]));
    const current = await loadPacks();
    await savePacks(current.map((p) => (p.source.kind === 'url' && refreshed.has(p.key) ? { ...refreshed.get(p.key)!, enabled: p.enabled } : p)));
  }
  return packs;
}
