/**
 * Licences decide which downloads exist: a chart's CSV is built only if every source it draws on
 * allows redistribution. Checks each chart's /data/<chart>.csv against the licences, and that a
 * chart names every source whose data file it reads (else the decision could miss one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvAllowed } from '$lib/content/licences';
import { sources } from '$lib/content/sources';
import { charts } from '$lib/server/charts';
import { toCsv } from '$lib/server/csv';
import { GET, entries } from '../../src/routes/data/[chart].csv/+server';

/** Data files each chart's code reads (its `content/data/<file>` imports). */
function dataFiles(chartId: string): string[] {
  const dir = `src/lib/charts/${chartId}`;
  const files = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => /\.(ts|js)$/.test(f))) {
    for (const m of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/content\/data\/([A-Za-z0-9_.-]+\.(?:csv|json))/g)) {
      files.add(m[1]!);
    }
  }
  return [...files];
}

const owner = new Map<string, string>();
for (const s of sources.values()) for (const d of s.data ?? []) owner.set(d.file, s.id);

type Get = (e: { params: { chart: string } }) => Response | Promise<Response>;
const get = (chart: string) => (GET as unknown as Get)({ params: { chart } });

describe('CSV downloads follow the licences', () => {
  const listed = new Set((entries() as { chart: string }[]).map((e) => e.chart));

  it.each([...charts.values()].map((c) => [c.id, c] as const))('%s', async (id, chart) => {
    const files = dataFiles(id);
    const owners = files.map((f) => owner.get(f));
    // Every data file has a source, and the chart names it, so its licence is counted.
    expect(owners.filter((o) => !o)).toEqual([]);
    expect(owners.filter((o) => !chart.sources.includes(o!))).toEqual([]);

    const allowed = chart.sources.every((sid) => sources.get(sid)!.redistribution !== 'none');
    expect(csvAllowed(chart)).toBe(allowed);
    expect(listed.has(id)).toBe(allowed);

    if (allowed) {
      expect(await (await get(id)).text()).toBe(toCsv(chart.table(chart.data, 'en')));
    } else {
      // Not built, and asked for anyway: a 404, never the data.
      await expect(async () => get(id)).rejects.toMatchObject({ status: 404 });
    }
  });

  it('offers no download of Nasdaq index levels (© Nasdaq OMX, via FRED)', () => {
    expect(sources.get('fred-nasdaqcom')?.redistribution).toBe('none');
    expect(listed.has('last-time')).toBe(false);
  });

  it('keeps the redistribution field consistent with the licence text', () => {
    const errors: string[] = [];
    for (const s of sources.values()) {
      if (/\bCC BY\b/i.test(s.licence) && s.redistribution !== 'attribution') errors.push(`${s.id}: CC BY needs "attribution"`);
      if (/©/.test(s.licence) && ['open', 'attribution'].includes(s.redistribution)) {
        errors.push(`${s.id}: a © licence cannot be "${s.redistribution}"`);
      }
      if (/not (be )?redistribut|no redistribution/i.test(s.licence) && s.redistribution !== 'none') {
        errors.push(`${s.id}: the licence forbids redistribution`);
      }
    }
    expect(errors).toEqual([]);
  });
});
