#!/usr/bin/env node
// Every gate, in order, as one command (`npm test`; CI runs the same through .ci/run):
// type check, format, lint, unit + content + snapshot tests, label fit measured in Chromium
// (layout), the build, checks on the built
// HTML, e2e in Chromium, and the core reading checks in Firefox and WebKit (engines).
// Ends with the line `N passed, N failed` (each vitest test counts; each other gate counts as one).
//
// It must not be able to pass while something is wrong (see docs/testing.md):
// - a vitest stage fails when vitest exits non-zero, when a file fails to load, when a hook fails
//   (its tests are reported as skipped: nothing in this suite is skipped on purpose, so a skipped
//   or todo test is counted as failed), and when a stage ran no test at all;
// - snapshots are never written (CI=true), whatever the environment says;
// - PREVIEW and UPDATE_SNAPSHOT in the caller's environment are ignored;
// - an unknown stage name is an error; asking for a stage that needs the build builds first.
// usage: node scripts/test-all.mjs [stage …]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STAGES = ['sync', 'check', 'format', 'lint', 'unit', 'layout', 'build', 'build-html', 'e2e', 'engines'];
/** Stages that test the built site: asking for one alone still builds it first. */
const NEEDS_BUILD = ['build-html', 'e2e', 'engines'];

const asked = process.argv.slice(2);
const unknown = asked.filter((s) => !STAGES.includes(s));
if (unknown.length) {
  console.error(`Unknown stage: ${unknown.join(', ')}. Stages: ${STAGES.join(', ')}.`);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
const wanted = new Set(asked.length ? asked : STAGES);
if (NEEDS_BUILD.some((s) => wanted.has(s))) wanted.add('build');

const tmp = mkdtempSync(join(tmpdir(), 'tests-'));
let passed = 0;
let failed = 0;
const failures = [];

// What a developer's shell may hold must not change what runs.
const env = { ...process.env, TZ: 'UTC', CI: 'true' };
delete env.PREVIEW;
delete env.UPDATE_SNAPSHOT;
delete env.TEST_STAGE;

function run(name, cmd, args, extra = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
  const ok = r.status === 0;
  console.log(`  ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function fail(what) {
  failed++;
  failures.push(what);
}

function gate(name, cmd, args) {
  if (!wanted.has(name)) return true;
  const ok = run(name, cmd, args);
  if (ok) passed++;
  else fail(name);
  return ok;
}

/** One vitest stage; `stage` picks the files (vite.config.ts). */
function vitest(name) {
  if (!wanted.has(name)) return true;
  const out = join(tmp, `${name}.json`);
  const ok = run(
    name,
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`],
    { TEST_STAGE: name }
  );
  if (!existsSync(out)) {
    fail(`${name}: vitest wrote no report`);
    return false;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  let counted = report.numFailedTests;
  for (const f of report.testResults) {
    for (const a of f.assertionResults) {
      if (a.status === 'failed') failures.push(`${name}: ${a.fullName}`);
      // Nothing is skipped on purpose: a skipped test means its hook (say, a browser launch) failed.
      if (a.status === 'pending' || a.status === 'skipped' || a.status === 'todo') {
        counted++;
        failures.push(`${name}: ${a.fullName} did not run (${a.status})`);
      }
    }
    if (f.status === 'failed' && f.assertionResults.length === 0) {
      counted++;
      failures.push(`${name}: ${f.name} did not load: ${(f.message ?? '').split('\n')[0]}`);
    }
  }
  if (report.numTotalTests === 0) {
    counted++;
    failures.push(`${name}: no test ran (did a file move or get renamed?)`);
  }
  // Hook errors, unhandled errors and failed suites make vitest exit non-zero without a failed test.
  if (!ok && counted === 0) {
    counted++;
    failures.push(`${name}: vitest exited with an error outside any test (see the log above)`);
  }
  failed += counted;
  return ok && counted === 0;
}

try {
  gate('sync', 'npx', ['svelte-kit', 'sync']);
  gate('check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
  gate('format', 'npx', ['prettier', '--check', '.']);
  gate('lint', 'npx', ['eslint', '.']);
  vitest('unit');
  vitest('layout');
  const built = gate('build', 'npm', ['run', 'build']);
  if (built) {
    vitest('build-html');
    vitest('e2e');
    vitest('engines');
  } else {
    for (const s of NEEDS_BUILD) if (wanted.has(s)) fail(`${s}: not run because the build failed`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
