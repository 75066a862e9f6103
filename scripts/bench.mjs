#!/usr/bin/env node
// `npm run bench`: measures the built site against the budgets of DESIGN §6 and prints a table.
//   1. a fresh full build, timed                              (≤ 60 s on 2 cores)
//   2. Lighthouse, mobile preset, median of 3                 (100/100/100/100, LCP ≤ 1.2 s, CLS 0, TBT 0)
//   3. bytes by type on first load; JS gzip                   (≤ 60 KB gzip), third-party requests (0)
//   4. scroll smoothness: whole page at 1500 px/s, 4× CPU slowdown, 390×844 (p95 ≤ 17.5 ms, 0 long tasks)
//   5. npm audit --omit=dev                                   (0 vulnerabilities)
// usage: node scripts/bench.mjs [--skip-build] [--runs 3] [--json out.json]
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from './serve.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : d;
};
const runs = opt('--runs', '3');

// Asynchronous on purpose: the static server runs in this process and must keep answering.
function node(script, scriptArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [new URL(script, import.meta.url).pathname, ...scriptArgs]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${script} failed:\n${err}`));
      else resolve(JSON.parse(out));
    });
  });
}

const rows = [];
const row = (measure, value, budget, ok, note = '') => rows.push({ measure, value, budget, ok, note });

if (!args.includes('--skip-build')) {
  const t0 = Date.now();
  const b = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  const s = (Date.now() - t0) / 1000;
  if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}\n${b.stderr}`);
  row('Full build (all pages, files)', `${s.toFixed(1)} s`, '≤ 60 s', s <= 60);
}

const server = createServer(new URL('../build', import.meta.url).pathname).listen(4180, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = 'http://127.0.0.1:4180/';
try {
  const lh = await node('./bench/lighthouse.mjs', [
    url,
    '--runs',
    runs,
    '--save',
    'bench-results/lighthouse'
  ]);
  const m = lh.median ?? lh;
  for (const k of ['performance', 'accessibility', 'best-practices', 'seo']) {
    const v = m.scores?.[k];
    row(`Lighthouse ${k} (mobile, median of ${runs})`, v, '100', v === 100);
  }
  row('LCP', `${m.LCP_ms} ms`, '≤ 1200 ms', m.LCP_ms <= 1200);
  row('CLS', m.CLS, '0', m.CLS === 0);
  row('TBT', `${m.TBT_ms} ms`, '0 ms', m.TBT_ms === 0);

  const w = await node('./bench/weight.mjs', [url, '--list']);
  const js = w.byType?.js ?? { gzipB: 0, transferB: 0 };
  row(
    'JavaScript on first load (gzip)',
    `${(js.gzipB / 1024).toFixed(1)} KB`,
    '≤ 60 KB',
    js.gzipB <= 60 * 1024
  );
  for (const type of ['html', 'css', 'font', 'image', 'data']) {
    const t = w.byType?.[type];
    if (t) row(`${type.toUpperCase()} on first load (gzip)`, `${(t.gzipB / 1024).toFixed(1)} KB`, '—', true);
  }
  const ws = await node('./bench/weight.mjs', [url, '--scroll', '--list']);
  const all = ws.requests ?? [];
  const third = all.filter((r) => !String(r.url).startsWith(url) && !String(r.url).startsWith('data:'));
  row(
    'JavaScript after scrolling the whole page (gzip)',
    `${((ws.byType?.js?.gzipB ?? 0) / 1024).toFixed(1)} KB`,
    'lazy charts',
    true
  );
  row('Requests to third-party origins', third.length, '0', third.length === 0);

  const sj = await node('./bench/scrolljank.mjs', [
    url,
    '--cpu',
    '4',
    '--speed',
    '1500',
    '--viewport',
    '390x844',
    '--repeat',
    '3'
  ]);
  const med = sj.results[0].median;
  const p95 = med.p95FrameMs;
  const p50 = med.medianFrameMs;
  const lt = med.longTasks;
  row('Scroll frame time, median (1500 px/s, 4× CPU, 390×844)', `${p50} ms`, '—', true);
  row('Scroll frame time, p95', `${p95} ms`, '≤ 17.5 ms', p95 <= 17.5);
  row('Long tasks while scrolling', lt, '0', lt === 0);
  writeFileSync('/tmp/bench-scrolljank.json', JSON.stringify(sj, null, 2));
} finally {
  server.close();
}

// The registry mirror some machines use has no audit endpoint (405): say so rather than guess.
const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(audit.stdout || '{}');
} catch {
  report = {};
}
const vulns = report.metadata?.vulnerabilities?.total;
if (typeof vulns === 'number') row('npm audit --omit=dev', `${vulns} vulnerabilities`, '0', vulns === 0);
else row('npm audit --omit=dev', 'unavailable', '0', true, 'the registry answered without an audit report');

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(14)}  ${'budget (DESIGN §6)'.padEnd(18)}  ok`);
for (const r of rows) {
  console.log(
    `${r.measure.padEnd(width)}  ${String(r.value).padStart(14)}  ${r.budget.padEnd(18)}  ${r.ok ? 'yes' : 'NO'}`
  );
}
const json = opt('--json', null);
if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
process.exit(rows.every((r) => r.ok) ? 0 : 1);
