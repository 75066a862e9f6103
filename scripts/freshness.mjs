#!/usr/bin/env node
// `npm run freshness [-- --today YYYY-MM-DD] [-- --json]`
//
// The maintainer's to-do list after each quarter: every data file in content/data/ whose source
// has (or should have) published newer figures, and the charts that draw it. A file is overdue
// when its `next` date in content/sources/*.json (the next expected release, or for irregular
// sources the date to look again) is on or before today. Data marked `final` never is.
// Exits 0 either way (a list, not a gate); exits 1 only if the sources registry is invalid.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { overdueData, validateSources } from '../src/lib/content/sources-schema.js';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? '') : undefined;
};
const today = flag('--today') ?? process.env.FRESHNESS_TODAY ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today must be YYYY-MM-DD, not "${today}"`);
  process.exit(1);
}

const SOURCES = 'content/sources';
const input = Object.fromEntries(
  readdirSync(SOURCES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [`/${SOURCES}/${f}`, JSON.parse(readFileSync(join(SOURCES, f), 'utf8'))])
);
let registry;
try {
  registry = validateSources(input);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

/** Data file → the charts whose code reads it (src/lib/charts/<id>/*.ts import content/data/<file>). */
function chartsByFile() {
  const out = new Map();
  const root = 'src/lib/charts';
  for (const chart of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(root, chart.name)).filter((f) => /\.(ts|js)$/.test(f))) {
      const code = readFileSync(join(root, chart.name, f), 'utf8');
      for (const m of code.matchAll(/content\/data\/([A-Za-z0-9_.-]+\.(?:csv|json))/g)) {
        const set = out.get(m[1]) ?? new Set();
        set.add(chart.name);
        out.set(m[1], set);
      }
    }
  }
  return out;
}

const usedBy = chartsByFile();
const overdue = overdueData(registry.values(), today).map((o) => ({
  ...o,
  charts: [...(usedBy.get(o.file) ?? [])].sort()
}));
const all = [...registry.values()].flatMap((s) => (s.data ?? []).map((d) => ({ ...d, source: s.id })));

if (args.includes('--json')) {
  console.log(JSON.stringify({ today, overdue }, null, 2));
  process.exit(0);
}

const charts = [...new Set(overdue.flatMap((o) => o.charts))].sort();
console.log(
  `Data freshness as of ${today}: ${overdue.length} of ${all.length} data files are due for an update.`
);
if (overdue.length) {
  const rows = overdue.map((o) => [
    o.file,
    o.charts.join(', ') || '(no chart)',
    o.asOf,
    o.cadence,
    o.next,
    `${o.daysOverdue} d`,
    o.source
  ]);
  const head = ['data file', 'charts', 'as of', 'cadence', 'next release', 'overdue', 'source'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) =>
    r
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log('');
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log('');
  console.log(`Charts to refresh (${charts.length}): ${charts.join(', ')}`);
}
const fresh = all.filter((d) => d.cadence !== 'final' && !overdue.some((o) => o.file === d.file));
if (fresh.length) {
  console.log(
    `\nUp to date until their next release: ${fresh.map((d) => `${d.file} (next ${d.next})`).join('; ')}`
  );
}
const final = all.filter((d) => d.cadence === 'final');
if (final.length)
  console.log(`\nFinal (history that will not change): ${final.map((d) => d.file).join(', ')}`);
