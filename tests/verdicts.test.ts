/**
 * The matcher on small packs built here (fictional companies, example.org sources): currency
 * conversion, bounds, ranges, approximate figures, superseded chains, ambiguity, figures without a
 * subject, pack priority, and the rules that keep a wrong figure from being called "supported".
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../engine/check-text';
import type { Checker, CheckedClaim } from '../engine/match/check';
import type { Fact, FactPack } from '../engine/facts/schema';
import type { RateTable } from '../engine/facts/rates';
import { validatePack } from '../engine/facts/validate';
import type { Lang, Unit } from '../engine/types';
import { checkerFor } from './helpers';

/** Round numbers so conversions are easy to follow: 1 EUR = 1.10 USD = 11 SEK (no GBP rate). */
const RATES: RateTable = { base: 'EUR', years: { '2025': { USD: 1.1, SEK: 11 } } };

interface FactSpec {
  id: string;
  name: string;
  aliases?: string[];
  metric: Fact['metric'];
  value: number;
  unit: Unit;
  approx?: Fact['approx'];
  low?: number;
  high?: number;
  asOf?: string;
  supersededBy?: string;
  fr?: string[];
  en?: string[];
}

function fact(s: FactSpec): Fact {
  return {
    id: s.id,
    subject: { name: s.name, aliases: s.aliases ?? [] },
    metric: s.metric,
    keywords: { fr: s.fr ?? [], en: s.en ?? [] },
    value: s.value,
    unit: s.unit,
    ...(s.approx ? { approx: s.approx } : {}),
    ...(s.low !== undefined ? { low: s.low, high: s.high } : {}),
    asOf: s.asOf ?? '2025-03-01',
    ...(s.supersededBy ? { supersededBy: s.supersededBy } : {}),
    statement: { fr: `Fait de test ${s.id}.`, en: `Test fact ${s.id}.` },
    sources: [{ publisher: 'Example', title: `Source of ${s.id}`, url: `https://example.org/${s.id}`, date: s.asOf ?? '2025-03-01' }],
  } as Fact;
}

/** A validated pack (the same validation as bundled and user packs). */
function pack(id: string, facts: FactSpec[]): FactPack {
  return validatePack(
    { id, title: `Test pack ${id}`, version: '1', updated: '2026-01-01', facts: facts.map(fact) },
    { requireHttps: true },
  );
}

function checker(...packs: FactPack[]): Checker {
  return checkerFor(packs, RATES);
}

/** Checks `text` and returns the one claim printed as `figure`. */
function claim(c: Checker, text: string, figure: string, lang: Lang = 'fr', title?: string): CheckedClaim {
  const claims = checkText(c, text, { pageLang: lang, title });
  const found = claims.filter((x) => x.text === figure);
  expect(found.map((x) => x.text), `claims of: ${text}`).toEqual([figure]);
  return found[0];
}

const INVEST = { fr: ['investit', 'centre de données'], en: ['invests', 'data center'] };
const POWER = { fr: ['MW', 'puissance', 'centre de données'], en: ['MW', 'power', 'data center'] };

describe('currency conversion', () => {
  const c = checker(
    pack('t', [{ id: 'acme-springfield', name: 'Acme AI', aliases: ['Acme', 'Springfield'], metric: 'investment', value: 1e9, unit: 'EUR', ...INVEST }]),
  );

  it('a USD claim agrees with an EUR fact at the fact year’s rate', () => {
    const fr = claim(c, 'Acme investit 1,1 milliard de dollars dans son centre de données de Springfield.', '1,1 milliard de dollars');
    expect(fr.unit).toBe('USD');
    expect(fr.verdict).toBe('supported');
    expect(fr.fact?.id).toBe('acme-springfield');
    const en = claim(c, 'Acme invests $1.1 billion in its Springfield data center.', '$1.1 billion', 'en');
    expect(en.verdict).toBe('supported');
  });

  it('a converted figure far from the fact is contradicted, citing the fact in its own currency', () => {
    const r = claim(c, 'Acme investit 2 milliards de dollars dans son centre de données de Springfield.', '2 milliards de dollars');
    expect(r.verdict).toBe('contradicted');
    expect(r.explanation).toContain('1 milliard d’euros');
  });

  it('a currency with no rate is never compared (unverified, not contradicted)', () => {
    const r = claim(c, 'Acme investit 9 milliards de livres sterling dans son centre de données de Springfield.', '9 milliards de livres sterling');
    expect(r.unit).toBe('GBP');
    expect(r.verdict).toBe('unverified');
  });
});

