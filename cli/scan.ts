/**
 * `npm run -s scan -- FILE...` — the engine from the shell.
 *   FILE ending in .html/.htm is read as a page (its visible text), anything else as UTF-8 text,
 *   "-" reads stdin.
 *   --json          one JSON object {"claims":[…]} per input
 *   --jsonl         batch: stdin lines {"id","text"} → stdout lines {"id","claims"}
 *   --facts PACK    add a fact pack (repeatable); --no-bundled drops the bundled one
 *   --lang fr|en    the language of the inputs (detected when absent)
 * Errors are one line on stderr naming the input; other inputs are still processed; the exit code
 * is 1 when anything failed, 2 for a bad command line.
 */
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkText } from '../engine/check-text';
import { Checker, type CheckedClaim } from '../engine/match/check';
import { prepareFactBase } from '../engine/match/fact-base';
import { PackError, parsePack } from '../engine/facts/validate';
import type { FactPack } from '../engine/facts/schema';
import { formatValue } from '../engine/format';
import type { Lang } from '../engine/types';
import { loadBundledPack, loadRates } from './node-facts';
import { pageFromHtml } from './page';

/** Inputs larger than this are refused (a news page is well under 1 MB of text). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** A JSONL line larger than this is refused. */
const MAX_LINE_CHARS = 2 * 1024 * 1024;

const HELP = `usage: npm run -s scan -- [options] FILE...
  FILE            .html/.htm read as a page, other files as UTF-8 text, - for stdin
  --json          print one JSON object {"claims":[…]} per input
  --jsonl         read {"id","text"} lines on stdin, print {"id","claims"} lines
  --facts PACK    add a fact pack (JSON file, repeatable)
  --no-bundled    do not use the bundled fact pack
  --lang fr|en    language of the inputs (default: detected)
  -h, --help      show this help`;

class UserError extends Error {}

