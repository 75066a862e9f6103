/**
 * The teaching guide cannot drift from the data: every number an activity's answer states is
 * recomputed here from the files in content/data/, the way the activity's steps tell a student to
 * work it out, and every column the steps name (in “quotes”) is a column of the chart's CSV
 * download. Lesson plans add up; every chapter with a chart has a guide.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectChecks } from '$lib/content/checks';
import { csvAllowed } from '$lib/content/licences';
import { outline } from '$lib/content/outline';
import { sources } from '$lib/content/sources';
import { decimalsOf, fillAnswer, teachFor, validateChapterGuide, type ActivityValue } from '$lib/content/teach';
import { charts } from '$lib/server/charts';

const teach = teachFor('en');

/** Rows of a CSV file in content/data/, as objects (RFC 4180 quoting). */
function csv(name: string): Record<string, string>[] {
  const text = readFileSync(`content/data/${name}`, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  const [head, ...body] = rows.filter((r) => r.some((x) => x !== ''));
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

const num = (s: string | undefined) => {
  const n = Number(s);
  if (s === undefined || s === '' || !Number.isFinite(n)) throw new Error(`not a number: "${s}"`);
  return n;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Each chapter's activity, worked out from the data as its steps say. */
const recompute: Record<string, () => Record<string, ActivityValue>> = {
  bet: () => {
    const rows = csv('scion_13f_2025q3.csv');
    const notional = rows.filter((r) => r.measure === 'notional');
    const filing = sum(notional.map((r) => num(r.value_usd_m)));
    const puts = sum(notional.filter((r) => /puts/.test(r.label!)).map((r) => num(r.value_usd_m)));
    return { filing, puts, share: (100 * puts) / filing };
  },
  gospel: () => {
    const rows = csv('shiller_cape_monthly.csv');
    const values = rows.map((r) => num(r.cape));
    const average = sum(values) / values.length;
    const record = Math.max(...values);
    return { average, record, recordMonth: rows.find((r) => num(r.cape) === record)!.date!, ratio: record / average };
  },
  machine: () => {
    const rows = csv('nvidia_datacenter_quarterly.csv');
    const year = (fy: string) =>
      sum(rows.filter((r) => r.fiscal_quarter!.endsWith(fy)).map((r) => num(r.data_center_revenue_usd_bn)));
    expect(rows.filter((r) => r.fiscal_quarter!.endsWith('FY2026'))).toHaveLength(4);
    return { fy2023: year('FY2023'), fy2026: year('FY2026'), ratio: year('FY2026') / year('FY2023') };
  },
  price: () => {
    const rows = csv('us_datacenter_construction_monthly.csv');
    const year = (y: string) => {
      const months = rows.filter((r) => r.month!.startsWith(`${y}-`));
      expect(months, y).toHaveLength(12);
      return sum(months.map((r) => num(r.usd_2021))) / 1e6;
    };
    return { y2022: year('2022'), y2025: year('2025'), ratio: year('2025') / year('2022') };
  },
  change: () => {
    const rows = csv('epoch_accelerators.csv');
    const chip = (name: string) => rows.find((r) => r.chip === name)!;
    const tera = (s: string | undefined) => num(s) / 1e12;
    const v100 = tera(chip('V100').fp16_flops);
    const b200 = tera(chip('B200').fp16_flops);
    const b200fp4 = tera(chip('B200').fp4_flops);
    return { v100, b200, ratio: b200 / v100, b200fp4, ratioFp4: b200fp4 / v100 };
  },
  close: () => {
    const rows = csv('scion_13f_2025q3.csv');
    const notional = num(rows.find((r) => r.id === 'pltr-puts')!.value_usd_m);
    const cost = num(rows.find((r) => r.id === 'pltr-cost')!.value_usd_m);
    return { notional, cost, ratio: notional / cost };
  }
};

/** A recomputed value as the guide states it (rounded to the decimals the guide gives). */
function asStated(stated: ActivityValue, computed: ActivityValue): ActivityValue {
  if (typeof stated === 'string' || typeof computed === 'string') return computed;
  const d = decimalsOf(stated);
  return Number(computed.toFixed(d));
}

describe('the teaching guide', () => {
  it('has a guide for every chapter, in the article’s order', () => {
    expect(teach.chapters.map((c) => c.chapter)).toEqual(outline.map((c) => c.slug));
  });

  it('names three levels and a 45- and a 90-minute lesson plan whose steps add up', () => {
    expect(teach.guide.levels.map((l) => l.id)).toEqual(['upper-secondary', 'first-year-economics', 'media-literacy']);
    expect(teach.guide.plans.map((p) => p.minutes)).toEqual([45, 90]);
  });

  it.each(teach.chapters.map((c) => [c.chapter, c] as const))(
    '%s: the activity’s answer is what its data give',
    (slug, c) => {
      const work = recompute[slug];
      expect(work, `no recomputation for ${c.file}: add one to this test`).toBeDefined();
      const computed = work!();
      expect(Object.keys(computed).sort()).toEqual(Object.keys(c.activity.values).sort());
      const restated = Object.fromEntries(
        Object.entries(c.activity.values).map(([k, v]) => [k, asStated(v, computed[k]!)])
      );
      expect(restated, `${c.file}: activity.values`).toEqual(c.activity.values);
    }
  );

  it.each(teach.chapters.map((c) => [c.chapter, c] as const))(
    '%s: the activity uses a chart of its chapter, and every column its steps name is in that chart’s CSV',
    (slug, c) => {
      const chart = charts.get(c.activity.chart);
      expect(chart, `${c.file}: unknown chart "${c.activity.chart}"`).toBeDefined();
      const told = outline.flatMap((ch) => ch.charts.map((x) => x.id));
      expect(told).toContain(c.activity.chart);
      expect(csvAllowed(chart!), `${c.file}: the licences of "${chart!.id}" allow no CSV download`).toBe(true);
      const columns = chart!.table(chart!.data, 'en').columns;
      const named = c.activity.steps.flatMap((s) => [...s.matchAll(/“([^”]+)”/g)].map((m) => m[1]!));
      expect(named.length, `${c.file}: the steps should name the columns they use, in “quotes”`).toBeGreaterThan(0);
      for (const col of named) expect(columns, `${c.file}: column “${col}”`).toContain(col);
      void slug;
    }
  );

  it.each(teach.chapters.map((c) => [c.chapter, c] as const))(
    '%s: the claim exercise is one of the article’s checks, or says what the record shows and where',
    (_, c) => {
      if (!c.check.finding) {
        const claims = collectChecks().map((x) => x.claim);
        expect(claims, `${c.file}: check.claim must be a <Check claim> word for word`).toContain(c.check.claim);
      }
      for (const id of c.check.sources ?? []) expect(sources.has(id), `${c.file}: source "${id}"`).toBe(true);
      if (c.check.step) {
        const keys = outline.flatMap((ch) => ch.charts.flatMap((x) => x.steps.map((s) => s.key)));
        expect(keys).toContain(c.check.step);
      }
    }
  );

  it('fills an answer with its values, formatted as a reader writes them', () => {
    expect(fillAnswer({ answer: '${a} million, {b}% in {c}', values: { a: 28593, b: 79.6, c: '1999-12' } })).toBe(
      '$28,593 million, 79.6% in 1999-12'
    );
  });

  it('refuses an answer that shows a number it does not hold, or holds one it does not show', () => {
    const base = JSON.parse(readFileSync('content/en/teach/chapters/02-machine.json', 'utf8'));
    const broken = { ...base, activity: { ...base.activity, answer: 'About {ratioo} times.' } };
    expect(() => validateChapterGuide('x.json', broken)).toThrow('x.json: activity.answer: {ratioo} is not in "values"');
    const hidden = { ...base, activity: { ...base.activity, answer: 'About {ratio} times.' } };
    expect(() => validateChapterGuide('x.json', hidden)).toThrow('activity.values.fy2023: not shown in the answer');
  });
});
