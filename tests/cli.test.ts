/**
 * The `scan` command's contract, run as a user runs it (a child process): outputs, offsets,
 * batch mode, and one-line errors that name the input while the other inputs are still processed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../facts/node';

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

// Each case spawns the CLI (tsx + the bundled fact base): seconds each, more on a busy machine.
describe('scan command', { timeout: 120_000 }, () => {
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

  it('--facts with an invalid pack names the fact and the field, exits 2 and scans nothing (README); --no-bundled drops the bundled facts', () => {
    const bad = scan(['--json', '--facts', join(dir, 'bad-pack.json'), join(dir, 'a.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toMatch(/bad-pack\.json: (invalid fact pack: )?fact 'broken-fact' \(facts\[0\]\) → sources\[0\]\.url: must be an http\(s\) URL/);
    const none = scan(['--json', '--no-bundled', join(dir, 'a.txt')]);
    expect(JSON.parse(none.out).claims[0].verdict).toBe('unverified');
  });

  it('refuses unknown options with a usage hint', () => {
    const r = scan(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --frobnicate/);
  });

  it('--jsonl: a blank line keeps its place ({"id":null,"claims":[]}); a line that is not UTF-8 is an error in place', () => {
    const input = Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: 'a', text: 'Un site de 40 MW.' })}\n\n   \r\n`),
      Buffer.from('{"id":"latin","text":"lev\xe9"}\n', 'latin1'),
      Buffer.from(`${JSON.stringify({ id: 'e', text: 'Rien.' })}`),
    ]);
    const r = spawnSync(TSX, [join(ROOT, 'cli', 'scan.ts'), '--jsonl'], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.id)).toEqual(['a', null, null, null, 'e']);
    expect(lines[1]).toEqual({ id: null, claims: [] });
    expect(lines[2]).toEqual({ id: null, claims: [] });
    expect(lines[3].error).toBe('not UTF-8');
    expect(r.stderr).toMatch(/stdin line 4: not UTF-8/);
    expect(r.status).toBe(1);
  });

  it('--jsonl FILE reads the file (errors name it and the line); a missing file is refused', () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 1, text: 'Un site de 40 MW.' })}\n{oops\n`);
    const r = scan(['--jsonl', file]);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, null]);
    expect(lines[0].claims[0]).toMatchObject({ text: '40 MW' });
    expect(r.err).toMatch(/batch\.jsonl line 2: not JSON/);
    expect(r.code).toBe(1);
    const missing = scan(['--jsonl', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
    expect(missing.err).toMatch(/nope\.jsonl: no such file/);
  });

  it('a pack is limited to 20 MB (MAX_PACK_BYTES), as in the extension', async () => {
    const { MAX_PACK_BYTES } = await import('../engine/facts/validate');
    expect(MAX_PACK_BYTES).toBe(20 * 1024 * 1024);
    const sparse = (name: string, mb: number) => {
      const fd = openSync(join(dir, name), 'w');
      ftruncateSync(fd, mb * 1024 * 1024);
      closeSync(fd);
      return join(dir, name);
    };
    const big = scan(['--facts', sparse('big-pack.json', 25), join(dir, 'a.txt')]);
    expect(big.code).toBe(2);
    expect(big.err).toMatch(/big-pack\.json: fact pack too large \(25\.0 MB; the limit is 20 MB\)/);
    // 15 MB is within the limit: refused for what it is (not JSON), not for its size.
    const mid = scan(['--facts', sparse('mid-pack.json', 15), join(dir, 'a.txt')]);
    expect(mid.code).toBe(2);
    expect(mid.err).not.toMatch(/too large/);
  });

  it('a Latin-1 file is decoded (with a note), not read as mojibake; so is a page that declares its charset', () => {
    const latin = Buffer.from('Mistral AI a lev\xe9 1,7 milliard d\x92euros en septembre 2025.', 'latin1');
    writeFileSync(join(dir, 'latin1.txt'), latin);
    const r = scan(['--json', join(dir, 'latin1.txt')]);
    expect(r.code).toBe(0);
    const [c] = JSON.parse(r.out).claims;
    expect(c.text).toBe('1,7 milliard d’euros');
    expect(c.unit).toBe('EUR');
    expect(r.err).toMatch(/latin1\.txt: read as Latin-1 \(Windows-1252\) \(not valid UTF-8\)/);
    writeFileSync(join(dir, 'latin1.html'), Buffer.concat([Buffer.from('<html lang="fr"><head><meta charset="iso-8859-1"></head><body><p>'), latin, Buffer.from('</p></body></html>')]));
    const page = scan(['--json', join(dir, 'latin1.html')]);
    expect(JSON.parse(page.out).claims[0].text).toBe('1,7 milliard d’euros');
    expect(page.err).toMatch(/declared by the page/);
    // UTF-16 with a byte-order mark.
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Un campus de 40 MW.', 'utf16le')]));
    expect(JSON.parse(scan(['--json', join(dir, 'utf16.txt')]).out).claims[0].text).toBe('40 MW');
  });

  it('HTML on stdin is read as a page when it looks like one; --html and --text force the reading', () => {
    const html = '<!doctype html><html lang="fr"><head><script>var x = "3 milliards d’euros";</script></head><body><p>Mistral AI investit 1,2 <b>milliard</b> d’euros à Borlänge.</p></body></html>';
    const texts = (r: { out: string }) => JSON.parse(r.out).claims.map((c: { text: string }) => c.text);
    expect(texts(scan(['--json', '-'], html))).toEqual(['1,2 milliard d’euros']);
    writeFileSync(join(dir, 'page.txt'), html);
    expect(texts(scan(['--json', '--html', join(dir, 'page.txt')]))).toEqual(['1,2 milliard d’euros']);
    expect(texts(scan(['--json', '--text', join(dir, 'page.html')]))).toContain('3 milliards d’euros'); // the script's text, read as text
    expect(scan(['--html', '--text', '-'], '').code).toBe(2);
  });

  it('the table shows ranges and bounds and the badges’ icons', () => {
    const r = scan(['-'], 'Le campus fera entre 250 et 600 MW. Mistral AI a levé plus de 2 milliards d’euros. Environ 40 MW dans l’Essonne.');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/250–600 MW/);
    expect(r.out).toMatch(/≥ 2 Md€/);
    expect(r.out).toMatch(/≈ 40 MW/);
    expect(r.out).toMatch(/[✓↻✗?] (supported|outdated|contradicted|unverified)/);
    expect(r.out).toMatch(/^== -: 3 figures \(✓ \d+ supported, ↻ \d+ outdated, ✗ \d+ contradicted, \? \d+ unverified\)/);
    const en = scan(['-'], 'OpenAI was valued at $300 billion in March.');
    expect(en.out).toMatch(/\$300bn/);
    expect(en.out).toMatch(/↻ outdated/);
  });
});