describe('bounds', () => {
  const c = checker(
    pack('t', [
      { id: 'globex-valuation', name: 'Globex', metric: 'valuation', value: 6e9, unit: 'USD', fr: ['valorisation'], en: ['valuation'] },
      { id: 'globex-power-cap', name: 'Globex', metric: 'power-capacity', value: 100e6, unit: 'W', approx: 'at-most', ...POWER },
    ]),
  );

  it('"plus de 6 milliards" agrees with 6 billion; "plus de 20 milliards" does not', () => {
    const ok = claim(c, 'Globex pèse plus de 6 milliards de dollars.', '6 milliards de dollars');
    expect(ok.approx).toBe('at-least');
    expect(ok.verdict).toBe('supported');
    const bad = claim(c, 'Globex pèse plus de 20 milliards de dollars.', '20 milliards de dollars');
    expect(bad.verdict).toBe('contradicted');
  });

  it('"jusqu’à" figures are upper bounds, and so are facts marked at-most', () => {
    const up = claim(c, 'Globex pèse jusqu’à 7 milliards de dollars.', '7 milliards de dollars');
    expect(up.approx).toBe('at-most');
    expect(up.verdict).toBe('supported');
    const cap = claim(c, 'Le centre de données de Globex pourra atteindre jusqu’à 100 MW.', '100 MW');
    expect(cap.verdict).toBe('supported');
    expect(cap.explanation).toContain('jusqu’à 100 MW');
    // A figure merely inside a sourced bound is consistent with it, not verified by it.
    const within = claim(c, 'Le centre de données de Globex démarrera à 60 MW.', '60 MW');
    expect(within.verdict).toBe('unverified');
    expect(within.reasons).toEqual([expect.objectContaining({ kind: 'held-back', blocked: ['within-bound'] })]);
    const over = claim(c, 'Le centre de données de Globex atteindra jusqu’à 300 MW.', '300 MW');
    expect(over.verdict).toBe('contradicted');
  });
});

describe('ranges', () => {
  const c = checker(
    pack('t', [
      { id: 'initech-power', name: 'Initech', metric: 'power-capacity', value: 400e6, unit: 'W', ...POWER },
      { id: 'initech-plan', name: 'Initech', metric: 'commitment', value: 50e9, unit: 'EUR', low: 30e9, high: 50e9, approx: 'at-most', fr: ['engagement', 'investir'], en: ['pledge', 'invest'] },
    ]),
  );

  it('a range in the page agrees when the fact lies inside it', () => {
    const r = claim(c, 'Le centre de données d’Initech affichera entre 250 et 600 MW.', '250 et 600 MW');
    expect(r.approx).toBe('range');
    expect([r.low, r.high]).toEqual([250e6, 600e6]);
    expect(r.verdict).toBe('supported');
  });

  it('a range far from the fact is contradicted', () => {
    const r = claim(c, 'Le centre de données d’Initech affichera entre 1 et 2 GW.', '1 et 2 GW');
    expect(r.verdict).toBe('contradicted');
  });

  it('a fact given as a range agrees with a figure inside it, not with one far outside', () => {
    expect(claim(c, 'Initech promet d’investir 40 milliards d’euros.', '40 milliards d’euros').verdict).toBe('supported');
    expect(claim(c, 'Initech promet d’investir 90 milliards d’euros.', '90 milliards d’euros').verdict).toBe('contradicted');
  });
});

