/**
 * The store packages, as `npm run zip` and `npm run zip:firefox` write them (scripts/test-all.mjs
 * builds them before this suite): manifests with icons and the Firefox add-on settings, no HTML or
 * code sink in any bundle of ours, `web-ext lint` clean, and a sources zip that is complete, clean
 * and rebuilds to the same files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const OUT = join(ROOT, '.output');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const CHROME = join(OUT, 'chrome-mv3');
const FIREFOX = join(OUT, 'firefox-mv3');
const SOURCES_ZIP = join(OUT, `${pkg.name}-${pkg.version}-sources.zip`);
const STORE_ZIPS = [join(OUT, `${pkg.name}-${pkg.version}-chrome.zip`), join(OUT, `${pkg.name}-${pkg.version}-firefox.zip`)];

const missing = [CHROME, FIREFOX].find((d) => !existsSync(join(d, 'manifest.json')));
const why = missing ? `${relative(ROOT, missing)} not built (npm run zip && npm run zip:firefox)` : undefined;
if (why) console.warn(`store package tests skipped: ${why}`);
const required = !!process.env.INFRACHECK_REQUIRE_E2E;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(files(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/** Every HTML or code sink we refuse in a shipped bundle. */
export const SINKS: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\s*=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function( call', /(?<![\w$])(?:globalThis\.|window\.|self\.)?Function\s*\(/],
  ['setTimeout with a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
];

// Under `npm test` (INFRACHECK_REQUIRE_E2E) a missing build fails these tests instead of skipping them.
describe.skipIf(!!why && !required)('store packages', () => {
  it('have icons at 16, 32, 48 and 128 px, in the manifest and for the toolbar', () => {
    for (const dir of [CHROME, FIREFOX]) {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(m.manifest_version).toBe(3);
      for (const size of ['16', '32', '48', '128']) {
        for (const icons of [m.icons, m.action.default_icon]) {
          const file = join(dir, icons[size]);
          const png = readFileSync(file);
          expect(png.subarray(1, 4).toString()).toBe('PNG');
          expect(png.readUInt32BE(16)).toBe(Number(size)); // IHDR width
          expect(png.readUInt32BE(20)).toBe(Number(size)); // IHDR height
        }
      }
    }
  });

  it('Firefox: a fixed add-on id, no data collection; Chrome: no Firefox keys', () => {
    const fx = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    expect(fx.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(fx.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(fx.background.scripts).toBeDefined();
    const ch = JSON.parse(readFileSync(join(CHROME, 'manifest.json'), 'utf8'));
    expect(ch.browser_specific_settings).toBeUndefined();
    expect(ch.background.service_worker).toBeDefined();
    // Store builds never carry the e2e build's 127.0.0.1/localhost access.
    for (const m of [fx, ch]) {
      expect(m.host_permissions ?? []).toEqual([]);
      expect(JSON.stringify(m.content_scripts)).not.toMatch(/127\.0\.0\.1|localhost/);
      expect(m.permissions.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
      expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    }
  });

  it('contain no HTML or code sink in any bundle', () => {
    const dirs = readdirSync(OUT).filter((d) => /^(chrome-mv3|firefox)/.test(d) && statSync(join(OUT, d)).isDirectory());
    expect(dirs).toEqual(expect.arrayContaining(['chrome-mv3', 'firefox-mv3']));
    const found: string[] = [];
    let scanned = 0;
    for (const d of dirs) {
      for (const f of files(join(OUT, d)).filter((x) => x.endsWith('.js'))) {
        const code = readFileSync(join(OUT, d, f), 'utf8');
        scanned += 1;
        for (const [name, re] of SINKS) {
          const m = re.exec(code);
          if (m) found.push(`${d}/${f}: ${name} … ${code.slice(Math.max(0, m.index - 60), m.index + 60)}`);
        }
      }
    }
    expect(scanned).toBeGreaterThanOrEqual(8);
    expect(found).toEqual([]);
  });

  it('web-ext lint: 0 errors, 0 warnings on the Firefox package', () => {
    const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string; message: string; file?: string }[];
      warnings: { code: string; message: string; file?: string }[];
    };
    const show = (xs: { code: string; message: string; file?: string }[]) => xs.map((x) => `${x.code} ${x.file ?? ''}: ${x.message}`);
    console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
    expect(show(report.errors)).toEqual([]);
    expect(show(report.warnings)).toEqual([]);
  });

  it('store zips exist and hold exactly the build', async () => {
    const { default: JSZip } = await import('jszip');
    for (const [zipPath, dir] of [[STORE_ZIPS[0], CHROME], [STORE_ZIPS[1], FIREFOX]] as const) {
      expect(existsSync(zipPath), zipPath).toBe(true);
      const zip = await JSZip.loadAsync(readFileSync(zipPath));
      const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
      expect(names).toEqual(files(dir));
      console.log(`${relative(ROOT, zipPath)}: ${(statSync(zipPath).size / 1024).toFixed(0)} kB, ${names.length} files`);
    }
  });

  it('the sources zip is clean, complete, and rebuilds to the same Firefox package', { timeout: 180_000 }, async () => {
    const { default: JSZip } = await import('jszip');
    expect(existsSync(SOURCES_ZIP), SOURCES_ZIP).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(SOURCES_ZIP));
    const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
    // Nothing local, generated or test-only.
    expect(names.filter((n) => /^(tests|bench|node_modules|\.output|\.wxt|facts\/generated)\/|(^|\/)\.|\.log$|^web-ext\.config/.test(n))).toEqual([]);
    // Every tracked file the build needs is there (everything tracked but tests, bench, CI, dotfiles).
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    // (A file written after the zip was made — someone editing during a long run — cannot be in it.)
    const zippedAt = statSync(SOURCES_ZIP).mtimeMs;
    const needed = tracked.filter((f) => !/^(tests|bench|\.ci)\/|^\.|^vitest/.test(f) && existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).mtimeMs <= zippedAt);
    expect(needed.filter((f) => !names.includes(f))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md']));
    // No path from this machine in any file.
    const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const local = [ROOT, tmpdir(), process.env.HOME ?? ''].filter((p) => p.length > 1).map((p) => [p, new RegExp(`(?<![\\w./@-])${escape(p)}(?=/|$|["'\\s])`)] as const);
    for (const n of names) {
      const text = await zip.file(n)!.async('string');
      for (const [p, re] of local) expect(re.test(text), `${n} mentions ${p}`).toBe(false);
    }
    // Rebuild in a scratch directory. The dependencies are package-lock's, already installed here
    // (linked rather than `npm ci` again: same tree, no network, seconds instead of minutes).
    const dir = mkdtempSync(join(tmpdir(), 'infracheck-sources-'));
    try {
      for (const n of names) {
        const target = join(dir, n);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, await zip.file(n)!.async('nodebuffer'));
      }
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      // As from a shell: vitest's NODE_ENV=test would change what Vite writes.
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
      execFileSync('npx', ['tsx', 'scripts/build-facts.ts'], { cwd: dir, stdio: 'pipe', env });
      execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: dir, stdio: 'pipe', env });
      expect(hashes(join(dir, '.output', 'firefox-mv3'))).toEqual(hashes(FIREFOX));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
