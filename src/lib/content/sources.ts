/**
 * The sources registry: every source any chapter or chart cites, from content/sources/*.json.
 * Validated on load; a malformed entry or a duplicate id names its file.
 * Build-time only (server code and tests): the browser never receives the whole registry.
 */
export interface Source {
  id: string;
  publisher: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the publication date of the document cited. */
  date: string;
  url: string;
  licence: string;
  /** verified = the primary document was read; secondary = reported by sources citing it. */
  confidence: 'verified' | 'secondary' | 'derived';
  note?: string;
  /** Files in content/data/ that come from this source (their provenance). */
  data?: string[];
}

const files = import.meta.glob<unknown>('/content/sources/*.json', { eager: true, import: 'default' });

const required = ['id', 'publisher', 'title', 'date', 'url', 'licence', 'confidence'] as const;

export function validateSources(input: Record<string, unknown>): Map<string, Source & { file: string }> {
  const out = new Map<string, Source & { file: string }>();
  for (const [path, list] of Object.entries(input)) {
    const file = path.replace(/^\//, '');
    if (!Array.isArray(list)) throw new Error(`${file}: expected an array of sources`);
    list.forEach((entry: Record<string, unknown>, i) => {
      const where = `${file}: entry ${i + 1}${typeof entry?.id === 'string' ? ` ("${entry.id}")` : ''}`;
      for (const key of required) {
        if (typeof entry?.[key] !== 'string' || !(entry[key] as string).trim()) {
          throw new Error(`${where}: missing "${key}"`);
        }
      }
      const s = entry as unknown as Source;
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id)) throw new Error(`${where}: id must be kebab-case`);
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date)) throw new Error(`${where}: date must be YYYY, YYYY-MM or YYYY-MM-DD`);
      if (!/^https:\/\/[^\s]+$/.test(s.url)) throw new Error(`${where}: url must be https://…`);
      if (!['verified', 'secondary', 'derived'].includes(s.confidence)) {
        throw new Error(`${where}: confidence must be verified, secondary or derived`);
      }
      const prev = out.get(s.id);
      if (prev) throw new Error(`${where}: duplicate source id, already defined in ${prev.file}`);
      out.set(s.id, { ...s, file });
    });
  }
  return out;
}

export const sources = validateSources(files);

export function getSource(id: string): Source {
  const s = sources.get(id);
  if (!s) throw new Error(`Unknown source "${id}" (add it to a file in content/sources/)`);
  return s;
}
