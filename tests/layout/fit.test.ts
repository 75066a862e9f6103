/**
 * Every label of every chart, at every step and before the first, at every size the product
 * serves (SURFACE_SIZES), laid out and measured in Chromium with DejaVu Sans: inside the frame,
 * not overlapping another label, at least 12 px. One test per chart × size; see README.md.
 *   TEST_STAGE=layout npx vitest run -t the-bet
 *   FIT_REPORT=/tmp/fit-report.md TEST_STAGE=layout npx vitest run    (also writes every problem as Markdown)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { SURFACE_SIZES, type Surface } from '$lib/charts/sizes';
import { charts, renderChartSvg, stepIds } from '$lib/server/charts';
import { launch } from '../../scripts/browser.mjs';
import { findFitProblems, measureLabels, openFitPage, type FitProblem } from '../helpers/fit';
import { writeFitReport, type Finding } from './report';

const surfaces = Object.keys(SURFACE_SIZES) as Surface[];
const sizeName = (s: Surface) => `${s} ${SURFACE_SIZES[s].width}×${SURFACE_SIZES[s].height}`;

let browser: Browser | undefined;
let page: Page | undefined;
// A failing beforeAll would only mark the tests skipped; keep the error and fail every test with it.
let setupError: unknown;
const findings: Finding[] = [];

beforeAll(async () => {
  try {
    browser = await launch();
    page = await openFitPage(browser);
  } catch (e) {
    setupError = e;
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (process.env.FIT_REPORT && !setupError) {
    writeFitReport(process.env.FIT_REPORT, findings, [...charts.keys()].sort(), surfaces);
  }
});

describe.each([...charts.keys()].sort())('%s', (id) => {
  const chart = charts.get(id)!;
  const steps = [null, ...stepIds(chart)];
  const bySurface = new Map<Surface, string[]>();
  let chartError: unknown;

  beforeAll(async () => {
    if (setupError) return;
    try {
      const scenes = surfaces.flatMap((surface) => steps.map((step) => ({ surface, step })));
      const svgs = scenes.map(({ surface, step }) =>
        renderChartSvg(id, step, { size: SURFACE_SIZES[surface], standalone: true, hidden: true })
      );
      const labels = await measureLabels(page!, svgs);
      scenes.forEach(({ surface, step }, i) => {
        const problems: FitProblem[] = findFitProblems(labels[i]!, SURFACE_SIZES[surface]);
        const where = `${id} @ ${sizeName(surface)}, ${step === null ? 'opening (no step)' : `step "${step}"`}`;
        const lines = bySurface.get(surface) ?? [];
        for (const p of problems) {
          lines.push(`${where}: ${p.message}`);
          findings.push({ chart: id, surface, size: sizeName(surface), step, problem: p });
        }
        bySurface.set(surface, lines);
      });
    } catch (e) {
      chartError = e;
    }
  }, 60_000);

  it.each(surfaces.map((s) => [sizeName(s), s] as const))('%s', (_name, surface) => {
    if (setupError) throw setupError;
    if (chartError) throw chartError;
    const lines = bySurface.get(surface);
    if (!lines) throw new Error(`${id}: nothing was measured at ${sizeName(surface)}`);
    if (lines.length) {
      throw new Error(`${lines.length} label problem${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`);
    }
  });
});
