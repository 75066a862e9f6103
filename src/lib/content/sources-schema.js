// @ts-check
/**
 * The schema of content/sources/*.json, in plain JavaScript so that the app (sources.ts), the
 * content tests and `npm run freshness` (scripts/freshness.mjs, plain Node) share one validator.
 * Every error names the file, the entry and, for data files, the file entry.
 *
 * @typedef {'daily' | 'monthly' | 'quarterly' | 'annual' | 'irregular' | 'final'} Cadence
 * @typedef {'open' | 'attribution' | 'quoted' | 'none'} Redistribution
 * @typedef {{
 *   file: string,
 *   asOf: string,
 *   cadence: Cadence,
 *   next?: string
 * }} DataFile
 *   One file in content/data/ that comes from a source. `asOf`: how current the file is (the
 *   newest period it covers, or the vintage for revised statistics). `cadence`: how often the
 *   source publishes new figures ('final' = history that will not change). `next`: when the next
 *   release is expected (for 'irregular', when to look again); absent only for 'final'.
 * @typedef {{
 *   id: string,
 *   publisher: string,
 *   title: string,
 *   date: string,
 *   url: string,
 *   licence: string,
 *   redistribution: Redistribution,
 *   credit?: string,
 *   licenceUrl?: string,
 *   confidence: 'verified' | 'secondary' | 'derived',
 *   note?: string,
 *   data?: DataFile[]
 * }} Source
 *   `redistribution` says what the licence lets us republish: 'open' (public domain or an open
 *   licence without conditions: bulk downloads allowed), 'attribution' (open licence that asks
 *   for credit, e.g. CC BY: downloads allowed, `credit` and `licenceUrl` required), 'quoted'
 *   (figures quoted from a publication with attribution: a table of the quoted figures is fine,
 *   the publication's own data set is not copied) or 'none' (the terms forbid redistribution:
 *   the chart may draw the data, but no CSV of it is offered).
 */

export const CADENCES = /** @type {const} */ (['daily', 'monthly', 'quarterly', 'annual', 'irregular', 'final']);
export const REDISTRIBUTION = /** @type {const} */ (['open', 'attribution', 'quoted', 'none']);
export const CONFIDENCE = /** @type {const} */ (['verified', 'secondary', 'derived']);

const REQUIRED = /** @type {const} */ (['id', 'publisher', 'title', 'date', 'url', 'licence', 'confidence']);
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Is `s` a real date written YYYY, YYYY-MM or YYYY-MM-DD?
 * @param {unknown} s
 */
