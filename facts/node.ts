/**
 * Node-side loading of the bundled fact base, straight from facts/src (no build step needed):
 * used by the `scan` command, the tests, the benchmark and scripts/build-facts.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FactPack } from '../engine/facts/schema';
import { PackError, validatePack } from '../engine/facts/validate';
import type { RateTable } from '../engine/facts/rates';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'facts', 'src');

export const BUNDLED_PACK_META = {
  id: 'infracheck-bundled',
  title: 'InfraCheck — AI infrastructure (bundled)',
};

/** Merges facts/src/*.json and the Epoch AI import into the bundled pack and validates it (https sources required). */
export function loadBundledPack(): FactPack {
  const files = readdirSync(SRC).filter((f) => f.endsWith('.json')).sort();
  const facts: unknown[] = [];
  let updated = '2000-01-01';
  for (const file of files) {
    let list: unknown;
    try {
      list = JSON.parse(readFileSync(join(SRC, file), 'utf8'));
    } catch (e) {
      throw new PackError(`facts/src/${file}: not JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(list)) throw new PackError(`facts/src/${file}: expected a JSON array of facts`);
    for (const f of list) {
      facts.push(f);
      const d = (f as { asOf?: unknown }).asOf;
      if (typeof d === 'string' && d > updated) updated = d;
    }
  }
  // Facts imported from Epoch AI (scripts/import-epoch.ts; committed, so no ../shared is needed).
  const epoch = join(ROOT, 'facts', 'epoch-ai.generated.json');
  if (existsSync(epoch)) {
    const generated = JSON.parse(readFileSync(epoch, 'utf8')) as { facts?: unknown; links?: { id: string; supersededBy: string }[] };
    if (!Array.isArray(generated.facts)) throw new PackError('facts/epoch-ai.generated.json: expected a pack with "facts"');
    // A hand-written figure that an imported one updates is superseded by it (unless it has a newer one).
    const links = new Map((generated.links ?? []).map((l) => [l.id, l.supersededBy]));
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i] as { id?: string; supersededBy?: string };
      if (f.id && links.has(f.id) && !f.supersededBy) facts[i] = { ...f, supersededBy: links.get(f.id) };
    }
    facts.push(...generated.facts);
  }
  const raw = { ...BUNDLED_PACK_META, version: updated.replace(/-/g, '.'), updated: updated.length === 7 ? `${updated}-01` : updated, facts };
  return validatePack(raw, { requireHttps: true });
}

export function loadRates(): RateTable {
  return JSON.parse(readFileSync(join(ROOT, 'facts', 'rates.json'), 'utf8')) as RateTable;
}
