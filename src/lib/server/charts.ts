import { sceneFor } from '$lib/charts/state';
import { sceneToSvg } from '$lib/charts/svg';
import type { AnyChart, Size } from '$lib/charts/types';

/**
 * The server's view of the charts: every chart loaded eagerly (build time only), and the one
 * function that renders a chart at a step to an SVG string — used for the static HTML, print,
 * the standalone .svg files and social cards.
 */
const modules = import.meta.glob<{ default: AnyChart }>('/src/lib/charts/*/index.ts', { eager: true });

export const charts: ReadonlyMap<string, AnyChart> = new Map(
  Object.values(modules).map((m) => [m.default.id, m.default])
);

for (const [path, m] of Object.entries(modules)) {
  const folder = path.split('/').at(-2);
  if (m.default.id !== folder) {
    throw new Error(`${path}: chart id "${m.default.id}" must equal its folder name "${folder}"`);
  }
}

export function getChart(id: string): AnyChart {
  const chart = charts.get(id);
  if (!chart) throw new Error(`Unknown chart "${id}". Known charts: ${[...charts.keys()].join(', ')}`);
  return chart;
}

/** Step ids a chart knows, in the order its states.ts lists them. */
export function stepIds(chart: AnyChart): string[] {
  return Object.keys(chart.states.steps);
}

/** Size of the static frames in the HTML (scaled to fit by CSS through the viewBox). */
export const FRAME_SIZE: Size = { width: 480, height: 400 };

export interface SvgOptions {
  size?: Size;
  /** Self-contained file (xmlns, colours as attributes). Default true. */
  standalone?: boolean;
  /** Hide from assistive technology (when the page gives the text alternative). */
  hidden?: boolean;
  /** Accessible name; defaults to the chart id. */
  title?: string;
}

/**
 * Render `chartId` at `stepId` (null = before the first step) to an SVG string.
 * Throws on an unknown chart or step, so a bad link or Markdown typo fails the build.
 */
export function renderChartSvg(chartId: string, stepId: string | null, opts: SvgOptions = {}): string {
  const chart = getChart(chartId);
  if (stepId !== null && !(stepId in chart.states.steps)) {
    throw new Error(`Chart "${chartId}" has no step "${stepId}". Its steps: ${stepIds(chart).join(', ')}`);
  }
  const { state, scene } = sceneFor(chart, stepId, opts.size ?? FRAME_SIZE);
  return sceneToSvg(scene, {
    title: opts.title ?? chartId,
    desc: chart.describe(chart.data, state),
    standalone: opts.standalone ?? true,
    hidden: opts.hidden ?? false
  });
}