describe('approximate figures', () => {
  const c = checker(
    pack('t', [{ id: 'umbrella-gpus', name: 'Umbrella', metric: 'gpu-count', value: 18000, unit: 'GPU', fr: ['puces'], en: ['chips'] }]),
  );

  it('"près de 18 000" and "nearly 18,000" agree with 18,000', () => {
    const fr = claim(c, 'Umbrella recevra près de 18 000 GPU.', '18 000 GPU');
    expect(fr.approx).toBe('about');
    expect(fr.value).toBe(18000);
    expect(fr.verdict).toBe('supported');
    expect(claim(c, 'Umbrella will get nearly 18,000 GPUs.', '18,000 GPUs', 'en').verdict).toBe('supported');
  });

  it('an approximate figure near the fact is never contradicted; a far one is', () => {
    expect(claim(c, 'Umbrella recevra près de 15 000 GPU.', '15 000 GPU').verdict).toBe('unverified');
    expect(claim(c, 'Umbrella recevra 9 000 GPU.', '9 000 GPU').verdict).toBe('contradicted');
  });
});

describe('superseded chains', () => {
  const VAL = { metric: 'valuation' as const, unit: 'EUR' as const, name: 'Hooli', fr: ['valorisée'], en: ['valued'] };
  const c = checker(
    pack('t', [
      { id: 'hooli-v1', value: 2e9, asOf: '2023-12-10', supersededBy: 'hooli-v2', ...VAL },
      { id: 'hooli-v2', value: 5.8e9, asOf: '2024-06-11', supersededBy: 'hooli-v3', ...VAL },
      { id: 'hooli-v3', value: 11.7e9, asOf: '2025-09-09', ...VAL },
    ]),
  );

  it('the newest figure is supported', () => {
    const r = claim(c, 'Hooli est valorisée 11,7 milliards d’euros.', '11,7 milliards d’euros');
    expect(r.verdict).toBe('supported');
    expect(r.fact?.id).toBe('hooli-v3');
  });

  it('an older figure is outdated and names the newest one', () => {
    for (const [figure, id] of [['5,8 milliards d’euros', 'hooli-v2'], ['2 milliards d’euros', 'hooli-v1']]) {
      const r = claim(c, `Hooli est valorisée ${figure}.`, figure);
      expect(r.verdict, figure).toBe('outdated');
      expect(r.fact?.id).toBe(id);
      expect(r.newer?.id).toBe('hooli-v3');
      expect(r.explanation).toContain('11,7 milliards d’euros');
    }
  });

  it('a figure that matches no link of the chain is contradicted by the newest one', () => {
    const r = claim(c, 'Hooli est valorisée 30 milliards d’euros.', '30 milliards d’euros');
    expect(r.verdict).toBe('contradicted');
    expect(r.fact?.id).toBe('hooli-v3');
  });

  it('a figure a current fact still gives is not outdated, even when an older chain also had it', () => {
    const SITE = { name: 'Vandelay', aliases: ['Vandelay', 'Essonne'], metric: 'power-capacity' as const, unit: 'W' as const };
    const base = [
      { id: 'site-40', value: 40e6, asOf: '2025-06', supersededBy: 'site-44', ...SITE, ...POWER },
      { id: 'site-44', value: 44e6, asOf: '2026-03-30', ...SITE, ...POWER },
    ];
    const text = 'Le centre de données de Vandelay en Essonne affichera une puissance de 40 MW.';
    const old = claim(checker(pack('t', base)), text, '40 MW');
    expect(old.verdict).toBe('outdated');
    expect(old.newer?.id).toBe('site-44');
    const withCurrent = checker(pack('t', [...base, { id: 'site-40-again', value: 40e6, asOf: '2026-05-29', ...SITE, fr: ['MW'], en: ['MW'] }]));
    const r = claim(withCurrent, text, '40 MW');
    expect(r.verdict).toBe('supported');
    expect(r.fact?.id).toBe('site-40-again');
  });
});

