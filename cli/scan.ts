/**
 * `npm run -s scan -- FILE...` — the engine from the shell.
 *   FILE ending in .html/.htm is read as a page (its visible text), anything else as text; "-" reads
 *   stdin, as a page when it starts like one (<!doctype html>, <html>, <head>, <body>).
 *   Text is UTF-8 (UTF-16 with a BOM, a page's declared charset, and Latin-1 are read too, with a
 *   note on stderr); binary data is refused.
 *   --json          one JSON object {"file","claims":[…]} per input
 *   --jsonl [FILE]  batch: lines {"id","text"} (stdin, or the files) → lines {"id","claims"}, one per line
 *   --html / --text read every input as a page / as plain text
 *   --facts PACK    add a fact pack (repeatable); --no-bundled drops the bundled one
 *   --lang fr|en|de|es|it  the language of the inputs (detected when absent)
 *   --claimreview   one ClaimReview JSON-LD document per input (a line each) instead of verdicts
 *   A --facts file may also be ClaimReview JSON-LD (.jsonld, JSON with @context/@type, or a page
 *   with ld+json scripts): converted into a pack; reviews left out are noted on stderr.
 * Errors are one line on stderr naming the input; other inputs are still processed; the exit code
 * is 1 when anything failed, 2 for a bad command line or a pack that cannot be used (nothing is
 * scanned then: verdicts without a pack the user asked for would mislead).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Readable } from 'node:stream';
import { createEngine, type CheckedClaim, type Engine } from '../engine';
import { MAX_PACK_BYTES, PackError } from '../engine/facts/validate';
import type { FactPack } from '../engine/facts/schema';
import type { Lang } from '../engine/types';
import { readFactSource, toClaimReview } from '../engine/claimreview';
import { prepareFactBase, type FactBase } from '../engine/match/fact-base';
import { verdictLabel } from '../i18n';
import { DecodeError, decodeBytes, decodeUtf8Strict, looksLikeHtml } from './decode';
import { loadBundledPack, loadRates } from '../facts/node';
import { pageFromHtml } from './page';
import { table } from './table';
import { explainAll } from '../i18n/explain';
import { LANGS, isLang } from '../engine/lang';

/** Inputs larger than this are refused (a news page is well under 1 MB of text). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** A JSONL line larger than this is refused. */
const MAX_LINE_CHARS = 2 * 1024 * 1024;

const HELP = `usage: npm run -s scan -- [options] FILE...
  FILE            .html/.htm read as a page, other files as text, - for stdin (a page if it looks like one)
  --json          print one JSON object {"file","claims":[…]} per input
  --jsonl [FILE]  read {"id","text"} lines (stdin, or FILE...), print one {"id","claims"} line per line
  --html          read every input as an HTML page
  --text          read every input as plain text
  --facts PACK    add a fact pack (JSON file up to ${MAX_PACK_BYTES / 1048576} MB, repeatable), or ClaimReview JSON-LD
  --claimreview   print one ClaimReview JSON-LD document per input (one line each)
  --no-bundled    do not use the bundled fact pack
  --lang fr|en|de|es|it  language of the inputs (default: detected)
  -h, --help      show this help`;

class UserError extends Error {}

interface Options {
  files: string[];
  json: boolean;
  jsonl: boolean;
  claimreview: boolean;
  packs: string[];
  bundled: boolean;
  lang?: Lang;
  /** Forced reading of inputs: as pages, as text, or by name (undefined). */
  as?: 'html' | 'text';
}

