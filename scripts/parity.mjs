#!/usr/bin/env node
/**
 * The parity report: for each chapter, the English and Japanese editions side by side, unit by
 * unit (titles, step alts, <Check> claims, headings, paragraphs): the figures each gives once
 * units are normalised, and every difference — step ids, cite ids, <Check> sources, a figure in
 * one edition and not the other — with the allow-list's deliberate differences marked.
 *
 *   npm run parity              the summary and every difference
 *   npm run parity -- --all     every unit's figures too
 *
 * Exits 1 when there is a difference the allow-list does not explain (the same rule as
 * tests/content/parity.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compareChapter } from '../src/lib/content/parity.js';
import { PARITY_ALLOW } from '../tests/content/parity-allow.js';

const root = new URL('..', import.meta.url).pathname;
const all = process.argv.includes('--all');
const files = readdirSync(`${root}content/en/chapters`)
  .filter((f) => f.endsWith('.md'))
  .sort();
const slug = (/** @type {string} */ text) => /^slug:\s*(\S+)/m.exec(text)?.[1] ?? '?';

let problems = 0;
const lines = [];
lines.push('chapter        units  figures(en)  allowed  differences');
for (const f of files) {
  const en = readFileSync(`${root}content/en/chapters/${f}`, 'utf8');
  const ja = readFileSync(`${root}content/ja/chapters/${f}`, 'utf8');
  const s = slug(en);
  const r = compareChapter(s, en, ja, PARITY_ALLOW);
  const allowed = r.rows.filter((x) => x.allowed.length).length;
  problems += r.differences.length;
  lines.push(
    `${`${f.replace(/\.md$/, '')}`.padEnd(15)}${String(r.units).padStart(5)}  ${String(r.figures).padStart(11)}  ${String(allowed).padStart(7)}  ${String(r.differences.length).padStart(11)}`
  );
  for (const d of r.differences) {
    lines.push(`    ✗ ${d.unit} (en:${d.line.en}, ja:${d.line.ja}): ${d.problem}`);
  }
  for (const row of r.rows) {
    if (row.allowed.length) lines.push(`    ≈ ${row.unit}: allowed ${row.allowed.join(', ')}`);
    if (all && (row.en.length || row.ja.length)) {
      lines.push(`      ${row.unit.padEnd(24)} en [${row.en.join(', ')}]`);
      lines.push(`      ${''.padEnd(24)} ja [${row.ja.join(', ')}]`);
    }
  }
}
lines.push(
  problems
    ? `\n${problems} difference(s): fix the figure in the edition that is wrong, or (deliberate) add it to tests/content/parity-allow.js with the reason.`
    : '\nThe editions agree: same steps, cites, checks and figures in every chapter.'
);
console.log(lines.join('\n'));
process.exit(problems ? 1 : 0);