describe('ambiguity and missing subjects', () => {
  const c = checker(
    pack('t', [
      { id: 'acme-power', name: 'Acme', metric: 'power-capacity', value: 40e6, unit: 'W', ...POWER },
      { id: 'globex-power', name: 'Globex', metric: 'power-capacity', value: 100e6, unit: 'W', ...POWER },
    ]),
  );

  it('control: one named entity and a wrong figure is contradicted', () => {
    expect(claim(c, 'Acme exploite un centre de données de 300 MW.', '300 MW').verdict).toBe('contradicted');
  });

  it('two entities with the same metric in the sentence and a wrong figure: unverified, never contradicted', () => {
    const r = claim(c, 'Acme et Globex exploitent chacun un centre de données de 300 MW.', '300 MW');
    expect(r.verdict).toBe('unverified');
    expect(r.fact).toBeNull();
    // Either reading is named: several facts could apply, or another company is named in the sentence.
    expect(r.reasons.some((x) => x.kind === 'ambiguous' || (x.kind === 'held-back' && x.blocked.includes('other-entity-named')))).toBe(true);
  });

  it('a figure with no subject is unverified', () => {
    const r = claim(c, 'Le centre de données affiche une puissance de 300 MW.', '300 MW');
    expect(r.verdict).toBe('unverified');
    expect(r.fact).toBeNull();
  });

  it('a subject named only in the previous sentence is never enough to contradict', () => {
    const r = claim(c, 'Acme construit un nouveau site. Le centre de données affichera une puissance de 300 MW.', '300 MW');
    expect(r.verdict).toBe('unverified');
  });
});

describe('pack priority', () => {
  const text = 'Acme exploite un centre de données de 40 MW.';
  const other = 'Acme exploite un centre de données de 200 MW.';
  const A = pack('pack-a', [{ id: 'acme-power', name: 'Acme', metric: 'power-capacity', value: 40e6, unit: 'W', ...POWER }]);
  const B = pack('pack-b', [{ id: 'acme-power', name: 'Acme', metric: 'power-capacity', value: 200e6, unit: 'W', ...POWER }]);

  it('on a duplicate id, the first pack wins', () => {
    const ab = checker(A, B);
    const r = claim(ab, text, '40 MW');
    expect(r.verdict).toBe('supported');
    expect(r.fact?.pack).toBe('pack-a');
    expect(claim(ab, other, '200 MW').verdict).toBe('contradicted');
    const ba = checker(B, A);
    expect(claim(ba, other, '200 MW').fact?.pack).toBe('pack-b');
    expect(claim(ba, text, '40 MW').verdict).toBe('contradicted');
  });

  it('on equally good facts from two packs, the higher-priority pack is cited', () => {
    const A2 = pack('pack-a', [{ id: 'acme-power-a', name: 'Acme', metric: 'power-capacity', value: 40e6, unit: 'W', ...POWER }]);
    const B2 = pack('pack-b', [{ id: 'acme-power-b', name: 'Acme', metric: 'power-capacity', value: 40e6, unit: 'W', ...POWER }]);
    expect(claim(checker(A2, B2), text, '40 MW').fact?.pack).toBe('pack-a');
    expect(claim(checker(B2, A2), text, '40 MW').fact?.pack).toBe('pack-b');
  });
});

