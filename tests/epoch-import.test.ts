/**
 * The Epoch AI importer: the converter on hand-written CSV fixtures (invented rows: good ones and one
 * per skip reason), and the committed generated pack against a fresh import of ../shared's CSVs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EpochError, convertEpoch, detectEpochKind, looksLikeEpochCsv, type EpochResult } from '../engine/facts/epoch';
import type { Fact } from '../engine/facts/schema';
import { validatePack } from '../engine/facts/validate';
import { EPOCH_DIR, GENERATED, SKIPPED, buildEpochPack } from '../scripts/import-epoch';
import { loadBundledPack } from '../facts/node';

const FX = join(__dirname, 'fixtures-epoch');
const fixture = (name: string) => readFileSync(join(FX, name), 'utf8');
const TODAY = '2026-03-06';

/** A hand-written fact the fixture's "Nordlys Skagen" row repeats. */
const HAND: Fact[] = [
  {
    id: 'nordlys-skagen-power', subject: { name: 'Nordlys Skagen', aliases: ['Skagen'] }, metric: 'power-capacity', keywords: {},
    value: 44e6, unit: 'W', asOf: '2025-03-01', statement: { en: 'Nordlys Skagen has 44 MW.' },
    sources: [{ publisher: 'Nordlys', title: 'Skagen', url: 'https://www.nordlys-compute.se/skagen', date: '2025-03-01' }],
  },
];

function run(file: string, existing: Fact[] = HAND): EpochResult {
  return convertEpoch(fixture(file), null, { today: TODAY, retrieved: TODAY, existing, requireHttps: true });
}
const byId = (r: EpochResult) => new Map(r.facts.map((f) => [f.id, f]));
const reasons = (r: EpochResult) => r.skipped.map((s) => `${s.row}:${s.reason}${s.metric ? `:${s.metric}` : ''}`);

/** Every fact of a result validates as a pack of its own. */
function asPack(r: EpochResult) {
  return validatePack({ id: 'epoch-test', title: 'Epoch test', version: '1', updated: TODAY, facts: r.facts }, { requireHttps: true });
}

