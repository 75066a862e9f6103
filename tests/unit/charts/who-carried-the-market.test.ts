import { describe, expect, it } from 'vitest';
import chart from '$lib/charts/who-carried-the-market';
import { byId, data, parse } from '$lib/charts/who-carried-the-market/data';
import { MEASURES } from '$lib/charts/who-carried-the-market/layout';
import { resolveState } from '$lib/charts/state';
import { textBox } from '$lib/charts/text';
import type { RectMark, Scene } from '$lib/charts/types';
import { describeFitsEverySurface, sceneOf, SURFACES, textMarks, textOf } from './fit';

const cells = (s: Scene, id: string) =>
  s.marks.filter((m): m is RectMark => m.kind === 'rect' && m.id.startsWith(`cell-${id}-`));
const lit = (s: Scene, id: string) => cells(s, id).filter((c) => c.fill !== 'faint');

describe('who-carried-the-market data', () => {
  it('holds J.P. Morgan’s three shares and the derived company share', () => {
    expect([data.returns.value_pct, data.earnings.value_pct, data.capex.value_pct]).toEqual([75, 80, 90]);
    expect(data.companies.value_pct).toBe(8);
  });

  it('rejects a share above 100%, an unknown measure and a missing one, with the file and line', () => {
    const head = 'id,label,value_pct,reported_as,basis\n';
    expect(() => parse(`${head}returns,R,75,a,b\nearnings,E,180,a,b\n`)).toThrow(
      'content/data/jpm_ai_share_sp500.csv:3: column "value_pct"'
    );
    expect(() => parse(`${head}profits,P,1,a,b\n`)).toThrow(/:2: column "id"/);
    expect(() => byId(parse(`${head}returns,R,75,a,b\n`))).toThrow(/missing row "earnings"/);
  });
});

describe('who-carried-the-market layout', () => {
  it.each([
    ['returns', [75, 0, 0]],
    ['earnings', [75, 80, 0]],
    ['capex', [75, 80, 90]],
    ['the-basket', [75, 80, 90]]
  ] as const)('at step %s fills the waffles with %o squares', (step, expected) => {
    const s = sceneOf(chart, step);
    expect(MEASURES.map((id) => lit(s, id).length)).toEqual(expected);
  });

  it('fills from the bottom row up: 75% leaves exactly the top 2½ rows empty', () => {
    const s = sceneOf(chart, 'returns');
    const all = cells(s, 'returns');
    const rowsY = [...new Set(all.map((c) => c.y))].sort((a, b) => a - b);
    const on = lit(s, 'returns');
    expect(on.filter((c) => c.y === rowsY[9])).toHaveLength(10);
    expect(on.filter((c) => c.y === rowsY[2])).toHaveLength(5);
    expect(on.filter((c) => c.y <= rowsY[1]!)).toHaveLength(0);
  });

  it('shows each headline number, as format.ts prints it, once its waffle is filled', () => {
    const shown = (step: string | null) => textMarks(sceneOf(chart, step)).map((m) => m.text);
    expect(shown(null)).not.toContain('75%');
    expect(shown('returns')).toContain('75%');
    expect(shown('returns')).not.toContain('80%');
    expect(shown('capex')).toEqual(expect.arrayContaining(['75%', '80%', '90%']));
    expect(chart.describe(data, resolveState(chart.states, 'capex'))).toMatch(/75%.*80%.*90%/);
  });

  it('adds the company waffle (8 of 100) and the basket note only at the last step', () => {
    expect(cells(sceneOf(chart, 'capex'), 'companies')).toHaveLength(0);
    const s = sceneOf(chart, 'the-basket');
    expect(lit(s, 'companies')).toHaveLength(8);
    expect(textOf(s)).toContain('≈8%');
    expect(textOf(s)).toMatch(/not an index statistic/);
    expect(chart.describe(data, resolveState(chart.states, 'the-basket'))).toMatch(
      /about 8% of.*not index statistics/
    );
  });

  it.each(SURFACES)('draws every waffle at least 40 px square at %s', (_, size) => {
    for (const step of ['capex', 'the-basket']) {
      const s = sceneOf(chart, step, size);
      for (const id of step === 'capex' ? MEASURES : [...MEASURES, 'companies']) {
        const cs = cells(s, id);
        const side = Math.max(...cs.map((c) => c.x + c.width)) - Math.min(...cs.map((c) => c.x));
        expect(side, `${step} ${id}`).toBeGreaterThanOrEqual(40);
      }
    }
  });

  it.each(SURFACES)('keeps every waffle clear of every label at %s', (_, size) => {
    const s = sceneOf(chart, 'the-basket', size);
    for (const id of [...MEASURES, 'companies']) {
      const cs = cells(s, id);
      const box = {
        x0: Math.min(...cs.map((c) => c.x)),
        x1: Math.max(...cs.map((c) => c.x + c.width)),
        y0: Math.min(...cs.map((c) => c.y)),
        y1: Math.max(...cs.map((c) => c.y + c.height))
      };
      for (const t of textMarks(s)) {
        const b = textBox(t);
        const overlaps = b.x0 < box.x1 && b.x1 > box.x0 && b.y0 < box.y1 && b.y1 > box.y0;
        expect(overlaps, `${t.id} "${t.text}" over waffle ${id}`).toBe(false);
      }
    }
  });
});

describeFitsEverySurface(chart);