describe('what names the subject', () => {
  it('a site named in the sentence beats the company’s other projects (no false "supported")', () => {
    const c = checker(
      pack('t', [
        { id: 'acme-sweden', name: 'Acme', aliases: ['Acme', 'Suède'], metric: 'investment', value: 1.2e9, unit: 'EUR', ...INVEST },
        { id: 'acme-france', name: 'Acme', aliases: ['Acme', 'Paris'], metric: 'investment', value: 2e9, unit: 'EUR', approx: 'at-least', ...INVEST },
        // A partner that lists the company among its aliases is not another subject of the sentence.
        { id: 'partner-stake', name: 'Partnerco', aliases: ['Partnerco', 'Acme'], metric: 'investment', value: 1.3e9, unit: 'EUR', ...INVEST },
      ]),
    );
    const sweden = claim(c, 'Acme investit 3 milliards d’euros dans un centre de données en Suède.', '3 milliards d’euros');
    expect(sweden.verdict).toBe('contradicted');
    expect(sweden.fact?.id).toBe('acme-sweden');
    // "Plus de 2 milliards" is a bound: 3 milliards lies inside it, which is consistent, not verified.
    const anywhere = claim(c, 'Acme investit 3 milliards d’euros dans ses centres de données.', '3 milliards d’euros');
    expect(anywhere.verdict).toBe('unverified');
    const bound = claim(c, 'Acme investit plus de 2 milliards d’euros dans ses centres de données.', '2 milliards d’euros');
    expect(bound.verdict).toBe('supported');
    expect(bound.fact?.id).toBe('acme-france');
  });

  it('a name in the genitive right after the figure says whose figure it is ("des 300 milliards de Globex")', () => {
    const VAL = { metric: 'valuation' as const, unit: 'USD' as const, fr: ['valorisation', 'pèse'], en: ['valuation'] };
    const c = checker(
      pack('t', [
        { id: 'acme-val', name: 'Acme', value: 6e9, ...VAL },
        { id: 'globex-val-old', name: 'Globex', value: 300e9, asOf: '2025-03-31', supersededBy: 'globex-val', ...VAL },
        { id: 'globex-val', name: 'Globex', value: 850e9, asOf: '2026-03-31', ...VAL },
      ]),
    );
    // The page is about Acme (title, three mentions): without the genitive, Acme's chains would win.
    const text =
      'Acme, fondée à Lyon, a séduit de grands fonds. Acme pèse 6 milliards de dollars selon ses investisseurs. ' +
      'Une somme très loin des 300 milliards de Globex, mais qui fait d’Acme le premier acteur européen.';
    const r = claim(c, text, '300 milliards', 'fr', 'Acme, la licorne lyonnaise');
    expect(r.unit).toBe('USD');
    expect(r.currencyImplied).toBe(true);
    expect(r.verdict).toBe('outdated');
    expect(r.fact?.id).toBe('globex-val-old');
    expect(r.newer?.id).toBe('globex-val');
  });

  it('a count’s noun is its metric word ("4 gigafactories")', () => {
    const GIGA = { name: 'EU gigafactories', aliases: ['Bruxelles', 'UE'], metric: 'count' as const, unit: 'count' as const, fr: ['gigafactories'], en: ['gigafactories'] };
    const c = checker(
      pack('t', [
        { id: 'giga-4', value: 4, asOf: '2025-02-11', supersededBy: 'giga-5', ...GIGA },
        { id: 'giga-5', value: 5, approx: 'at-most', asOf: '2025-04-09', ...GIGA },
      ]),
    );
    const r = claim(c, 'Bruxelles veut financer 4 gigafactories sur le continent.', '4 gigafactories');
    expect(r.verdict).toBe('outdated');
    expect(r.newer?.id).toBe('giga-5');
    // 12 could be growth we have not recorded (the sourced figures are over a year old); 20 cannot.
    expect(claim(c, 'Bruxelles veut financer 12 gigafactories sur le continent.', '12 gigafactories').verdict).toBe('unverified');
    expect(claim(c, 'Bruxelles veut financer 20 gigafactories sur le continent.', '20 gigafactories').verdict).toBe('contradicted');
  });

  it('a year needs its metric word in its own sentence', () => {
    const c = checker(
      pack('t', [
        { id: 'acme-opening', name: 'Acme', metric: 'opening-year', value: 2026, unit: 'year', fr: ['ouverture'], en: ['opening'] },
        { id: 'acme-gpus', name: 'Acme', metric: 'gpu-count', value: 120000, unit: 'GPU', approx: 'at-most', fr: ['GPU'], en: ['GPUs'] },
      ]),
    );
    expect(claim(c, 'L’ouverture du site d’Acme est prévue en 2026.', '2026').verdict).toBe('supported');
    expect(claim(c, 'L’ouverture du site d’Acme est prévue en 2029.', '2029').verdict).toBe('contradicted');
    // "prévu" in the previous sentence is not enough: the year is a deadline for GPUs, not an opening.
    const deadline = claim(c, 'Le site d’Acme est prévu en Isère. Acme compte y installer jusqu’à 120 000 GPU d’ici fin 2026.', '2026');
    expect(deadline.verdict).toBe('unverified');
  });
});