describe('convertEpoch: GPU clusters', () => {
  const r = run('gpu_clusters.csv');
  const facts = byId(r);

  it('detects the dataset and reads every row', () => {
    expect(r.kind).toBe('gpu-clusters');
    expect(r.rows).toBe(17);
    expect(() => asPack(r)).not.toThrow();
  });

  it('imports stated chip counts, reported power and dollar costs, in base units, with status', () => {
    const gpus = facts.get('epoch-nordlys-borealis-lulea-phase-1-gpu-count-2024-05-14')!;
    expect(gpus).toMatchObject({ metric: 'gpu-count', value: 24576, unit: 'GPU', status: 'operational', asOf: '2024-05-14' });
    expect(gpus.subject.name).toBe('Nordlys Borealis Luleå');
    expect(gpus.subject.aliases).toEqual(expect.arrayContaining(['Borealis', 'Nordlys Borealis']));
    expect(facts.get('epoch-nordlys-borealis-lulea-phase-1-power-capacity-2024-05-14')).toMatchObject({ value: 40e6, unit: 'W' });
    expect(facts.get('epoch-nordlys-borealis-lulea-phase-1-cost-2024-05-14')).toMatchObject({ value: 700e6, unit: 'USD', metric: 'cost' });
    const planned = facts.get('epoch-nordlys-aurora-boden-phase-1-power-capacity-2025-06-11')!;
    expect(planned).toMatchObject({ status: 'planned', value: 1e9 });
    // Mixed chips: the stated total, not the primary type alone.
    expect(facts.get('epoch-peregrine-hybrid-gpu-count-2025-06-01')).toMatchObject({ value: 230000 });
    // H100 equivalents only when the source counts in them — and never as a GPU count.
    expect(facts.get('epoch-condor-grid-plan-h100-equivalents-2025-04-02')).toMatchObject({ metric: 'h100-equivalents', value: 1e6 });
    expect(r.facts.filter((f) => f.metric === 'gpu-count').map((f) => f.value).sort()).toEqual([100000, 230000, 24576]);
  });

  it('chains phases of one operational cluster (Superseded by / Builds Upon), never a plan with what exists', () => {
    expect(facts.get('epoch-nordlys-borealis-lulea-phase-1-gpu-count-2024-05-14')!.supersededBy).toBe('epoch-nordlys-borealis-lulea-phase-2-gpu-count-2025-02-03');
    expect(facts.get('epoch-nordlys-borealis-lulea-phase-2-gpu-count-2025-02-03')!.supersededBy).toBeUndefined();
    // Different metrics of the same row are never chained.
    expect(facts.get('epoch-nordlys-borealis-lulea-phase-1-power-capacity-2024-05-14')!.supersededBy).toBeUndefined();
    for (const f of r.facts) if (f.status === 'planned') expect(f.supersededBy).toBeUndefined();
  });

  it('cites the original URLs (archives upgraded to https, tracking removed) and Epoch AI with the licence', () => {
    const f = facts.get('epoch-nordlys-borealis-lulea-phase-1-gpu-count-2024-05-14')!;
    expect(f.sources.map((s) => s.url)).toEqual([
      'https://web.archive.org/web/20240520101010/https://www.nordlys-compute.se/news/borealis-cluster-goes-live-in-lulea',
      'https://www.datacenterdynamics.com/en/news/nordlys-switches-on-borealis-supercomputer-in-lulea/',
      'https://epoch.ai/data/gpu-clusters',
    ]);
    expect(f.sources[0]).toMatchObject({ publisher: 'nordlys-compute.se', date: '2024-05-20' });
    expect(f.sources[1].publisher).toBe('DatacenterDynamics');
    for (const fact of r.facts) {
      expect(fact.sources.at(-1)).toEqual({ publisher: 'Epoch AI', title: 'Data on GPU Clusters', url: 'https://epoch.ai/data/gpu-clusters', date: TODAY });
      expect(fact.note).toMatch(/CC BY 4\.0/);
      expect(fact.id).toMatch(/^epoch-[a-z0-9-]+-(gpu-count|h100-equivalents|power-capacity|cost)-\d{4}-\d{2}(-\d{2})?$/);
    }
  });

  it('writes its own statements from the figures, in several languages, never Epoch’s quotes', () => {
    const f = facts.get('epoch-nordlys-borealis-lulea-phase-2-gpu-count-2025-02-03')!;
    expect(f.statement.fr).toBe('Selon Epoch AI, le cluster Nordlys Borealis Luleå (phase 2), en service depuis février 2025, compte 100\u202f000 GPU Nvidia H100.');
    expect(f.statement.en).toBe('According to Epoch AI, the Nordlys Borealis Luleå (phase 2) cluster, operational since February 2025, has 100,000 Nvidia H100 GPUs.');
    expect(Object.keys(f.statement).sort()).toEqual(['de', 'en', 'es', 'fr', 'it']);
    const all = JSON.stringify(r.facts);
    expect(all).not.toMatch(/Invented fixture text|fixture note/);
  });

  it('skips every row or figure that fails a check, with the reason', () => {
    expect(reasons(r)).toEqual([
      '1:estimate:h100-equivalents', // Epoch's own conversion of the stated GPUs
      '4:no-source',
      '5:uncertain',
      '6:decommissioned',
      '7:estimate:gpu-count', // the quote gives nodes × GPUs, not the count
      '7:estimate:h100-equivalents',
      '7:estimate:power-capacity', // calculated
      '7:estimate:cost', // calculated
      '8:future-date', // "existing" but first operational in 2027
      '9:unparseable-number:power-capacity',
      '10:no-subject', // "Paper on …"
      '11:duplicate-hand-written:power-capacity',
      '12:no-date', // planned, only an undated archive.ph link
      '13:estimate:cost', // stated in euros, converted by Epoch
      '16:no-figure',
      '17:estimate:gpu-count', // the quoted text hedges the figure ("analysts estimate")
    ]);
    expect(r.skipped.find((s) => s.reason === 'duplicate-hand-written')!.detail).toContain('nordlys-skagen-power');
    for (const s of r.skipped) expect(s.detail.length).toBeGreaterThan(5);
  });

  it('with a source judge (the bundled import uses the facts audit): refused citations go, a fact without a strong one goes', () => {
    const strong = (url: string) => url.includes('datacenterdynamics.com');
    const j = convertEpoch(fixture('gpu_clusters.csv'), 'gpu-clusters', {
      today: TODAY, retrieved: TODAY, requireHttps: true,
      judgeSource: (url) => ({ keep: !url.includes('web.archive.org'), strong: strong(url) }),
    });
    const phase1 = j.facts.find((f) => f.id === 'epoch-nordlys-borealis-lulea-phase-1-gpu-count-2024-05-14')!;
    expect(phase1.sources.map((s) => s.url)).toEqual([
      'https://www.datacenterdynamics.com/en/news/nordlys-switches-on-borealis-supercomputer-in-lulea/',
      'https://epoch.ai/data/gpu-clusters',
    ]);
    // Phase 2 cites only the company's own page here: left out, so phase 1 is not superseded by it.
    expect(phase1.supersededBy).toBeUndefined();
    expect(j.skipped.filter((s) => s.reason === 'weak-sources').map((s) => s.id)).toContain('epoch-nordlys-borealis-lulea-phase-2-gpu-count-2025-02-03');
  });

  it('is deterministic', () => {
    expect(run('gpu_clusters.csv')).toEqual(r);
  });
});

