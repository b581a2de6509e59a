/** The fact base the extension checks against: enabled user packs (in the user's order), then the bundled one. */
import { prepareFactBase, type FactBase } from '../engine/match/fact-base';
import type { FactPack } from '../engine/facts/schema';
import type { RateTable } from '../engine/facts/rates';
import type { Settings } from './settings';
import bundled from '../facts/generated/bundled.json';
import type { StoredPack } from './storage';

const BUNDLED = bundled as unknown as {
  pack: FactPack;
  rates: RateTable;
  fuseIndex: Parameters<typeof prepareFactBase>[2];
};

export function bundledPack(): FactPack {
  return BUNDLED.pack;
}

let reference: FactBase | undefined;
/** The bundled pack alone, prepared once: it names subjects and quantities for ClaimReview imports. */
export function referenceBase(): FactBase {
  return (reference ??= prepareFactBase([BUNDLED.pack], BUNDLED.rates, BUNDLED.fuseIndex));
}

export function buildFactBase(settings: Settings, userPacks: StoredPack[]): FactBase {
  const packs = userPacks.filter((p) => p.enabled).map((p) => p.pack);
  if (!packs.length) {
    // The common case: only the bundled pack, with its prebuilt Fuse index.
    return prepareFactBase(settings.bundledPack ? [BUNDLED.pack] : [], BUNDLED.rates, settings.bundledPack ? BUNDLED.fuseIndex : undefined);
  }
  if (settings.bundledPack) packs.push(BUNDLED.pack);
  return prepareFactBase(packs, BUNDLED.rates);
}

