/**
 * The extractor of this checkout against the extractor of another one, on the bench's generated
 * news text: `npm run bench:ab -- ../other-checkout` (e.g. a `git worktree` of an older commit).
 *
 * Both run in one process, alternately, so machine load hits both alike; it prints the fastest and
 * the median run of each (ms per MB) and their ratio. This is
 * the "no slower than before" check: timings from separate runs on a shared machine differ by more
 * than the changes we measure.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newsText } from './bench';

const RUNS = 21;

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other || !existsSync(join(other, 'engine', 'extract', 'extract.ts'))) {
    console.error('usage: npm run bench:ab -- <path to another checkout of infracheck>');
    process.exit(2);
  }
  type Extract = (text: string) => unknown[];
  const load = async (root: string): Promise<Extract> =>
    (await import(pathToFileURL(join(resolve(root), 'engine', 'extract', 'extract.ts')).href)).extractClaims as Extract;
  const sides: [string, Extract][] = [['this checkout', await load('.')], [other, await load(other)]];
  const names = ['Mistral AI', 'OpenAI', 'Fluidstack', 'Microsoft', 'xAI', 'Data4', 'Nscale', 'Sesterce', 'Eclairion', 'Scaleway'];
  const text = newsText(1_000_000, names, ['Fouju', 'Borlänge', 'Abilene', 'Marseille']);
  const mb = Buffer.byteLength(text) / 1e6;
  const times = sides.map((): number[] => []);
  for (const [, extract] of sides) extract(text); // warm-up: JIT and regex compilation
  for (let r = 0; r < RUNS; r++) {
    sides.forEach(([, extract], i) => {
      const t = performance.now();
      extract(text);
      times[i].push(performance.now() - t);
    });
  }
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { min: s[0] / mb, median: s[s.length >> 1] / mb };
  };
  const [ours, theirs] = times.map(stat);
  sides.forEach(([name], i) => {
    const s = stat(times[i]);
    console.log(`${name.padEnd(24)} fastest ${s.min.toFixed(1)} ms/MB   median ${s.median.toFixed(1)} ms/MB`);
  });
  console.log(`ratio (this / other)     fastest ${(ours.min / theirs.min).toFixed(2)}   median ${(ours.median / theirs.median).toFixed(2)}   (${RUNS} alternate runs on ${mb.toFixed(2)} MB)`);
}

void main();