function parseArgs(argv: string[]): Options {
  const o: Options = { files: [], json: false, jsonl: false, claimreview: false, packs: [], bundled: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--claimreview') o.claimreview = true;
    else if (a === '--no-bundled') o.bundled = false;
    else if (a === '--html' || a === '--text') {
      const as = a === '--html' ? 'html' : 'text';
      if (o.as && o.as !== as) throw new UserError('--html and --text cannot be combined');
      o.as = as;
    }
    else if (a === '--facts' || a === '--lang') {
      const v = argv[++i];
      if (v === undefined) throw new UserError(`${a} needs a value`);
      if (a === '--facts') o.packs.push(v);
      else if (isLang(v)) o.lang = v;
      else throw new UserError(`--lang must be one of ${LANGS.join(', ')}, not "${v}"`);
    } else if (a.startsWith('--facts=')) o.packs.push(a.slice(8));
    else if (a === '-h' || a === '--help') {
      console.log(HELP);
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') throw new UserError(`unknown option ${a} (see --help)`);
    else o.files.push(a);
  }
  if (o.json && o.jsonl) throw new UserError('--json and --jsonl cannot be combined');
  if (o.claimreview && (o.json || o.jsonl)) throw new UserError(`--claimreview and ${o.json ? '--json' : '--jsonl'} cannot be combined`);
  if (!o.jsonl && !o.files.length) throw new UserError('no input: give FILE... or - for stdin (see --help)');
  return o;
}

function tooLarge(name: string, size: number, limit: number, what = ''): UserError {
  return new UserError(`${name}: ${what}too large (${(size / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB)`);
}

/** Reads a file's bytes (or stdin's), refusing directories, missing files and files over `limit`. */
function readBytes(file: string, limit: number, what = ''): Buffer {
  if (file === '-') {
    const bytes = readFileSync(0);
    if (bytes.length > limit) throw tooLarge('stdin', bytes.length, limit, what);
    return bytes;
  }
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new UserError(`${file}: is a directory`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file` : (e as Error).message}`);
  }
  if (size > limit) throw tooLarge(file, size, limit, what);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UserError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function readInput(file: string, o: Options): { text: string; title?: string; lang?: Lang; url?: string; datePublished?: string } {
  const name = file === '-' ? 'stdin' : file;
  const bytes = readBytes(file, MAX_INPUT_BYTES);
  const byName = file !== '-' && /\.html?$/i.test(file);
  let decoded;
  try {
    decoded = decodeBytes(bytes, { html: o.as !== 'text' && (o.as === 'html' || byName || file === '-') });
  } catch (e) {
    if (e instanceof DecodeError) throw new UserError(`${name}: ${e.message}`);
    throw e;
  }
  if (decoded.encoding) process.stderr.write(`scan: note: ${name}: read as ${decoded.encoding} (${decoded.because})\n`);
  const html = o.as ? o.as === 'html' : byName || (file === '-' && looksLikeHtml(decoded.text));
  return html ? pageFromHtml(decoded.text) : { text: decoded.text };
}

function loadEngine(o: Options): Engine {
  const packs: FactPack[] = [];
  // ClaimReview files name subjects through the bundled base (loaded once, only if needed).
  let reference: FactBase | undefined;
  const bundled = () => (reference ??= prepareFactBase([loadBundledPack()], loadRates()));
  for (const path of o.packs) {
    // The same limit as the options page and the pack loader (MAX_PACK_BYTES).
    const bytes = readBytes(path, MAX_PACK_BYTES, 'fact pack ');
    let text: string;
    try {
      text = decodeUtf8Strict(bytes);
    } catch (e) {
      if (e instanceof DecodeError) throw new UserError(`${path}: fact pack ${e.message}`);
      throw e;
    }
    try {
      const got = readFactSource(text, { name: path, reference: bundled });
      if (got.skipped?.length) {
        process.stderr.write(`scan: note: ${path}: ClaimReview: ${got.pack.facts.length} facts from ${got.reviews} reviews; ${got.skipped.length} left out\n`);
        for (const sk of got.skipped.slice(0, 50)) process.stderr.write(`scan: note: ${path}: review ${sk.index + 1}: ${sk.reason}\n`);
      }
      packs.push(got.pack);
    } catch (e) {
      if (e instanceof PackError) throw new UserError(`${path}: ${e.message}`);
      throw e;
    }
  }
  if (o.bundled) packs.push(loadBundledPack());
  return createEngine({ packs, rates: loadRates(), explain: explainAll });
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
  if (c.per) out.per = c.per;
  if (c.period) out.period = c.period;
  if (c.loss) out.loss = true;
  out.sentence = c.sentence;
  out.verdict = c.verdict;
  out.fact = c.fact;
  if (c.newer) out.newer = c.newer;
  if (c.related?.length) out.related = c.related;
  if (c.history?.length) out.history = c.history;
  out.reasons = c.reasons;
  out.explanation = c.explanation;
  return out;
}

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding first, so a line that is not UTF-8
 * is an error of its own and not mojibake; a line over `max` bytes is reported (as null) and skipped
 * without being held in memory.
 */
async function* byteLines(stream: Readable, max: number): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const finish = (): Buffer | null => {
    const line = overflow ? null : Buffer.concat(parts);
    parts = [];
    size = 0;
    overflow = false;
    return line && line.at(-1) === 0x0d ? line.subarray(0, -1) : line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      if (!overflow) parts.push(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length && !overflow) {
      size += chunk.length - from;
      if (size > max) {
        overflow = true;
        parts = [];
      } else parts.push(Buffer.from(chunk.subarray(from)));
    }
  }
  if (size > 0 || parts.length || overflow) yield finish();
}

