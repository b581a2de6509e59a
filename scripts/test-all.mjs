// `npm test`: unit + DOM + background tests (vitest), then the built extension in Chromium (e2e).
// Ends with one plain line "N passed, N failed" covering the whole run (CI reads that line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'tests/artifacts';
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  return r.status ?? 1;
}

function vitest(name, extra) {
  const file = `${out}/${name}.json`;
  rmSync(file, { force: true });
  const code = run('npx', ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  if (!existsSync(file)) {
    console.error(`${name}: vitest produced no report (exit ${code})`);
    failed += 1;
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that failed to load has no test results but must count.
  for (const s of r.testResults ?? []) if (s.status === 'failed' && !(s.assertionResults ?? []).length) failed += 1;
}

vitest('unit', []);
if (process.env.SKIP_E2E) {
  console.log('e2e: skipped (SKIP_E2E is set)');
} else if (run('npx', ['tsx', 'scripts/build-facts.ts']) !== 0 || run('npx', ['wxt', 'build', '--mode', 'e2e']) !== 0) {
  console.error('e2e: the extension did not build');
  failed += 1;
} else {
  vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
}
if (skipped) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