export function isPartialDate(s) {
  if (typeof s !== 'string') return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/**
 * The first day a partial date stands for, as YYYY-MM-DD ("2026-08" → "2026-08-01").
 * @param {string} s
 */
export function startOf(s) {
  const [y, m = '01', d = '01'] = s.split('-');
  return `${y}-${m}-${d}`;
}

/**
 * @param {Record<string, unknown>} entry
 * @param {string} where
 * @returns {DataFile[]}
 */
function validateData(entry, where) {
  const list = entry.data;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`${where}: "data" must be a list of { file, asOf, cadence, next }`);
  return list.map((item, j) => {
    const name = item && typeof item === 'object' && typeof item.file === 'string' ? ` ("${item.file}")` : '';
    const at = `${where}: data[${j}]${name}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw new Error(`${at}: expected { file, asOf, cadence, next }, not ${JSON.stringify(item)}`);
    }
    const f = /** @type {Record<string, unknown>} */ (item);
    if (typeof f.file !== 'string' || !/^[A-Za-z0-9_.-]+\.(csv|json)$/.test(f.file)) {
      throw new Error(`${at}: "file" must name a .csv or .json file in content/data/`);
    }
    if (f.asOf === undefined) throw new Error(`${at}: missing "asOf" (how current the data is: YYYY, YYYY-MM or YYYY-MM-DD)`);
    if (!isPartialDate(f.asOf)) throw new Error(`${at}: "asOf" ${JSON.stringify(f.asOf)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    if (f.cadence === undefined) throw new Error(`${at}: missing "cadence" (one of ${CADENCES.join(', ')})`);
    if (typeof f.cadence !== 'string' || !(/** @type {readonly string[]} */ (CADENCES).includes(f.cadence))) {
      throw new Error(`${at}: "cadence" ${JSON.stringify(f.cadence)} must be one of ${CADENCES.join(', ')}`);
    }
    if (f.cadence === 'final') {
      if (f.next !== undefined) throw new Error(`${at}: "final" data has no next release; drop "next"`);
    } else {
      if (f.next === undefined) {
        throw new Error(`${at}: missing "next" (when the next release is expected; for "irregular", when to look again)`);
      }
      if (!isPartialDate(f.next)) throw new Error(`${at}: "next" ${JSON.stringify(f.next)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
      if (startOf(/** @type {string} */ (f.next)) <= startOf(/** @type {string} */ (f.asOf))) {
        throw new Error(`${at}: "next" (${f.next}) must come after "asOf" (${f.asOf})`);
      }
    }
    for (const key of Object.keys(f)) {
      if (!['file', 'asOf', 'cadence', 'next'].includes(key)) throw new Error(`${at}: unknown field "${key}"`);
    }
    return /** @type {DataFile} */ (f);
  });
}

/**
 * Validate every file of sources: `{ "/content/sources/x.json": [ … ] }` → id → source (with the
 * file it came from). Throws on the first problem, naming file and entry.
 * @param {Record<string, unknown>} input
 * @returns {Map<string, Source & { file: string }>}
 */
export function validateSources(input) {
  /** @type {Map<string, Source & { file: string }>} */
  const out = new Map();
  for (const [path, list] of Object.entries(input)) {
    const file = path.replace(/^\//, '');
    if (!Array.isArray(list)) throw new Error(`${file}: expected an array of sources`);
    list.forEach((/** @type {Record<string, unknown>} */ entry, i) => {
      const where = `${file}: entry ${i + 1}${typeof entry?.id === 'string' ? ` ("${entry.id}")` : ''}`;
      for (const key of REQUIRED) {
        const v = entry?.[key];
        if (typeof v !== 'string' || !v.trim()) throw new Error(`${where}: missing "${key}"`);
      }
      const s = /** @type {Source} */ (/** @type {unknown} */ (entry));
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id)) throw new Error(`${where}: id must be kebab-case`);
      if (!isPartialDate(s.date)) throw new Error(`${where}: date must be YYYY, YYYY-MM or YYYY-MM-DD`);
      if (!/^https:\/\/[^\s]+$/.test(s.url)) throw new Error(`${where}: url must be https://…`);
      if (!(/** @type {readonly string[]} */ (CONFIDENCE).includes(s.confidence))) {
        throw new Error(`${where}: confidence must be verified, secondary or derived`);
      }
      if (s.redistribution === undefined) {
        throw new Error(`${where}: missing "redistribution" (one of ${REDISTRIBUTION.join(', ')}: what the licence lets us republish)`);
      }
      if (!(/** @type {readonly string[]} */ (REDISTRIBUTION).includes(s.redistribution))) {
        throw new Error(`${where}: "redistribution" ${JSON.stringify(s.redistribution)} must be one of ${REDISTRIBUTION.join(', ')}`);
      }
      if (s.credit !== undefined && (typeof s.credit !== 'string' || !s.credit.trim())) {
        throw new Error(`${where}: "credit" must be a non-empty string`);
      }
      if (s.licenceUrl !== undefined && (typeof s.licenceUrl !== 'string' || !/^https:\/\/[^\s]+$/.test(s.licenceUrl))) {
        throw new Error(`${where}: "licenceUrl" must be https://…`);
      }
      if (s.redistribution === 'attribution' && (!s.credit || !s.licenceUrl)) {
        throw new Error(`${where}: an "attribution" licence needs "credit" (whom to name) and "licenceUrl" (the licence)`);
      }
      const data = validateData(entry, where);
      const prev = out.get(s.id);
      if (prev) throw new Error(`${where}: duplicate source id, already defined in ${prev.file}`);
      out.set(s.id, { ...s, ...(data.length ? { data } : {}), file });
    });
  }
  return out;
}

/**
 * Which data files are overdue: not 'final', and their next expected release is on or before
 * `today` (YYYY-MM-DD). The maintainer's to-do list after each quarter.
 * @param {Iterable<Source>} sources
 * @param {string} today
 * @returns {{ source: string, file: string, asOf: string, cadence: Cadence, next: string, daysOverdue: number }[]}
 */
export function overdueData(sources, today) {
  const out = [];
  for (const s of sources) {
    for (const d of s.data ?? []) {
      if (d.cadence === 'final' || !d.next) continue;
      const next = startOf(d.next);
      if (next > today) continue;
      const daysOverdue = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${next}T00:00:00Z`)) / 86_400_000);
      out.push({ source: s.id, file: d.file, asOf: d.asOf, cadence: d.cadence, next: d.next, daysOverdue });
    }
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file));
}
