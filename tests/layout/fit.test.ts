/**
 * Every label of every chart, at every step and before the first, at every size the product
 * serves (SURFACE_SIZES), in every edition (CHART_LOCALES: English and Japanese), laid out and
 * measured in Chromium with DejaVu Sans and Noto Sans CJK JP: inside the frame, not overlapping
 * another label, at least 12 px. One test per chart × size × edition; see README.md.
 *   TEST_STAGE=layout npx vitest run -t the-bet
 *   TEST_STAGE=layout npx vitest run -t "the-bet phone 366×412 ja"
 *   FIT_REPORT=/tmp/fit-report.md TEST_STAGE=layout npx vitest run    (also writes every problem as Markdown)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CHART_LOCALES } from '$lib/charts/locales';
import { SURFACE_SIZES, type Surface } from '$lib/charts/sizes';
import type { Locale } from '$lib/locale';
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
  const key = (surface: Surface, locale: Locale) => `${surface} ${locale}`;
  const found = new Map<string, string[]>();
  let chartError: unknown;

  beforeAll(async () => {
    if (setupError) return;
    try {
      const scenes = CHART_LOCALES.flatMap((locale) =>
        surfaces.flatMap((surface) => steps.map((step) => ({ locale, surface, step })))
      );
      const svgs = scenes.map(({ locale, surface, step }) =>
        renderChartSvg(id, step, { size: SURFACE_SIZES[surface], standalone: true, hidden: true, locale })
      );
      const labels = await measureLabels(page!, svgs);
      scenes.forEach(({ locale, surface, step }, i) => {
        const problems: FitProblem[] = findFitProblems(labels[i]!, SURFACE_SIZES[surface]);
        const where = `${id} [${locale}] @ ${sizeName(surface)}, ${step === null ? 'opening (no step)' : `step "${step}"`}`;
        const lines = found.get(key(surface, locale)) ?? [];
        for (const p of problems) {
          lines.push(`${where}: ${p.message}`);
          findings.push({ chart: id, locale, surface, size: sizeName(surface), step, problem: p });
        }
        found.set(key(surface, locale), lines);
      });
    } catch (e) {
      chartError = e;
    }
  }, 60_000);

  const cases = CHART_LOCALES.flatMap((locale) =>
    surfaces.map((s) => [`${sizeName(s)} ${locale}`, s, locale] as const)
  );
  it.each(cases)('%s', (_name, surface, locale) => {
    if (setupError) throw setupError;
    if (chartError) throw chartError;
    const lines = found.get(key(surface, locale));
    if (!lines) throw new Error(`${id}: nothing was measured at ${sizeName(surface)} in ${locale}`);
    if (lines.length) {
      throw new Error(`${lines.length} label problem${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`);
    }
  });
});
