import { sources, type Source } from './sources';

/**
 * Sources & methods, build-time: what we did to each data file (content/<locale>/methods.json),
 * joined with where it came from and how current it is (the sources registry), and how to report
 * an error. Every file in content/data/ must have an entry (tests/content/methods.test.ts).
 */
export interface Methods {
  file: string;
  processing: Record<string, string>;
  report: { title: string; text: string[] };
}

const files = import.meta.glob<unknown>('/content/*/methods.json', { eager: true, import: 'default' });
const dataFiles = import.meta.glob<string>('/content/data/*.csv', { query: '?raw', import: 'default', eager: true });

export function methodsFor(locale: string = 'en'): Methods {
  const path = `/content/${locale}/methods.json`;
  const raw = files[path] as Partial<Methods> | undefined;
  const file = path.slice(1);
  if (!raw) throw new Error(`No ${file}`);
  if (!raw.processing || typeof raw.processing !== 'object') throw new Error(`${file}: missing "processing"`);
  for (const [k, v] of Object.entries(raw.processing)) {
    if (typeof v !== 'string' || !v.trim()) throw new Error(`${file}: processing["${k}"] must be text`);
  }
  const r = raw.report;
  if (!r || typeof r.title !== 'string' || !Array.isArray(r.text)) {
    throw new Error(`${file}: "report" needs a title and text (the address comes from PUBLIC_CORRECTIONS_EMAIL)`);
  }
  return { file, processing: raw.processing, report: r };
}

/** One data file as the registry records it (the registry's older form lists names only). */
export interface DataFileRecord {
  file: string;
  asOf?: string;
  cadence?: string;
  next?: string;
}

function records(s: Source): DataFileRecord[] {
  const list = (s.data ?? []) as unknown[];
  return list.map((d) => (typeof d === 'string' ? { file: d } : (d as DataFileRecord)));
}

export interface DataFileInfo extends DataFileRecord {
  /** Sources the file comes from (their `data` names it). */
  sources: string[];
  processing: string | null;
  rows: number;
  columns: string[];
}

/** Every file in content/data/, with provenance, as-of date, what we did and its size. */
export function dataFileInfo(locale: string = 'en'): DataFileInfo[] {
  const m = methodsFor(locale);
  return Object.keys(dataFiles)
    .sort()
    .map((path) => {
      const name = path.split('/').pop()!;
      const text = dataFiles[path]!;
      const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
      const from = [...sources.values()].flatMap((s) =>
        records(s)
          .filter((d) => d.file === name)
          .map((d) => ({ ...d, source: s.id }))
      );
      const first = from[0];
      return {
        file: name,
        asOf: first?.asOf,
        cadence: first?.cadence,
        next: first?.next,
        sources: [...new Set(from.map((d) => d.source))],
        processing: m.processing[name] ?? null,
        rows: Math.max(0, lines.length - 1),
        columns: (lines[0] ?? '').split(',')
      };
    });
}
