/**
 * A build-time Vite plugin: our bundles must contain no HTML or code sink (`innerHTML`,
 * `insertAdjacentHTML`, `document.write`, `eval(`, `new Function`), so a reviewer (and
 * `web-ext lint`) can see at a glance that no page text, pack string or setting can become markup
 * or code. Two libraries carry one each, in branches we never take:
 *
 * - zod probes `new Function("")` once to decide whether to JIT-compile object parsers. We set
 *   `z.config({ jitless: true })` (engine/facts/schema.ts), so the probe is dead code — but still in
 *   the bundle. Here the probe is replaced by `return false` ("no eval"), which is what jitless
 *   means anyway.
 * - Preact applies `dangerouslySetInnerHTML` with `dom.innerHTML = …`. No component of ours uses
 *   that prop; the branch is replaced by a throw, so using it fails loudly instead of writing HTML.
 *
 * Each rewrite must match exactly once, or the build fails: a library upgrade that moves the code
 * is noticed here, and tests/bundle-sinks.test.ts checks the shipped files.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  /** Module id test (resolved path). */
  id: RegExp;
  find: RegExp;
  replace: string;
  why: string;
}

const REWRITES: Rewrite[] = [
  {
    id: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/,
    replace: 'return false;',
    why: "zod's allowsEval probe",
  },
  {
    id: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/,
    // h ? (l || y && (h.__html == y.__html || h.__html == t.innerHTML) || (t.innerHTML = h.__html), r.__k = []) :
    find: /(\w+)\?\(\w+\|\|\w+&&\(\1\.__html==\w+\.__html\|\|\1\.__html==(\w+)\.innerHTML\)\|\|\(\2\.innerHTML=\1\.__html\),\w+\.__k=\[\]\):/,
    replace: '$1?(()=>{throw Error("InfraCheck: dangerouslySetInnerHTML is not supported")})():',
    why: "Preact's dangerouslySetInnerHTML branch",
  },
];

export function noUnsafeSinks(): Plugin {
  return {
    name: 'infracheck-no-unsafe-sinks',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0];
      for (const r of REWRITES) {
        if (!r.id.test(path)) continue;
        const hits = code.match(new RegExp(r.find.source, 'g'))?.length ?? 0;
        if (hits !== 1) this.error(`${r.why}: expected one match in ${path}, found ${hits} (library changed? update scripts/vite-no-unsafe-sinks.ts)`);
        return { code: code.replace(r.find, r.replace), map: null };
      }
      return null;
    },
  };
}
