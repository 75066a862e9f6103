import type { AnyChart } from '$lib/charts/types';
import { getSource, type DataFile } from './sources';

/**
 * How current a chart's data is, for its source line ("Data as of …") and the Sources &
 * Methods page: the data files of the sources the chart names, with each file's as-of date,
 * release cadence and next expected release (content/sources/*.json). `npm run freshness` lists
 * the ones overdue.
 */
export function chartData(chart: Pick<AnyChart, 'sources'>): (DataFile & { source: string })[] {
  return chart.sources.flatMap((id) => (getSource(id).data ?? []).map((d) => ({ ...d, source: id })));
}

/** The newest as-of date among a chart's data files (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
export function chartAsOf(chart: Pick<AnyChart, 'sources'>): string | null {
  const dates = chartData(chart).map((d) => d.asOf);
  return dates.length ? dates.reduce((a, b) => (a.localeCompare(b) >= 0 ? a : b)) : null;
}
