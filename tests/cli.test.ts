/**
 * The `scan` command's contract, run as a user runs it (a child process): outputs, offsets,
 * batch mode, and one-line errors that name the input while the other inputs are still processed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/node-facts';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
function scan(args: string[], input?: string) {
  const r = spawnSync(TSX, [join(ROOT, 'cli', 'scan.ts'), ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'infracheck-cli-'));
  writeFileSync(join(dir, 'a.txt'), 'Mistral AI investit 1,2 milliard d’euros dans un centre de données à Borlänge, en Suède.');
  writeFileSync(join(dir, 'page.html'), '<html lang="fr"><head><title>Mistral</title><script>var x = "3 milliards d’euros";</script></head><body><p>Mistral AI investit 1,2 <b>milliard</b> d’euros à Borlänge, en Suède.</p></body></html>');
  writeFileSync(join(dir, 'bin.dat'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0]));
  // A 50 MB file, sparse: refused by size before it is read.
  const fd = openSync(join(dir, 'big.txt'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(join(dir, 'bad-pack.json'), JSON.stringify({ id: 'p', title: 'P', version: '1', updated: '2026-01-01', facts: [{ id: 'broken-fact', subject: { name: 'X' }, metric: 'investment', value: 1, unit: 'EUR', asOf: '2026-01-01', statement: { fr: 'x', en: 'x' }, sources: [{ publisher: 'p', title: 't', url: 'ftp://x', date: '2026-01-01' }] }] }));
});

describe('scan command', () => {
  it('--json: claims with offsets into the input, verdicts and sourced facts', () => {
    const r = scan(['--json', join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
    const { claims } = JSON.parse(r.out);
    const text = 'Mistral AI investit 1,2 milliard d’euros dans un centre de données à Borlänge, en Suède.';
    expect(claims).toHaveLength(1);
    const [c] = claims;
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c).toMatchObject({ text: '1,2 milliard d’euros', value: 1.2e9, unit: 'EUR', approx: 'exact', verdict: 'supported' });
    expect(c.fact.sources[0].url).toMatch(/^https:\/\//);
    expect(typeof c.sentence).toBe('string');
  });

  it('reads .html as a page (visible text only, across inline markup)', () => {
    const r = scan(['--json', join(dir, 'page.html')]);
    const { claims } = JSON.parse(r.out);
    expect(claims.map((c: { text: string }) => c.text)).toEqual(['1,2 milliard d’euros']);
  });

  it('prints a readable table by default, and reads stdin with -', () => {
    const r = scan(['-'], 'OpenAI est valorisée 300 milliards de dollars.');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/figure\s+value\s+unit\s+verdict\s+source/);
    expect(r.out).toMatch(/300 milliards de dollars/);
  });

  it('--jsonl: one output line per input line, in order, errors in place, nothing else on stdout', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Ils construisent un site de 40 MW.' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'Rien à signaler.' }),
      JSON.stringify({ id: 'd', text: 42 }),
    ].join('\n');
    const r = scan(['--jsonl'], input);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0].claims[0]).toMatchObject({ text: '40 MW', value: 40e6, unit: 'W' });
    expect(lines[1].error).toBe('not JSON');
    expect(lines[2].claims).toEqual([]);
    expect(lines[3].error).toMatch(/"text" must be a string/);
    expect(r.err).toMatch(/stdin line 2: not JSON/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('bad inputs: one line on stderr each, other inputs still processed, non-zero exit', () => {
    const r = scan(['--json', join(dir, 'missing.txt'), join(dir, 'bin.dat'), join(dir, 'big.txt'), dir, join(dir, 'a.txt')]);
    expect(r.code).toBe(1);
    const errors = r.err.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/missing\.txt: no such file/);
    expect(errors[1]).toMatch(/bin\.dat: binary file/);
    expect(errors[2]).toMatch(/big\.txt: too large \(50\.0 MB/);
    expect(errors[3]).toMatch(/is a directory/);
    expect(JSON.parse(r.out).claims).toHaveLength(1); // a.txt still scanned
  });

  it('--facts with an invalid pack names the fact and the field; --no-bundled drops the bundled facts', () => {
    const bad = scan(['--facts', join(dir, 'bad-pack.json'), join(dir, 'a.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/fact 'broken-fact' \(facts\[0\]\) → sources\[0\]\.url: must be an http\(s\) URL/);
    const none = scan(['--json', '--no-bundled', join(dir, 'a.txt')]);
    expect(JSON.parse(none.out).claims[0].verdict).toBe('unverified');
  });

  it('refuses unknown options with a usage hint', () => {
    const r = scan(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --frobnicate/);
  });
});