describe('convertEpoch: AI companies', () => {
  it('funding rounds: equity, debt and post-money valuation apart; valuations chained over time', () => {
    const r = run('funding_rounds.csv');
    expect(r.kind).toBe('funding-rounds');
    expect(() => asPack(r)).not.toThrow();
    const facts = byId(r);
    expect(facts.get('epoch-nordlys-compute-funding-round-2025-01-15')).toMatchObject({ metric: 'funding-round', value: 1e9, unit: 'USD' });
    expect(facts.get('epoch-nordlys-compute-debt-2025-01-15')).toMatchObject({ metric: 'debt', value: 2e8 });
    expect(facts.get('epoch-nordlys-compute-valuation-2024-03-01')!.supersededBy).toBe('epoch-nordlys-compute-valuation-2025-01-15');
    // Rounds are different rounds: never a chain.
    for (const f of r.facts) if (f.metric === 'funding-round') expect(f.supersededBy).toBeUndefined();
    expect(facts.get('epoch-nordlys-compute-funding-round-2024-03-01')!.statement.fr).toBe(
      'Selon Epoch AI, Nordlys Compute a levé 500 millions de dollars en fonds propres lors d’un tour clos le 1er mars 2024.',
    );
    expect(facts.get('epoch-nordlys-compute-funding-round-2024-03-01')!.sources.at(-1)!.url).toBe('https://epoch.ai/data/ai-companies');
    expect(reasons(r)).toEqual([
      '3:duplicate-epoch:funding-round', // the same round listed twice
      '4:valuation-below-round:valuation', // a funding amount in the valuation column
      '5:not-closed',
      '6:future-date', // closes after its report
      '7:uncertain',
      '8:not-a-round', // a merger
    ]);
    expect(JSON.stringify(r.facts)).not.toMatch(/fixture note/);
  });

  it('revenue reports: annualised revenue (chained) and yearly revenue kept apart; projections skipped', () => {
    const r = run('revenue_reports.csv');
    expect(r.kind).toBe('revenue-reports');
    expect(() => asPack(r)).not.toThrow();
    const facts = byId(r);
    expect(facts.get('epoch-nordlys-compute-annualized-revenue-2024-06-30')).toMatchObject({ metric: 'annualized-revenue', value: 1e8, supersededBy: 'epoch-nordlys-compute-annualized-revenue-2025-03-31' });
    expect(facts.get('epoch-nordlys-compute-revenue-2024-12-31')).toMatchObject({ metric: 'revenue', value: 1.5e8 });
    expect(facts.get('epoch-nordlys-compute-revenue-2024-12-31')!.supersededBy).toBeUndefined();
    expect(reasons(r)).toEqual(['4:not-comparable', '5:future-date:annualized-revenue', '6:unparseable-number:annualized-revenue']);
  });

  it('data centers: Epoch’s own estimates without source URLs are not imported', () => {
    const r = run('data_centers.csv');
    expect(r.kind).toBe('data-centers');
    expect(r.facts).toEqual([]);
    expect(reasons(r)).toEqual(['1:no-source']);
  });

  it('a hand-written series supersedes older imported figures and absorbs repeats of its latest figure', () => {
    const hand: Fact[] = [
      {
        id: 'nordlys-valuation-2025-06', subject: { name: 'Nordlys Compute', aliases: ['Nordlys'] }, metric: 'valuation', keywords: {},
        value: 20e9, unit: 'USD', asOf: '2025-06', statement: { en: 'Nordlys is valued at $20bn.' },
        sources: [{ publisher: 'Nordlys', title: 'Round', url: 'https://www.nordlys-compute.se/round', date: '2025-06-01' }],
      },
      {
        id: 'nordlys-valuation-2024-02', subject: { name: 'Nordlys Compute', aliases: [] }, metric: 'valuation', keywords: {},
        value: 3e9, unit: 'USD', asOf: '2024-01', statement: { en: 'Nordlys is valued at $3bn.' },
        sources: [{ publisher: 'Nordlys', title: 'Round', url: 'https://www.nordlys-compute.se/round-a', date: '2024-01-15' }],
      },
    ];
    const r = run('funding_rounds.csv', hand);
    const facts = byId(r);
    // $3bn in March 2024 repeats the hand-written January figure (still the latest hand-written one then).
    expect(facts.has('epoch-nordlys-compute-valuation-2024-03-01')).toBe(false);
    expect(r.skipped.find((s) => s.id === 'epoch-nordlys-compute-valuation-2024-03-01')).toMatchObject({ reason: 'duplicate-hand-written' });
    // $9bn in January 2025 is older than the hand-written $20bn: superseded by it.
    expect(facts.get('epoch-nordlys-compute-valuation-2025-01-15')!.supersededBy).toBe('nordlys-valuation-2025-06');
    expect(() => validatePack({ id: 'merged', title: 'm', version: '1', updated: TODAY, facts: [...hand, ...r.facts] })).not.toThrow();
  });
});

