/**
 * The layout stage's findings as Markdown, grouped by chart, for the chart authors to work from:
 *   FIT_REPORT=/tmp/fit-report.md TEST_STAGE=layout npx vitest run
 */
import { writeFileSync } from 'node:fs';
import type { FitProblem } from '../helpers/fit';

export interface Finding {
  chart: string;
  /** The edition: 'en' or 'ja'. */
  locale: string;
  surface: string;
  /** e.g. "phone 370×380" */
  size: string;
  step: string | null;
  problem: FitProblem;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
const count = (list: readonly Finding[], kind: FitProblem['kind']) =>
  list.filter((f) => f.problem.kind === kind).length;
const faded = (f: Finding) =>
  f.problem.kind === 'overlap' && Math.min(f.problem.label.opacity, f.problem.other!.opacity) < 0.5;
/** Boxes overlap vertically by less than a quarter of the smaller font: maybe only the ascender/descender space. */
const shallow = (f: Finding) => {
  const { label: a, other: b } = f.problem;
  if (f.problem.kind !== 'overlap' || !b) return false;
  const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return dy < 0.25 * Math.min(a.fontSize, b.fontSize);
};

/** `allCharts` and `surfaces` give the rows and columns of the chart × size table (passing ones too). */
export function writeFitReport(
  file: string,
  findings: readonly Finding[],
  allCharts: readonly string[],
  surfaces: readonly string[]
): void {
  const byChart = new Map<string, Finding[]>();
  for (const f of findings) byChart.set(f.chart, [...(byChart.get(f.chart) ?? []), f]);
  const charts = [...byChart.keys()].sort((a, b) => byChart.get(b)!.length - byChart.get(a)!.length);
  // The same problem at the same size in several steps (same label, same place) is one row.
  const rows = (list: readonly Finding[]) => {
    const m = new Map<string, { f: Finding; steps: string[] }>();
    for (const f of list) {
      const key = `${f.locale} ${f.size}\n${f.problem.message}`;
      const row = m.get(key) ?? { f, steps: [] };
      row.steps.push(f.step ?? '(opening)');
      m.set(key, row);
    }
    return [...m.values()];
  };

  const out = [
    '# Label fit: every chart × step × size, measured in Chromium',
    '',
    `Written by \`FIT_REPORT=<file> TEST_STAGE=layout npx vitest run\` (tests/layout) on ${new Date().toISOString().slice(0, 10)}.`,
    'Each <text> is laid out in Chromium in DejaVu Sans (Japanese in Noto Sans CJK JP) and measured with getBBox(): the width is the',
    'advance width, the height the font’s ascent + descent (0.93 + 0.24 em), a little taller than the ink.',
    'A problem is one label (or pair of labels) at one size in one step; a row groups the steps where the',
    'identical problem recurs. "faded" = one of the two labels is drawn at opacity < 0.5; "shallow" =',
    'the boxes overlap vertically by less than ¼ em (may be ascender/descender space rather than ink).',
    '',
    `**${findings.length} problems** (${count(findings, 'frame')} outside the frame, ${count(findings, 'overlap')} overlaps, ` +
      `${count(findings, 'font')} below 12 px, ${count(findings, 'glyph')} with glyphs neither font has) in ${charts.length} charts; ${rows(findings).length} distinct rows.`,
    '',
    'Problems per chart and size (✓ = that test passes):',
    '',
    `| chart | ${surfaces.join(' | ')} |`,
    `|---|${surfaces.map(() => '---:').join('|')}|`,
    ...allCharts.map((c) => {
      const cells = surfaces.map(
        (s) => findings.filter((f) => f.chart === c && f.surface === s).length || '✓'
      );
      return `| ${c} | ${cells.join(' | ')} |`;
    }),
    `| **all** | ${surfaces.map((s) => findings.filter((f) => f.surface === s).length).join(' | ')} |`,
    '',
    'By kind:',
    '',
    '| chart | problems | distinct | outside | overlap | of which faded | of which shallow | < 12 px | glyph | sizes |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|'
  ];
  for (const c of charts) {
    const list = byChart.get(c)!;
    const sizes = [...new Set(list.map((f) => f.surface))].join(', ');
    out.push(
      `| ${c} | ${list.length} | ${rows(list).length} | ${count(list, 'frame')} | ${count(list, 'overlap')} | ` +
        `${list.filter(faded).length} | ${list.filter(shallow).length} | ${count(list, 'font')} | ${count(list, 'glyph')} | ${sizes} |`
    );
  }
  for (const c of charts) {
    const list = byChart.get(c)!;
    out.push(
      '',
      `## ${c}: ${list.length} problems (${count(list, 'frame')} outside, ${count(list, 'overlap')} overlaps, ${count(list, 'font')} below 12 px, ${count(list, 'glyph')} glyph)`,
      '',
      '| edition | size | steps | label | problem |',
      '|---|---|---|---|---|'
    );
    for (const { f, steps } of rows(list)) {
      out.push(
        `| ${f.locale} | ${f.size} | ${steps.join(', ')} | ${cell(f.problem.label.text)} | ${cell(f.problem.message)} |`
      );
    }
  }
  writeFileSync(file, out.join('\n') + '\n');
}
