/**
 * The sources registry's validator (src/lib/content/sources-schema.js): every entry's licence
 * says what may be republished, and every data file says how current it is and when its source
 * publishes again. Its error paths name the file, the entry and the data file.
 */
import { describe, expect, it } from 'vitest';
import { sources, validateSources } from '$lib/content/sources';
import { isPartialDate, overdueData } from '$lib/content/sources-schema.js';

const base = {
  id: 'x-source',
  publisher: 'P',
  title: 'T',
  date: '2026-05-01',
  url: 'https://example.org/x',
  licence: 'US federal statistics, public domain',
  redistribution: 'open',
  confidence: 'verified'
};
const withData = (data: unknown) => ({ '/content/sources/t.json': [{ ...base, data }] });
const one = (entry: Record<string, unknown>) => ({ '/content/sources/t.json': [entry] });

describe('validateSources', () => {
  it('accepts a data file with asOf, cadence and next', () => {
    const m = validateSources(withData([{ file: 'x.csv', asOf: '2026-04', cadence: 'quarterly', next: '2026-08' }]));
    expect(m.get('x-source')?.data).toEqual([{ file: 'x.csv', asOf: '2026-04', cadence: 'quarterly', next: '2026-08' }]);
  });

  it('accepts final data without next', () => {
    expect(() => validateSources(withData([{ file: 'x.csv', asOf: '2016-12', cadence: 'final' }]))).not.toThrow();
  });

  it('rejects the old form, a bare file name', () => {
    expect(() => validateSources(withData(['x.csv']))).toThrow(
      /content\/sources\/t\.json: entry 1 \("x-source"\): data\[0\]: expected \{ file, asOf, cadence, next \}/
    );
  });

  it('names file, entry and data file when asOf is missing', () => {
    expect(() => validateSources(withData([{ file: 'x.csv', cadence: 'monthly', next: '2026-08' }]))).toThrow(
      'content/sources/t.json: entry 1 ("x-source"): data[0] ("x.csv"): missing "asOf"'
    );
  });

  it('rejects a bad cadence', () => {
    expect(() =>
      validateSources(withData([{ file: 'x.csv', asOf: '2026-04', cadence: 'weekly', next: '2026-08' }]))
    ).toThrow(/data\[0\] \("x\.csv"\): "cadence" "weekly" must be one of daily, monthly, quarterly, annual, irregular, final/);
  });

  it('rejects bad dates: wrong format, impossible month or day', () => {
    for (const asOf of ['04/2026', '2026-13', '2026-02-30', '26-04', 2026]) {
      expect(() => validateSources(withData([{ file: 'x.csv', asOf, cadence: 'quarterly', next: '2027-01' }]))).toThrow(
        /data\[0\] \("x\.csv"\): "asOf" .* is not a date/
      );
    }
    expect(() =>
      validateSources(withData([{ file: 'x.csv', asOf: '2026-04', cadence: 'quarterly', next: '2026-8' }]))
    ).toThrow(/"next" "2026-8" is not a date/);
  });

  it('needs next unless final, after asOf, and none for final', () => {
    expect(() => validateSources(withData([{ file: 'x.csv', asOf: '2026-04', cadence: 'annual' }]))).toThrow(
      /data\[0\] \("x\.csv"\): missing "next"/
    );
    expect(() =>
      validateSources(withData([{ file: 'x.csv', asOf: '2026-04', cadence: 'annual', next: '2026-04' }]))
    ).toThrow(/"next" \(2026-04\) must come after "asOf" \(2026-04\)/);
    expect(() =>
      validateSources(withData([{ file: 'x.csv', asOf: '2016', cadence: 'final', next: '2017' }]))
    ).toThrow(/"final" data has no next release/);
  });

  it('rejects unknown fields and file names outside content/data', () => {
    expect(() =>
      validateSources(withData([{ file: 'x.csv', asOf: '2026', cadence: 'final', vintage: '2026-05' }]))
    ).toThrow(/unknown field "vintage"/);
    expect(() => validateSources(withData([{ file: '../x.csv', asOf: '2026', cadence: 'final' }]))).toThrow(
      /"file" must name a \.csv or \.json file/
    );
  });

  it('needs a redistribution value, and credit plus licence link for attribution licences', () => {
    const { redistribution: _, ...without } = base;
    expect(() => validateSources(one(without))).toThrow(/entry 1 \("x-source"\): missing "redistribution"/);
    expect(() => validateSources(one({ ...base, redistribution: 'maybe' }))).toThrow(/"redistribution" "maybe" must be one of/);
    expect(() => validateSources(one({ ...base, redistribution: 'attribution' }))).toThrow(/needs "credit".*"licenceUrl"/);
    expect(() =>
      validateSources(one({ ...base, redistribution: 'attribution', credit: 'Epoch AI', licenceUrl: 'http://x' }))
    ).toThrow(/"licenceUrl" must be https/);
  });

  it('still rejects the old mistakes: missing fields, bad ids, duplicates', () => {
    expect(() => validateSources(one({ ...base, title: '' }))).toThrow(/missing "title"/);
    expect(() => validateSources(one({ ...base, id: 'Not_Kebab' }))).toThrow(/kebab-case/);
    expect(() => validateSources({ '/content/sources/a.json': [base], '/content/sources/b.json': [base] })).toThrow(
      /content\/sources\/b\.json: entry 1 \("x-source"\): duplicate source id, already defined in content\/sources\/a\.json/
    );
  });
});

