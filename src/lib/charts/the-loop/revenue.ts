import { LINES } from '$lib/charts/diagram';
import type { Frame } from '$lib/charts/frame';
import { rect, text } from '$lib/charts/marks';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, Tone } from '$lib/charts/types';
import { panelRows, revenueMultiples, type LoopData, type PanelRow } from './data';
import type { LoopStrings } from './strings';

/**
 * The revenue step: OpenAI's compute promises and its 2025 accounts as bars on one scale, every
 * figure per year (a multi-year total divided by the years it covers), so one year of revenue is
 * not set against eight years of promises. Commitments are dashed outlines, as contracts are in
 * the diagram; revenue solid; the loss in the warning tone. Below, where there is room, how much
 * revenue would have to grow, and how the per-year figures are made.
 */
export function revenuePanel(data: LoopData, t: LoopStrings, f: Frame, top: number): Mark[] {
  const rows = panelRows(data);
  const beside = f.short;
  const size = f.fs.small;
  const valueSize = beside ? size : f.fs.label;
  const max = Math.max(...rows.map((r) => r.perYear));
  const approx = (r: PanelRow) => r.id === 'compute-commitments';
  const value = (r: PanelRow) =>
    r.years > 1 && !beside ? t.panel.perYear(r.perYear, approx(r)) : t.panel.amount(r.perYear, approx(r));
  const name = (r: PanelRow) =>
    ({
      'compute-commitments': beside
        ? t.panel.commitmentsShort(r.total, r.years)
        : t.panel.commitments(r.total, r.years),
      'compute-plan-2030': beside
        ? t.panel.planShort(r.total, r.first, r.last)
        : t.panel.plan(r.total, r.first, r.last),
      'revenue-2025': beside ? t.panel.revenueShort : t.panel.revenue,
      'operating-loss-2025': beside ? t.panel.lossShort : t.panel.loss
    })[r.id];
  const tone = (r: PanelRow): Tone => (r.id === 'operating-loss-2025' ? 'warn' : 'accent');
  const valueW = Math.max(...rows.map((r) => textWidth(value(r), valueSize, 'bold')));
  const nameW = beside ? Math.max(...rows.map((r) => textWidth(name(r), size))) + size : 0;
  const x0 = f.pad + nameW;
  const barMax = f.right - x0 - valueW - 8;

  const marks: Mark[] = [];
  const room = f.bottom - top;
  const rowH = beside ? Math.min(size * 2.2, (room - size) / rows.length) : 0;
  const barH = beside ? Math.min(12, rowH - 6) : Math.max(10, Math.min(20, f.inner.height / 18));
  let y = top + size * (beside ? 0.6 : 1.5);
  for (const r of rows) {
    let barY: number;
    if (beside) {
      marks.push(text(`rev-${r.id}-name-0`, f.pad, y + rowH / 2, name(r), size, { baseline: 'middle' }));
      barY = y + (rowH - barH) / 2;
    } else {
      const block = textBlock(`rev-${r.id}-name`, name(r), { x: f.pad, y, maxWidth: f.inner.width, size });
      marks.push(...block.marks);
      barY = block.bottom + 2;
    }
    const w = Math.max(1.5, (r.perYear / max) * barMax);
    const promise = r.kind !== 'actual';
    marks.push(
      rect(`rev-${r.id}-bar`, x0, barY, w, barH, promise ? 'none' : tone(r), {
        stroke: tone(r),
        strokeWidth: 1.5,
        dash: promise ? LINES.dashed.dash : undefined
      }),
      text(`rev-${r.id}-value`, x0 + w + 6, barY + barH / 2, value(r), valueSize, {
        baseline: 'middle',
        weight: 'bold',
        fill: tone(r)
      })
    );
    y = beside ? y + rowH : barY + barH + size * 1.6;
  }

  // What the bars add up to, then how they are made: each only where it fits.
  const m = revenueMultiples(data);
  const commitments = rows[0]!;
  const plan = rows[1]!;
  const extras = [
    {
      id: 'rev-gap',
      text: t.panel.gap(m.plan, m.commitments),
      fill: 'accent' as Tone,
      weight: 'bold' as const
    },
    {
      id: 'rev-note',
      text: t.panel.note(commitments.total, commitments.years, plan.total, plan.years),
      fill: 'muted' as Tone,
      weight: 'normal' as const
    }
  ];
  y += beside ? size * 0.9 : 0;
  for (const e of extras) {
    const block = textBlock(e.id, e.text, {
      x: f.pad,
      y,
      maxWidth: f.inner.width,
      size,
      fill: e.fill,
      weight: e.weight
    });
    if (block.bottom > f.bottom) break;
    marks.push(...block.marks);
    y = block.bottom + size * 1.1;
  }
  return marks;
}