describe('growing quantities: plans and figures newer than our sources', () => {
  const GPUS = { name: 'Acme', aliases: ['Acme'], metric: 'gpu-count' as const, unit: 'GPU' as const, fr: ['GPU'], en: ['GPUs', 'cluster'] };
  const c = checker(
    pack('t', [
      { id: 'acme-gpus-now', value: 100_000, asOf: '2026-10-01', ...GPUS },
      { id: 'acme-valuation-old', name: 'Acme', aliases: ['Acme'], metric: 'valuation', value: 10e9, unit: 'USD', asOf: '2024-01-15', fr: ['valorisée'], en: ['valued'] },
    ]),
  );
  it('a plan is not judged against today’s count when no sourced plan exists', () => {
    const plan = claim(c, 'Acme will expand its cluster to 300,000 GPUs next year, the company said.', '300,000 GPUs', 'en');
    expect(plan.verdict).toBe('unverified');
    expect(plan.reasons).toEqual([expect.objectContaining({ kind: 'held-back', blocked: expect.arrayContaining(['plan-vs-current']) })]);
    // Today's figure, clearly wrong, still is.
    expect(claim(c, 'Acme runs a cluster of 10,000 GPUs today, the company said.', '10,000 GPUs', 'en').verdict).toBe('contradicted');
  });
  it('above an old figure of a growing quantity, only an implausible jump is called wrong', () => {
    const grown = claim(c, 'Acme is now valued at $20 billion, according to people familiar with the matter.', '$20 billion', 'en');
    expect(grown.verdict).toBe('unverified');
    expect(grown.reasons).toEqual([expect.objectContaining({ kind: 'held-back', blocked: expect.arrayContaining(['may-be-newer']) })]);
    expect(claim(c, 'Acme is now valued at $80 billion, according to people familiar with the matter.', '$80 billion', 'en').verdict).toBe('contradicted');
    expect(claim(c, 'Acme is now valued at $2 billion, according to people familiar with the matter.', '$2 billion', 'en').verdict).toBe('contradicted');
  });
});

describe('a figure about another site of the same subject is never verified', () => {
  const SITE = { name: 'Acme', metric: 'investment' as const, unit: 'EUR' as const, asOf: '2026-03-02' };
  const c = checker(
    pack('t', [
      { id: 'acme-aragon', aliases: ['Acme', 'Aragon'], value: 18e9, fr: ['investit', 'Espagne'], en: ['invests', 'Spain'], ...SITE },
      { id: 'acme-uk', aliases: ['Acme'], value: 8e9, unit: 'GBP', fr: ['investit', 'Royaume-Uni'], en: ['invests', 'UK'], name: 'Acme', metric: 'investment', asOf: '2026-03-02' },
      { id: 'acme-sweden', aliases: ['Acme', 'Suède'], value: 1.2e9, fr: ['investit', 'centre de données'], en: ['invests'], ...SITE },
    ]),
  );
  it('a place the fact does not name sets the figure apart, in any language', () => {
    for (const [text, figure] of [
      ['Acme investit 20 milliards de dollars en Pennsylvanie dans ses centres de données.', '20 milliards de dollars'],
      ['Acme investit 18 milliards d’euros en Allemagne.', '18 milliards d’euros'],
    ]) {
      const r = claim(c, text, figure);
      expect(r.verdict, `${text} → ${r.fact?.id} ${r.explanation}`).toBe('unverified');
      expect(r.reasons[0].kind, text).toBe('other-project');
    }
    expect(claim(c, 'Acme investit 18 milliards d’euros en Aragon, en Espagne.', '18 milliards d’euros').fact?.id).toBe('acme-aragon');
  });
  it('a country named in another language still names the fact’s site', () => {
    const r = claim(c, 'Acme invierte 1.200 millones de euros en un centro de datos en Suecia.', '1.200 millones de euros', 'es');
    expect(r.verdict).toBe('supported');
    expect(r.fact?.id).toBe('acme-sweden');
  });
});