describe('convertEpoch: updating hand-written figures', () => {
  it('links the newest hand-written figure, when older, to the first imported one after it', () => {
    const hand: Fact[] = [
      {
        id: 'nordlys-valuation-2024-06', subject: { name: 'Nordlys', aliases: ['Nordlys Compute'] }, metric: 'valuation', keywords: {},
        value: 5e9, unit: 'USD', asOf: '2024-06', statement: { en: 'Nordlys is valued at $5bn.' },
        sources: [{ publisher: 'Nordlys', title: 'Round', url: 'https://www.nordlys-compute.se/round', date: '2024-06-01' }],
      },
    ];
    const r = run('funding_rounds.csv', hand);
    expect(r.links).toEqual([{ id: 'nordlys-valuation-2024-06', supersededBy: 'epoch-nordlys-compute-valuation-2025-01-15' }]);
    expect(byId(r).get('epoch-nordlys-compute-valuation-2024-03-01')!.supersededBy).toBe('nordlys-valuation-2024-06');
    // Rounds are not a history: never linked.
    expect(run('funding_rounds.csv', [{ ...hand[0], metric: 'funding-round' }]).links).toEqual([]);
  });
});

describe('convertEpoch: input checks', () => {
  it('detects the kind from the header row', () => {
    expect(detectEpochKind(['Name', 'Certainty', 'Chip quantity (primary)', 'Reported Power Capacity (MW)'])).toBe('gpu-clusters');
    expect(detectEpochKind(['Id', 'Funding (equity)', 'Valuation (post-money)'])).toBe('funding-rounds');
    expect(detectEpochKind(['a', 'b'])).toBeNull();
    expect(looksLikeEpochCsv(fixture('gpu_clusters.csv'))).toBe(true);
    expect(looksLikeEpochCsv('{"id": "pack"}')).toBe(false);
    expect(looksLikeEpochCsv('a,b,c\n1,2,3')).toBe(false);
  });

  it('refuses what is not an Epoch AI CSV, a mismatched kind and input over 20 MB', () => {
    expect(() => convertEpoch('a,b\n1,2')).toThrow(EpochError);
    expect(() => convertEpoch('a,b\n1,2')).toThrow(/not an Epoch AI CSV/);
    expect(() => convertEpoch(fixture('funding_rounds.csv'), 'gpu-clusters')).toThrow(/looks like 'funding-rounds'/);
    expect(() => convertEpoch('x'.repeat(21 * 1024 * 1024))).toThrow(/too large.*20 MB/);
  });
});

