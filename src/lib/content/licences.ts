import type { AnyChart } from '$lib/charts/types';
import { getSource, type Source } from './sources';

/**
 * What a chart's licences let us offer for download. A chart's data may be downloaded as CSV
 * only if every source it names allows redistribution (`redistribution` is not "none" in
 * content/sources/*.json). Nasdaq's index levels, for example, are drawn but not offered.
 */
export function csvBlockers(chart: Pick<AnyChart, 'sources'>): Source[] {
  return chart.sources.map(getSource).filter((s) => s.redistribution === 'none');
}

export function csvAllowed(chart: Pick<AnyChart, 'sources'>): boolean {
  return csvBlockers(chart).length === 0;
}

/**
 * The credit line each source's licence asks for (CC BY: name the author and link the licence),
 * or null when none is required. For the page's source lines and the Sources & Methods page.
 */
export function credit(s: Source): { text: string; licence: string; licenceUrl?: string } | null {
  if (!s.credit) return null;
  return { text: s.credit, licence: s.licence, ...(s.licenceUrl ? { licenceUrl: s.licenceUrl } : {}) };
}
