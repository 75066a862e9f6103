/**
 * CSV parsing with a per-column schema. Every failure names the file, the line and the column,
 * because a silently wrong number in a chart is worse than a failed build.
 */

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'DataError';
  }
}

/** A column parser: raw cell text → value, or throws a message (without location). */
export type Cell<T> = (raw: string) => T;

type Schema = Record<string, Cell<unknown>>;
export type RowOf<S extends Schema> = { readonly [K in keyof S]: ReturnType<S[K]> };

/** Split CSV text into records of cells, remembering the line each record starts on. */
export function splitCsv(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records;
}

/**
 * Parse `text` (the contents of `file`) into typed rows. The header must contain every schema
 * column (extra columns are ignored); each row must have as many cells as the header.
 */
export function parseCsv<S extends Schema>(text: string, file: string, schema: S): readonly RowOf<S>[] {
  const [header, ...body] = splitCsv(text);
  if (!header) throw new DataError(file, 1, 'the file is empty');
  const index = new Map(header.cells.map((name, i) => [name.trim(), i]));
  for (const name of Object.keys(schema)) {
    if (!index.has(name)) throw new DataError(file, 1, `missing column "${name}" in the header`);
  }
  if (body.length === 0) throw new DataError(file, 2, 'no data rows');
  return Object.freeze(
    body.map(({ line, cells }) => {
      if (cells.length !== header.cells.length) {
        throw new DataError(file, line, `expected ${header.cells.length} cells, found ${cells.length}`);
      }
      const row: Record<string, unknown> = {};
      for (const [name, parse] of Object.entries(schema)) {
        const raw = (cells[index.get(name)!] ?? '').trim();
        try {
          row[name] = parse(raw);
        } catch (e) {
          throw new DataError(file, line, `column "${name}": ${(e as Error).message}`);
        }
      }
      return Object.freeze(row) as RowOf<S>;
    })
  );
}

// Column parsers. Each throws a short message; parseCsv adds the file, line and column.

export const text =
  (opts: { optional?: boolean } = {}): Cell<string> =>
  (raw) => {
    if (!raw && !opts.optional) throw new Error('is empty');
    return raw;
  };

export const number =
  (opts: { min?: number; max?: number } = {}): Cell<number> =>
  (raw) => {
    const n = raw === '' ? NaN : Number(raw);
    if (!Number.isFinite(n)) throw new Error(`"${raw}" is not a number`);
    if (opts.min !== undefined && n < opts.min) throw new Error(`${n} is below the minimum ${opts.min}`);
    if (opts.max !== undefined && n > opts.max) throw new Error(`${n} is above the maximum ${opts.max}`);
    return n;
  };

export const optionalNumber =
  (opts: { min?: number; max?: number } = {}): Cell<number | null> =>
  (raw) =>
    raw === '' ? null : number(opts)(raw);

/** An ISO date (YYYY-MM-DD); kept as the string, checked to be a real calendar date. */
export const isoDate = (): Cell<string> => (raw) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) {
    throw new Error(`"${raw}" is not a date (YYYY-MM-DD)`);
  }
  return raw;
};

export const oneOf =
  <const V extends string>(values: readonly V[]): Cell<V> =>
  (raw) => {
    if (!(values as readonly string[]).includes(raw)) {
      throw new Error(`"${raw}" is not one of ${values.join(', ')}`);
    }
    return raw as V;
  };

/** A cell that must match a pattern, e.g. /^Q[1-4] FY\d{4}$/. */
export const matching =
  (pattern: RegExp, what: string): Cell<string> =>
  (raw) => {
    if (!pattern.test(raw)) throw new Error(`"${raw}" is not ${what}`);
    return raw;
  };