describe('dates and overdue data', () => {
  it('knows real partial dates', () => {
    expect(['2026', '2026-02', '2024-02-29', '2026-12-31'].every(isPartialDate)).toBe(true);
    expect(['2025-02-29', '2026-00', '2026-1', '', null].some(isPartialDate)).toBe(false);
  });

  it('lists data whose next release is due on or before today, never final data', () => {
    const list = [
      { ...base, data: [{ file: 'a.csv', asOf: '2026-04', cadence: 'quarterly' as const, next: '2026-08-26' }] },
      { ...base, id: 'y', data: [{ file: 'b.csv', asOf: '2025', cadence: 'annual' as const, next: '2027-02' }] },
      { ...base, id: 'z', data: [{ file: 'c.csv', asOf: '2016', cadence: 'final' as const }] },
      { ...base, id: 'w', data: [{ file: 'd.csv', asOf: '2026-10', cadence: 'monthly' as const, next: '2026-11-30' }] }
    ] as Parameters<typeof overdueData>[0];
    expect(overdueData(list, '2026-11-30').map((o) => [o.file, o.daysOverdue])).toEqual([
      ['a.csv', 96],
      ['d.csv', 0]
    ]);
  });
});

describe('the registry', () => {
  it('dates every data file and gives its cadence', () => {
    const files = [...sources.values()].flatMap((s) => s.data ?? []);
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(f.asOf && f.cadence).toBeTruthy();
  });

  it('credits every attribution licence (CC BY: the author and a link to the licence)', () => {
    for (const s of sources.values()) {
      if (/\bCC BY\b/i.test(s.licence)) {
        expect(s.redistribution, s.id).toBe('attribution');
        expect(s.credit, s.id).toBeTruthy();
        expect(s.licenceUrl, s.id).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\//);
      }
    }
  });
});

describe('how current each chart is', () => {
  it('gives every chart with data files an as-of date, from the sources it names', async () => {
    const { charts } = await import('$lib/server/charts');
    const { chartAsOf, chartData } = await import('$lib/content/chart-data');
    for (const chart of charts.values()) {
      const files = chartData(chart);
      expect(files.length, chart.id).toBeGreaterThan(0);
      expect(isPartialDate(chartAsOf(chart)), chart.id).toBe(true);
    }
    expect(chartAsOf({ sources: ['nvidia-quarterly-results'] })).toBe('2026-07-26');
    expect(chartAsOf({ sources: ['gpt3-paper-2020'] })).toBe(null);
  });
});
