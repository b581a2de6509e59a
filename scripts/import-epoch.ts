/**
 * `npm run facts:epoch`: regenerates facts/epoch-ai.generated.json (committed: a clone without
 * ../shared builds the same extension) and facts/epoch-ai.skipped.json (every row or figure left
 * out, with the reason) from Epoch AI's CSVs in ../shared/external/epoch-ai, when they are there.
 * Figures that repeat a hand-written fact (facts/src) are left out and logged.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertEpoch, type EpochSkip } from '../engine/facts/epoch';
import type { Fact, FactPack } from '../engine/facts/schema';
import { validatePack } from '../engine/facts/validate';
import { classifySource, loadLists } from './facts-audit';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const EPOCH_DIR = join(ROOT, '..', 'shared', 'external', 'epoch-ai');
export const GENERATED = join(ROOT, 'facts', 'epoch-ai.generated.json');
export const SKIPPED = join(ROOT, 'facts', 'epoch-ai.skipped.json');

/** The snapshot's date (its README: mirror taken 2026-03-06): figures dated later are refused. */
export const SNAPSHOT_DATE = '2026-03-06';

export const EPOCH_FILES = [
  'gpu_clusters/gpu_clusters.csv',
  'data_centers/data_centers.csv',
  'data_centers/data_center_timelines.csv',
  'ai_companies/ai_companies_funding_rounds.csv',
  'ai_companies/ai_companies_revenue_reports.csv',
];

export interface EpochLog {
  note: string;
  snapshot: string;
  datasets: { file: string; kind: string; rows: number; facts: number; byMetric: Record<string, number>; skippedByReason: Record<string, number>; skipped: EpochSkip[] }[];
}

/** The hand-written facts (facts/src/*.json), read raw: the importer must not see its own output. */
export function handWrittenFacts(): Fact[] {
  const dir = join(ROOT, 'facts', 'src');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fact[]);
}

/**
 * The generated file: a pack, plus `links` — hand-written facts an imported figure updates (see
 * EpochResult.links), applied by facts/node.ts when it assembles the bundled pack.
 */
export type EpochPack = FactPack & { links: { id: string; supersededBy: string }[] };

/** Hand-written facts with the importer's links applied (only where they have no newer figure of their own). */
export function applyEpochLinks<T extends { id: string; supersededBy?: string }>(facts: readonly T[], links: readonly { id: string; supersededBy: string }[]): T[] {
  const by = new Map(links.map((l) => [l.id, l.supersededBy]));
  return facts.map((f) => (by.has(f.id) && !f.supersededBy ? { ...f, supersededBy: by.get(f.id) } : f));
}

const count = (list: string[]) => list.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});

/** Converts every Epoch CSV found in `dir` into one validated pack and its log. */
export function buildEpochPack(dir = EPOCH_DIR, existing: readonly Fact[] = handWrittenFacts()): { pack: EpochPack; log: EpochLog } {
  // The facts audit's rules (facts/denylist.json): a citation it would fail is dropped, and a fact
  // needs a primary publisher or an established newsroom among the sources Epoch lists.
  const lists = loadLists();
  const judgeSource = (url: string, publisher: string) => {
    const c = classifySource(url, lists, publisher);
    return { keep: c.problems.length === 0, strong: c.problems.length === 0 && (c.kind === 'primary' || c.kind === 'newsroom') };
  };
  const facts: Fact[] = [];
  const links: { id: string; supersededBy: string }[] = [];
  const log: EpochLog = {
    note:
      "Rows and figures of Epoch AI's datasets (CC BY 4.0) left out of facts/epoch-ai.generated.json, with the reason. Regenerate with `npm run facts:epoch`.",
    snapshot: SNAPSHOT_DATE,
    datasets: [],
  };
  for (const file of EPOCH_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const r = convertEpoch(readFileSync(path, 'utf8'), null, { today: SNAPSHOT_DATE, retrieved: SNAPSHOT_DATE, existing, requireHttps: true, judgeSource });
    facts.push(...r.facts);
    links.push(...r.links);
    log.datasets.push({
      file, kind: r.kind, rows: r.rows, facts: r.facts.length,
      byMetric: count(r.facts.map((f) => f.metric)),
      skippedByReason: count(r.skipped.map((s) => (s.metric ? `${s.reason} (${s.metric})` : s.reason))),
      skipped: r.skipped,
    });
  }
  // Imported facts may be superseded by hand-written ones: check the ids resolve in the bundled pack.
  validatePack({ id: 'check', title: 'check', version: '1', updated: SNAPSHOT_DATE, facts: [...applyEpochLinks(existing, links), ...facts] }, { requireHttps: true });
  // And the pack on its own (links to hand-written facts set aside for this check).
  const hand = new Set(existing.map((f) => f.id));
  validatePack(
    { id: 'epoch-ai', title: 'check', version: '1', updated: SNAPSHOT_DATE, facts: facts.map((f) => (f.supersededBy && hand.has(f.supersededBy) ? { ...f, supersededBy: undefined } : f)) },
    { requireHttps: true },
  );
  const pack: EpochPack = {
    id: 'epoch-ai',
    title: 'Epoch AI — GPU clusters and AI companies (CC BY 4.0), imported',
    version: SNAPSHOT_DATE.replace(/-/g, '.'),
    updated: SNAPSHOT_DATE,
    facts,
    links,
  };
  return { pack, log };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(EPOCH_DIR)) {
    console.log(`facts:epoch: ${relative(process.cwd(), EPOCH_DIR)} not found; keeping the committed ${relative(process.cwd(), GENERATED)}`);
    process.exit(0);
  }
  const { pack, log } = buildEpochPack();
  writeFileSync(GENERATED, `${JSON.stringify(pack, null, 1)}\n`);
  writeFileSync(SKIPPED, `${JSON.stringify(log, null, 1)}\n`);
  for (const d of log.datasets) {
    console.log(`facts:epoch: ${d.file}: ${d.rows} rows → ${d.facts} facts ${JSON.stringify(d.byMetric)}; skipped ${JSON.stringify(d.skippedByReason)}`);
  }
  console.log(`facts:epoch: ${pack.facts.length} facts → ${relative(process.cwd(), GENERATED)}`);
}
