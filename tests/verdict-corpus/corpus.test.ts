/**
 * The verdict corpus (issue 11): short passages in our own words about facts of the bundled base,
 * one test per passage, named by its kind and the verdict it must get. True figures are never
 * contradicted; clearly wrong ones (≥3× off, subject and metric named) are. A summary line per
 * kind is printed. A passage marked `known` shows a reported engine problem: only the
 * never-contradicted rule is enforced for it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkWithBundled } from '../helpers';
import { PASSAGES, type Passage } from './passages';

const results = new Map<string, { n: number; ok: number }>();
let known = 0;

function run(p: Passage) {
  const claims = checkWithBundled(p.text, { title: p.title, pageLang: p.lang });
  const c = claims.find((x) => x.text === p.figure);
  return { c, claims };
}

describe('verdict corpus', () => {
  afterAll(() => {
    const line = [...results].map(([k, v]) => `${k} ${v.ok}/${v.n}`).join(', ');
    const n = [...results.values()].reduce((a, v) => a + v.n, 0);
    const ok = [...results.values()].reduce((a, v) => a + v.ok, 0);
    console.log(`verdict corpus: ${ok}/${n} passages as expected, ${known} known problems (${line})`);
  });

  it('has at least 150 passages, several of each kind', () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(150);
    const kinds = new Map<string, number>();
    for (const p of PASSAGES) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    for (const [k, n] of kinds) expect(n, k).toBeGreaterThanOrEqual(3);
  });

  it.each(PASSAGES.map((p, i) => [`${String(i + 1).padStart(3, '0')} ${p.kind} → ${p.verdict}: ${p.text.slice(-90)} [${p.figure}]`, p] as const))(
    '%s',
    (_name, p) => {
      const { c, claims } = run(p);
      const r = results.get(p.kind) ?? { n: 0, ok: 0 };
      r.n++;
      results.set(p.kind, r);
      expect(c, `"${p.figure}" not among ${JSON.stringify(claims.map((x) => x.text))}`).toBeDefined();
      const why = `${p.why} — got ${c!.verdict} ${c!.fact?.id ?? ''}: ${c!.explanation}`;
      // A true figure must never be contradicted, whatever else went wrong.
      if (p.verdict !== 'contradicted') expect(c!.verdict, why).not.toBe('contradicted');
      if (p.known && c!.verdict !== p.verdict) {
        console.log(`verdict corpus, known problem: ${p.known} (${why})`);
        known++;
        return;
      }
      expect(c!.verdict, why).toBe(p.verdict);
      if (p.fact) expect(c!.fact?.id, why).toBe(p.fact);
      r.ok++;
    },
  );
});
