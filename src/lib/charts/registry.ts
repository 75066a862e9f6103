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

/** In a browser page of the Japanese edition (<html lang="ja">, as the live chart reads it). */
const japanesePage = () => typeof document !== 'undefined' && document.documentElement.lang === 'ja';

/**
 * A chart's definition. On a Japanese page the phrase model Japanese line breaking needs comes
 * with it (text.ts), so the English edition never loads it; build-time code loads it itself.
 */
export async function loadChart(id: string): Promise<AnyChart> {
  const load = byId.get(id);
  if (!load) throw new Error(`Unknown chart "${id}". Known charts: ${chartIds.join(', ')}`);
  // Imported here, not at the top: text.ts belongs to the charts' chunks, not the page's first script.
  const phrases = japanesePage() ? import('./text').then((t) => t.loadPhraseBreaking()) : null;
  const [{ default: chart }] = await Promise.all([load(), phrases]);
  if (chart.id !== id) {
    throw new Error(
      `src/lib/charts/${id}/index.ts: chart id "${chart.id}" must equal its folder name "${id}"`
    );
  }
  return chart;
}