/** One output line per input line, in order: claims, or the error in place (blank lines too). */
async function runJsonl(engine: Engine, o: Options): Promise<boolean> {
  let ok = true;
  const sources = o.files.length ? o.files : ['-'];
  for (const file of sources) {
    const name = file === '-' ? 'stdin' : file;
    let stream: Readable;
    if (file === '-') stream = process.stdin;
    else {
      try {
        if (statSync(file).isDirectory()) throw new UserError(`${file}: is a directory`);
      } catch (e) {
        ok = false;
        process.stderr.write(`scan: ${e instanceof UserError ? e.message : `${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`}\n`);
        continue;
      }
      stream = createReadStream(file);
    }
    let n = 0;
    try {
      for await (const bytes of byteLines(stream, MAX_LINE_CHARS * 3)) {
        n++;
        let id: unknown = null;
        try {
          if (bytes === null) throw new UserError(`too long (over ${MAX_LINE_CHARS} characters)`);
          let line: string;
          try {
            line = decodeUtf8Strict(bytes);
          } catch {
            throw new UserError('not UTF-8');
          }
          if (line.length > MAX_LINE_CHARS) throw new UserError(`too long (${line.length} characters)`);
          if (!line.trim()) {
            // A blank line: nothing to check, but it keeps its place.
            process.stdout.write(`${JSON.stringify({ id: null, claims: [] })}\n`);
            continue;
          }
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
          const title = (rec as { title?: unknown }).title;
          const claims = engine.checkText(text, { pageLang: o.lang, title: typeof title === 'string' ? title : undefined });
          process.stdout.write(`${JSON.stringify({ id, claims: claims.map(claimJson) })}\n`);
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          ok = false;
          process.stderr.write(`scan: ${name} line ${n}: ${e.message}\n`);
          process.stdout.write(`${JSON.stringify({ id, error: e.message })}\n`);
        }
      }
    } catch (e) {
      if (e instanceof UserError) throw e;
      if ((e as NodeJS.ErrnoException).code === undefined) throw e;
      ok = false;
      process.stderr.write(`scan: ${name}: cannot read (${(e as NodeJS.ErrnoException).code})\n`);
    }
  }
  return ok;
}

async function main(): Promise<number> {
  let o: Options;
  let engine: Engine;
  try {
    o = parseArgs(process.argv.slice(2));
    engine = loadEngine(o);
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`scan: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (o.jsonl) return (await runJsonl(engine, o)) ? 0 : 1;

  let ok = true;
  for (const file of o.files) {
    try {
      const page = readInput(file, o);
      const pageLang = o.lang ?? page.lang;
      if (o.claimreview) {
        const lang: Lang = pageLang ?? 'fr';
        const claims = engine.checkText(page.text, { title: page.title, pageLang, lang });
        const url = page.url ?? (file === '-' ? 'about:stdin' : pathToFileURL(file).href);
        const labels = { supported: verdictLabel('supported', lang), outdated: verdictLabel('outdated', lang), contradicted: verdictLabel('contradicted', lang) };
        const doc = toClaimReview({ url, title: page.title || undefined, datePublished: page.datePublished }, claims, { lang, now: new Date(), labels });
        process.stdout.write(`${JSON.stringify(doc)}\n`);
        continue;
      }
      const claims = engine.checkText(page.text, { title: page.title, pageLang });
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
