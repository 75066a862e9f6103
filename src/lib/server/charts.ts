import { chartIds, loadChart } from '$lib/charts/registry';
import { FRAME_SIZE } from '$lib/charts/sizes';
import { sceneFor } from '$lib/charts/state';
import { sceneToSvg, type SvgOptions } from '$lib/charts/svg';
import { loadPhraseBreaking } from '$lib/charts/text';
import type { AnyChart, Size } from '$lib/charts/types';
import { chartTitle } from '$lib/content/outline';
import type { Locale } from '$lib/locale';

/**
 * The build's view of the charts: every chart, loaded through the one registry, and the one
 * function that renders a chart at a step to an SVG string — for the static frames, print, the
 * downloads and the cards. Build time only.
 */
// Japanese labels break at phrase boundaries (BudouX): the build draws both editions.
await loadPhraseBreaking();

export const charts: ReadonlyMap<string, AnyChart> = new Map(
  await Promise.all(chartIds.map(async (id) => [id, await loadChart(id)] as const))
);

export function getChart(id: string): AnyChart {
  const chart = charts.get(id);
  if (!chart) throw new Error(`Unknown chart "${id}". Known charts: ${[...charts.keys()].join(', ')}`);
  return chart;
}

/** Step ids a chart knows, in the order its states.ts lists them. */
export function stepIds(chart: AnyChart): string[] {
  return Object.keys(chart.states.steps);
}

/**
 * In URLs, the frame before the first step is called `opening`; everywhere else it is `null`.
 * Returns undefined for a name the chart does not know.
 */
export function stepFromParam(chart: AnyChart, param: string): string | null | undefined {
  if (param === 'opening') return null;
  return param in chart.states.steps ? param : undefined;
}

/**
 * Render `chartId` at `stepId` (null = before the first step) to an SVG string, with the chart's
 * title (as the prose gives it) and a description of the frame for assistive technology.
 * Throws on an unknown chart or step, so a bad link or Markdown typo fails the build.
 */
export function renderChartSvg(
  chartId: string,
  stepId: string | null,
  opts: SvgOptions & { size?: Size; hidden?: boolean; locale?: Locale } = {}
): string {
  const chart = getChart(chartId);
  if (stepId !== null && !(stepId in chart.states.steps)) {
    throw new Error(`Chart "${chartId}" has no step "${stepId}". Its steps: ${stepIds(chart).join(', ')}`);
  }
  const { state, scene } = sceneFor(chart, stepId, opts.size ?? FRAME_SIZE, opts.locale);
  return sceneToSvg(scene, {
    ...opts,
    lang: opts.locale,
    title: chartTitle(chartId, opts.locale),
    desc: chart.describe(chart.data, state)
  });
}