interface Options {
  files: string[];
  json: boolean;
  jsonl: boolean;
  packs: string[];
  bundled: boolean;
  lang?: Lang;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { files: [], json: false, jsonl: false, packs: [], bundled: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--no-bundled') o.bundled = false;
    else if (a === '--facts' || a === '--lang') {
      const v = argv[++i];
      if (v === undefined) throw new UserError(`${a} needs a value`);
      if (a === '--facts') o.packs.push(v);
      else if (v === 'fr' || v === 'en') o.lang = v;
      else throw new UserError(`--lang must be fr or en, not "${v}"`);
    } else if (a.startsWith('--facts=')) o.packs.push(a.slice(8));
    else if (a === '-h' || a === '--help') {
      console.log(HELP);
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') throw new UserError(`unknown option ${a} (see --help)`);
    else o.files.push(a);
  }
  if (o.json && o.jsonl) throw new UserError('--json and --jsonl cannot be combined');
  if (!o.jsonl && !o.files.length) throw new UserError('no input: give FILE... or - for stdin (see --help)');
  return o;
}

/** Decodes bytes as UTF-8 text, refusing what is clearly not text. */
function decodeText(bytes: Buffer, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new UserError(`${name}: too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  }
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) throw new UserError(`${name}: binary file (contains NUL bytes), not text`);
  const text = bytes.toString('utf8');
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  if (bad > 16 && bad > text.length / 100) throw new UserError(`${name}: not UTF-8 text`);
  return text;
}

function readInput(file: string): { text: string; title?: string; lang?: Lang } {
  let bytes: Buffer;
  if (file === '-') {
    bytes = readFileSync(0);
  } else {
    let size: number;
    try {
      const st = statSync(file);
      if (st.isDirectory()) throw new UserError(`${file}: is a directory`);
      size = st.size;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
    if (size > MAX_INPUT_BYTES) {
      throw new UserError(`${file}: too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
    }
    try {
      bytes = readFileSync(file);
    } catch (e) {
      throw new UserError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  const text = decodeText(bytes, file === '-' ? 'stdin' : file);
  if (/\.html?$/i.test(file)) return pageFromHtml(text);
  return { text };
}

function loadChecker(o: Options): Checker {
  const packs: FactPack[] = [];
  for (const path of o.packs) {
    let text: string;
    try {
      text = decodeText(readFileSync(path), path);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`${path}: cannot read fact pack (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    try {
      packs.push(parsePack(text));
    } catch (e) {
      if (e instanceof PackError) throw new UserError(`${path}: ${e.message}`);
      throw e;
    }
  }
  if (o.bundled) packs.push(loadBundledPack());
  return new Checker(prepareFactBase(packs, loadRates()));
}

/** The JSON form of a claim: the contract other tools depend on. */
function claimJson(c: CheckedClaim) {
  const out: Record<string, unknown> = {
    text: c.text, start: c.start, end: c.end, value: c.value, unit: c.unit, approx: c.approx,
  };
  if (c.low !== undefined) out.low = c.low;
  if (c.high !== undefined) out.high = c.high;
  if (c.currencyImplied) out.currencyImplied = true;
  if (c.noun) out.noun = c.noun;
  out.sentence = c.sentence;
  out.verdict = c.verdict;
  out.fact = c.fact;
  if (c.newer) out.newer = c.newer;
  out.explanation = c.explanation;
  return out;
}

const VERDICT_LABEL: Record<string, string> = {
  supported: '✔ supported', outdated: '⟳ outdated', contradicted: '✘ contradicted', unverified: '? unverified',
};

function table(name: string, claims: CheckedClaim[]): string {
  const rows = claims.map((c) => [
    c.text.replace(/\s+/g, ' '),
    formatValue(c.value, c.unit, 'en'),
    c.unit,
    VERDICT_LABEL[c.verdict],
    c.fact ? `${c.fact.sources[0].publisher} (${c.fact.asOf})${c.newer ? ` → ${c.newer.asOf}` : ''}` : '',
  ]);
  const head = ['figure', 'value', 'unit', 'verdict', 'source'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => [...r[i]].length))));
  const fit = (s: string, w: number) => {
    const chars = [...s];
    return chars.length > w ? `${chars.slice(0, w - 1).join('')}…` : s + ' '.repeat(w - chars.length);
  };
  const line = (r: string[]) => r.map((c, i) => fit(c, widths[i])).join('  ').trimEnd();
  const counts = ['supported', 'outdated', 'contradicted', 'unverified']
    .map((v) => `${claims.filter((c) => c.verdict === v).length} ${v}`)
    .join(', ');
  return [
    `== ${name}: ${claims.length} figure${claims.length === 1 ? '' : 's'} (${counts})`,
    ...(rows.length ? [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)] : ['(no figures found)']),
    '',
  ].join('\n');
}

async function runJsonl(checker: Checker, o: Options): Promise<boolean> {
  let ok = true;
  let n = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      if (line.length > MAX_LINE_CHARS) throw new UserError(`too long (${line.length} characters)`);
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        throw new UserError('not JSON');
      }
      if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new UserError('expected an object {"id","text"}');
      id = (rec as { id?: unknown }).id ?? null;
      const text = (rec as { text?: unknown }).text;
      if (typeof text !== 'string') throw new UserError('"text" must be a string');
      const claims = checkText(checker, text, { pageLang: o.lang, title: typeof (rec as { title?: unknown }).title === 'string' ? (rec as { title: string }).title : undefined });
      process.stdout.write(`${JSON.stringify({ id, claims: claims.map(claimJson) })}\n`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      ok = false;
      process.stderr.write(`scan: stdin line ${n}: ${e.message}\n`);
      process.stdout.write(`${JSON.stringify({ id, error: e.message })}\n`);
    }
  }
  return ok;
}

async function main(): Promise<number> {
  let o: Options;
  let checker: Checker;
  try {
    o = parseArgs(process.argv.slice(2));
    checker = loadChecker(o);
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`scan: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (o.jsonl) return (await runJsonl(checker, o)) ? 0 : 1;

  let ok = true;
  for (const file of o.files) {
    try {
      const page = readInput(file);
      const claims = checkText(checker, page.text, { title: page.title, pageLang: o.lang ?? page.lang });
      if (o.json) process.stdout.write(`${JSON.stringify({ file, claims: claims.map(claimJson) })}\n`);
      else process.stdout.write(`${table(file, claims)}\n`);
    } catch (e) {
      if (!(e instanceof UserError)) {
        process.stderr.write(`scan: ${file}: unexpected error: ${(e as Error).message}\n`);
      } else {
        process.stderr.write(`scan: ${e.message}\n`);
      }
      ok = false;
    }
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`scan: internal error: ${(e as Error).message}\n`);
    process.exit(70);
  },
);
