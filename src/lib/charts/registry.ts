import type { AnyChart } from './types';

/**
 * Chart id → lazy loader. The only name lookup in the app: a chart is a folder
 * `src/lib/charts/<id>/` with an `index.ts` whose default export is its ChartDefinition.
 * Loading is lazy so that a chart's code and data reach the browser only when the reader nears it.
 */
const loaders = import.meta.glob<{ default: AnyChart }>('./*/index.ts');

const byId = new Map(Object.entries(loaders).map(([path, load]) => [path.split('/')[1]!, load]));

export const chartIds: readonly string[] = [...byId.keys()].sort();

export function hasChart(id: string): boolean {
  return byId.has(id);
}

export async function loadChart(id: string): Promise<AnyChart> {
  const load = byId.get(id);
  if (!load) throw new Error(`Unknown chart "${id}". Known charts: ${chartIds.join(', ')}`);
  return (await load()).default;
}