describe.skipIf(!existsSync(EPOCH_DIR))('the committed Epoch AI pack (needs ../shared/external/epoch-ai)', () => {
  it('copies none of Epoch’s free text (Quote, Note, Notes, Cost Quote…) into the pack', () => {
    const generated = readFileSync(GENERATED, 'utf8');
    const files = ['gpu_clusters/gpu_clusters.csv', 'ai_companies/ai_companies_funding_rounds.csv', 'ai_companies/ai_companies_revenue_reports.csv'];
    const columns = ['Quote', 'Note', 'Notes', 'Cost Quote', 'Certainty Note', 'First Operational Date Note', 'Graph note', 'Revenue info (non-annualized)'];
    const copied: string[] = [];
    for (const f of files) {
      const rows = Papa.parse<Record<string, string>>(readFileSync(join(EPOCH_DIR, f), 'utf8'), { header: true, skipEmptyLines: true }).data;
      for (const r of rows) {
        for (const c of columns) {
          for (const seg of (r[c] ?? '').split(/[\n"“”]+/)) {
            const t = seg.trim();
            if (t.length >= 30 && !/^https?:\/\/\S+$/.test(t) && generated.includes(t)) copied.push(`${c}: ${t.slice(0, 60)}`);
          }
        }
      }
    }
    expect(copied).toEqual([]);
  });

  it('equals a fresh import of the CSVs (run `npm run facts:epoch` after changing the importer or facts/src)', () => {
    const { pack, log } = buildEpochPack();
    const fresh = JSON.parse(JSON.stringify(pack)) as { facts: Fact[]; links: unknown[] };
    const committed = JSON.parse(readFileSync(GENERATED, 'utf8')) as { facts: Fact[]; links: unknown[] };
    // First a short answer (which facts differ), then the whole files.
    const key = (f: Fact) => JSON.stringify(f);
    const committedKeys = new Set(committed.facts.map(key));
    const freshKeys = new Set(fresh.facts.map(key));
    const differing = [
      ...fresh.facts.filter((f) => !committedKeys.has(key(f))).map((f) => `new or changed: ${f.id}`),
      ...committed.facts.filter((f) => !freshKeys.has(key(f))).map((f) => `gone or changed: ${f.id}`),
    ];
    expect(differing, 'the committed facts/epoch-ai.generated.json is stale: run `npm run facts:epoch`').toEqual([]);
    expect(fresh).toEqual(committed);
    expect(JSON.parse(JSON.stringify(log))).toEqual(JSON.parse(readFileSync(SKIPPED, 'utf8')));
  });
});

if (!existsSync(EPOCH_DIR)) {
  it.skip(`committed Epoch AI pack vs a fresh import: skipped, ${EPOCH_DIR} is not beside the clone`, () => {});
}

describe('the bundled pack', () => {
  it('includes the imported facts, each crediting Epoch AI', () => {
    const pack = loadBundledPack();
    const imported = pack.facts.filter((f) => f.id.startsWith('epoch-'));
    const generated = JSON.parse(readFileSync(GENERATED, 'utf8')) as { facts: Fact[] };
    expect(imported.length).toBe(generated.facts.length);
    expect(imported.length).toBeGreaterThan(250);
    const links = (generated as unknown as { links: { id: string; supersededBy: string }[] }).links;
    const byIdAll = new Map(pack.facts.map((f) => [f.id, f]));
    for (const l of links) {
      expect(byIdAll.get(l.supersededBy)).toBeDefined();
      if (byIdAll.get(l.id)) expect(byIdAll.get(l.id)!.supersededBy).toBeDefined();
    }
    for (const f of imported) {
      expect(f.sources.some((s) => s.publisher === 'Epoch AI' && s.url.startsWith('https://epoch.ai/data/'))).toBe(true);
      expect(f.sources.length).toBeGreaterThanOrEqual(2);
    }
  });
});
