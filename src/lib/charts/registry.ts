import type { AnyChart } from './types';

/**
 * Chart id → its definition, loaded on demand. The one name lookup: a chart is a folder
 * `src/lib/charts/<id>/` whose `index.ts` default-exports its ChartDefinition with that id.
 * The browser loads a chart's code and data only when the reader nears it; build-time code
 * loads them all (src/lib/server/charts.ts) through the same function.
 */
const loaders = import.meta.glob<{ default: AnyChart }>('./*/index.ts');

const byId = new Map(Object.entries(loaders).map(([path, load]) => [path.split('/')[1]!, load]));

export const chartIds: readonly string[] = [...byId.keys()].sort();

export async function loadChart(id: string): Promise<AnyChart> {
  const load = byId.get(id);
  if (!load) throw new Error(`Unknown chart "${id}". Known charts: ${chartIds.join(', ')}`);
  const chart = (await load()).default;
  if (chart.id !== id) {
    throw new Error(
      `src/lib/charts/${id}/index.ts: chart id "${chart.id}" must equal its folder name "${id}"`
    );
  }
  return chart;
}
