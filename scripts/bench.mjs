#!/usr/bin/env node
// `npm run bench`: measures the built site against the budgets in docs/budgets.md and prints
// every run (not only medians) with the machine's load while it ran. Progress goes to stderr.
//   1. a fresh full build, timed                              (≤ 60 s on 2 cores)
//   2. Lighthouse, mobile preset, N runs                      (100/100/100/100 in EVERY run, LCP ≤ 1.2 s, CLS 0, TBT 0)
//   3. bytes by type on first load; JS gzip                   (≤ 30 KB gzip), third-party requests (0)
//   4. scroll smoothness: the whole page at 1500 px/s, 4× CPU slowdown, 390×844, N runs
//                                                             (p95 ≤ 17.5 ms and 0 long tasks in every run)
//   5. npm audit --omit=dev                                   (0 vulnerabilities where the registry answers)
// usage: node scripts/bench.mjs [--skip-build] [--runs 3] [--json out.json] [--url http://…/]
// The machine is shared with whatever else runs: compare runs made at the same load, and read
// the load column before reading a number (a load above the number of cores means noise).
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { createServer } from './serve.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : d;
};
const runs = Number(opt('--runs', '3'));
const progress = (m) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const load = () => loadavg()[0].toFixed(2);

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
progress(
  `${cpus().length} cores, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (1, 5, 15 min)`
);

if (!args.includes('--skip-build')) {
  progress('full build…');
  const l0 = load();
  const t0 = Date.now();
  const b = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  const s = (Date.now() - t0) / 1000;
  if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}\n${b.stderr}`);
  row('Full build (all pages, files)', `${s.toFixed(1)} s`, '≤ 60 s', s <= 60, `load ${l0}`);
}

const given = opt('--url', null);
const server = given
  ? null
  : createServer(new URL('../build', import.meta.url).pathname).listen(4180, '127.0.0.1');
if (server) await new Promise((r) => server.once('listening', r));
const url = given ?? 'http://127.0.0.1:4180/';
try {
  for (let i = 0; i < runs; i++) {
    progress(`Lighthouse run ${i + 1}/${runs} (mobile, simulated 4G and 4× CPU)…`);
    const l0 = load();
    const lh = await node('./bench/lighthouse.mjs', [
      url,
      '--runs',
      '1',
      '--save',
      `bench-results/lighthouse-${i + 1}`
    ]);
    const m = lh.median;
    const s = m.scores;
    const all100 = ['performance', 'accessibility', 'best-practices', 'seo'].every((k) => s[k] === 100);
    row(
      `Lighthouse run ${i + 1}: perf/a11y/BP/SEO`,
      `${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}`,
      '100/100/100/100',
      all100,
      `load ${l0}`
    );
    row(`  run ${i + 1}: LCP`, `${m.LCP_ms} ms`, '≤ 1200 ms', m.LCP_ms <= 1200);
    row(`  run ${i + 1}: TBT`, `${m.TBT_ms} ms`, '0 ms', m.TBT_ms === 0);
    row(`  run ${i + 1}: CLS`, m.CLS, '0', m.CLS === 0);
  }

  progress('bytes on first load…');
  const w = await node('./bench/weight.mjs', [url, '--list']);
  const js = w.byType?.js ?? { gzipB: 0, transferB: 0 };
  row(
    'JavaScript on first load (gzip)',
    `${(js.gzipB / 1024).toFixed(1)} KB`,
    '≤ 30 KB',
    js.gzipB <= 30 * 1024
  );
  for (const type of ['html', 'css', 'font', 'image', 'data']) {
    const t = w.byType?.[type];
    if (t) row(`${type.toUpperCase()} on first load (gzip)`, `${(t.gzipB / 1024).toFixed(1)} KB`, '—', true);
  }
  progress('bytes after scrolling the whole page…');
  const ws = await node('./bench/weight.mjs', [url, '--scroll', '--list']);
  const all = ws.requests ?? [];
  const origin = new URL(url).origin;
  const third = all.filter((r) => !String(r.url).startsWith(origin) && !String(r.url).startsWith('data:'));
  row(
    'JavaScript after scrolling the whole page (gzip)',
    `${((ws.byType?.js?.gzipB ?? 0) / 1024).toFixed(1)} KB`,
    'lazy charts',
    true
  );
  row('Requests to third-party origins', third.length, '0', third.length === 0);

  const scroll = [];
  for (let i = 0; i < runs; i++) {
    progress(`scrolling the whole page, run ${i + 1}/${runs} (1500 px/s, 4× CPU, 390×844)…`);
    const l0 = load();
    const sj = await node('./bench/scrolljank.mjs', [
      url,
      '--cpu',
      '4',
      '--speed',
      '1500',
      '--viewport',
      '390x844',
      '--repeat',
      '1'
    ]);
    const r = sj.results[0].runs[0];
    scroll.push(r);
    row(
      `Scroll run ${i + 1}: frame p50 / p95 / max`,
      `${r.medianFrameMs} / ${r.p95FrameMs} / ${r.maxFrameMs} ms`,
      'p95 ≤ 17.5 ms',
      r.p95FrameMs <= 17.5,
      `load ${l0}`
    );
    row(
      `  run ${i + 1}: long tasks (total ms)`,
      `${r.longTasks} (${r.longTaskTotalMs})`,
      '0',
      r.longTasks === 0
    );
  }
  writeFileSync('/tmp/bench-scrolljank.json', JSON.stringify(scroll, null, 2));
} finally {
  server?.close();
}

progress('npm audit…');
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
console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(22)}  ${'budget'.padEnd(16)}  ok   note`);
for (const r of rows) {
  console.log(
    `${r.measure.padEnd(width)}  ${String(r.value).padStart(22)}  ${r.budget.padEnd(16)}  ${r.ok ? 'yes' : 'NO '}  ${r.note}`
  );
}
console.log(
  `\nload at the end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (1, 5, 15 min) on ${cpus().length} cores`
);
const json = opt('--json', null);
if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
process.exit(rows.every((r) => r.ok) ? 0 : 1);
