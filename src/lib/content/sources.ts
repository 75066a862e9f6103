/**
 * The sources registry: every source any chapter or chart cites, from content/sources/*.json.
 * Validated on load (src/lib/content/sources-schema.js, shared with `npm run freshness`); a
 * malformed entry, a data file without its as-of date or cadence, or a duplicate id names its
 * file and entry. Build-time only (server code and tests): the browser never receives the whole
 * registry.
 */
import { validateSources as validate } from './sources-schema.js';
import type { Cadence, DataFile, Redistribution, Source as SchemaSource } from './sources-schema.js';

export type { Cadence, DataFile, Redistribution };
export type Source = SchemaSource;

const files = import.meta.glob<unknown>('/content/sources/*.json', { eager: true, import: 'default' });

export function validateSources(input: Record<string, unknown>): Map<string, Source & { file: string }> {
  return validate(input);
}

export const sources = validateSources(files);

export function getSource(id: string): Source {
  const s = sources.get(id);
  if (!s) throw new Error(`Unknown source "${id}" (add it to a file in content/sources/)`);
  return s;
}

/**
 * Where we are the publisher ("This article (compiled)"), the name in the reader's edition; any
 * other publisher keeps its own name in both editions.
 */
const OUR_NAMES: Record<string, string> = {
  'This article (compiled)': '本記事（独自集計）',
  'This article (calculation from BEA data)': '本記事（BEAのデータから算出）',
  'This article (derived), with StockAnalysis': '本記事（算出）、StockAnalysis'
};

export function publisherIn(locale: 'en' | 'ja', publisher: string): string {
  return locale === 'ja' ? (OUR_NAMES[publisher] ?? publisher) : publisher;
}
