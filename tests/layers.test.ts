/**
 * The layers point one way: engine ← dom ← extension ← entrypoints, with components as views
 * (data and callbacks in, no browser API, no adapter runtime code). This test reads every import
 * of the source tree and fails, naming the file and the import, when one points the wrong way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../facts/node';

/** Top-level folders of the source tree, each a layer. */
const LAYERS = ['engine', 'dom', 'extension', 'components', 'i18n', 'entrypoints', 'cli', 'bench', 'facts'] as const;
type Layer = (typeof LAYERS)[number] | 'tests' | 'scripts' | 'other';

/** Packages that talk to the browser (or render UI): never in the pure core or the DOM adapter. */
const BROWSER_PACKAGES = /^(wxt(\/|$)|webextension-polyfill|@wxt-dev\/)/;
const UI_PACKAGES = /^preact(\/|$)/;
const NODE_ONLY = /^(node:|happy-dom$|fs$|path$)/;

export interface Import {
  from: string;
  spec: string;
  typeOnly: boolean;
}

/** `import … from`, `export … from`, bare `import '…'` and `import('…')`. */
const IMPORT_RE = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(file: string, source: string): Import[] {
  const out: Import[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    const spec = m[3] ?? m[4];
    out.push({ from: file, spec, typeOnly: !!m[2] });
  }
  return out;
}

function layerOf(path: string): Layer {
  const top = path.split('/')[0];
  return (LAYERS as readonly string[]).includes(top) ? (top as Layer) : top === 'tests' || top === 'scripts' ? top : 'other';
}

/** Why this import breaks the layering, or undefined when it is fine. */
export function violation(imp: Import): string | undefined {
  const layer = layerOf(imp.from);
  const relativeSpec = imp.spec.startsWith('.');
  const target = relativeSpec ? layerOf(relative(ROOT, resolve(ROOT, dirname(imp.from), imp.spec)).replace(/\\/g, '/')) : undefined;
  const pkg = relativeSpec ? undefined : imp.spec;
  switch (layer) {
    case 'engine':
      if (pkg && (BROWSER_PACKAGES.test(pkg) || UI_PACKAGES.test(pkg) || NODE_ONLY.test(pkg))) return 'the engine is pure: no browser, UI or Node API';
      if (target && target !== 'engine' && !(target === 'facts' && imp.typeOnly)) return `the engine imports nothing outside engine/ (here ${target}/)`;
      return undefined;
    case 'dom':
      if (pkg && (BROWSER_PACKAGES.test(pkg) || UI_PACKAGES.test(pkg))) return 'the DOM adapter uses no browser API and no UI library (the renderer is handed in)';
      if (target && !['dom', 'engine'].includes(target)) return `dom/ depends on the engine only (here ${target}/)`;
      return undefined;
    case 'components':
    case 'i18n':
      if (pkg && BROWSER_PACKAGES.test(pkg)) return 'views call no browser API: their controller (extension/) does';
      if (target && ['extension', 'dom', 'entrypoints', 'cli'].includes(target) && !imp.typeOnly) return `views import no runtime code from ${target}/ (types only)`;
      if (layer === 'i18n' && target === 'components') return 'i18n knows nothing of the views';
      return undefined;
    case 'extension':
      if (target && ['entrypoints', 'cli', 'bench', 'tests', 'scripts'].includes(target)) return `extension/ never imports ${target}/`;
      return undefined;
    case 'entrypoints':
      if (target && ['cli', 'bench', 'tests', 'scripts'].includes(target)) return `entrypoints never import ${target}/`;
      return undefined;
    case 'cli':
      if (pkg && BROWSER_PACKAGES.test(pkg)) return 'the CLI runs in Node: no browser API';
      if (target && ['extension', 'components', 'entrypoints'].includes(target)) return `the CLI never imports ${target}/`;
      return undefined;
    default:
      return undefined;
  }
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (e === 'node_modules' || e === 'generated' || e.startsWith('.')) continue;
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|mts)$/.test(e) && !e.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

describe('layers', () => {
  it('no import points the wrong way', () => {
    const bad: string[] = [];
    let count = 0;
    for (const layer of LAYERS) {
      for (const file of sourceFiles(join(ROOT, layer))) {
        const rel = relative(ROOT, file).replace(/\\/g, '/');
        for (const imp of importsOf(rel, readFileSync(file, 'utf8'))) {
          count++;
          const why = violation(imp);
          if (why) bad.push(`${rel}: '${imp.spec}' — ${why}`);
        }
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });

  it('catches each kind of wrong-way import', () => {
    const v = (from: string, spec: string, typeOnly = false) => violation({ from, spec, typeOnly });
    expect(v('dom/badges.ts', '../components/Badge')).toMatch(/engine only/);
    expect(v('dom/page-scanner.ts', '../extension/messages')).toMatch(/engine only/);
    expect(v('dom/badges.ts', 'preact')).toMatch(/renderer is handed in/);
    expect(v('engine/match/check.ts', '../../extension/settings')).toMatch(/outside engine/);
    expect(v('engine/match/check.ts', 'wxt/browser')).toMatch(/pure/);
    expect(v('engine/match/check.ts', '../../facts/generated/bundled.json')).toMatch(/outside engine/);
    expect(v('engine/match/check.ts', '../../facts/generated/bundled.json', true)).toBeUndefined();
    expect(v('components/Popup.tsx', 'wxt/browser')).toMatch(/controller/);
    expect(v('components/Popup.tsx', '../dom/page-scanner')).toMatch(/types only/);
    expect(v('components/Popup.tsx', '../dom/page-scanner', true)).toBeUndefined();
    expect(v('components/Popup.tsx', '../extension/storage')).toMatch(/types only/);
    expect(v('extension/content-app.ts', '../entrypoints/content')).toMatch(/never imports/);
    expect(v('cli/scan.ts', '../extension/settings')).toMatch(/never imports/);
    expect(v('extension/content-app.ts', '../dom/page-scanner')).toBeUndefined();
    expect(importsOf('x.ts', "import type { A } from './a';\nexport { b } from \"./b\";\nconst c = await import('./c');\nimport './d.css';").map((i) => [i.spec, i.typeOnly])).toEqual([
      ['./a', true], ['./b', false], ['./c', false], ['./d.css', false],
    ]);
  });
});
