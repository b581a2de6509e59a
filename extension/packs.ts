/**
 * The user's fact packs: import from a file (validated; errors name the fact and field), enable,
 * disable, reorder and remove. Nothing stored changes unless the new pack is valid.
 */
import { readFactSource, type FactSource } from '../engine/claimreview';
import { PackError, MAX_PACK_BYTES } from '../engine/facts/validate';
import { referenceBase } from './fact-source';
import { loadPacks, savePacks, type StoredPack } from './storage';

/** What a ClaimReview source records of its import (bounded). */
export function claimReviewInfo(got: FactSource): StoredPack['claimReview'] {
  return got.reviews === undefined ? undefined : { reviews: got.reviews, skipped: (got.skipped ?? []).slice(0, 100) };
}

export async function importPackText(text: string, name: string): Promise<StoredPack> {
  if (text.length > MAX_PACK_BYTES) {
    throw new PackError(`${name}: too large (${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_PACK_BYTES / 1048576} MB)`);
  }
  // A fact pack, or a fact-checker's ClaimReview JSON-LD (a .jsonld file, JSON-LD, or a saved page).
  const got = readFactSource(text, { name, reference: referenceBase });
  const pack = got.pack;
  const packs = await loadPacks();
  const key = `file:${pack.id}`;
  const stored: StoredPack = {
    key, source: { kind: 'file', name: name.slice(0, 200) }, enabled: true, pack, lastUpdate: new Date().toISOString(),
  };
  const info = claimReviewInfo(got);
  if (info) stored.claimReview = info;
  const i = packs.findIndex((p) => p.key === key);
  if (i >= 0) packs[i] = { ...stored, enabled: packs[i].enabled };
  else packs.push(stored);
  await savePacks(packs);
  return stored;
}

export async function updatePack(key: string, change: 'enable' | 'disable' | 'remove' | 'up' | 'down'): Promise<StoredPack[]> {
  const packs = await loadPacks();
  const i = packs.findIndex((p) => p.key === key);
  if (i < 0) return packs;
  if (change === 'remove') packs.splice(i, 1);
  else if (change === 'enable' || change === 'disable') packs[i] = { ...packs[i], enabled: change === 'enable' };
  else {
    const j = change === 'up' ? i - 1 : i + 1;
    if (j >= 0 && j < packs.length) [packs[i], packs[j]] = [packs[j], packs[i]];
  }
  await savePacks(packs);
  return packs;
}
