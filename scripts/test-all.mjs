#!/usr/bin/env node
// Every gate, in order, as one command (`npm test`; CI runs the same through .ci/run):
// type check, lint, unit + content + snapshot tests, build, checks on the built HTML, e2e in
// Chromium. Ends with the line `N passed, N failed` (each vitest test counts; each other gate
// counts as one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv.slice(2);
const tmp = mkdtempSync(join(tmpdir(), 'tests-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } });
  console.log(`  ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

function gate(name, cmd, args) {
  if (only.length && !only.includes(name)) return true;
  const ok = run(name, cmd, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

function vitest(name, stage) {
  if (only.length && !only.includes(name)) return true;
  const out = join(tmp, `${stage}.json`);
  const ok = run(
    name,
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`],
    {
      TEST_STAGE: stage
    }
  );
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A file that fails to load has no tests to count: count it as a failure.
    const broken = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
    failed += broken.length;
    for (const f of report.testResults) {
      for (const a of f.assertionResults) if (a.status === 'failed') failures.push(`${stage}: ${a.fullName}`);
    }
    for (const f of broken) failures.push(`${stage}: ${f.name} did not load`);
  } else if (!ok) {
    failed++;
    failures.push(`${stage}: vitest did not run`);
  }
  return ok;
}

gate('sync', 'npx', ['svelte-kit', 'sync']);
gate('check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
gate('format', 'npx', ['prettier', '--check', '.']);
gate('lint', 'npx', ['eslint', '.']);
vitest('unit', 'unit');
const built = gate('build', 'npm', ['run', 'build']);
if (built) {
  vitest('build-html', 'build');
  vitest('e2e', 'e2e');
} else if (!only.length || only.includes('e2e')) {
  failed += 2;
  failures.push('build-html and e2e: skipped because the build failed');
}

if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
