import { scaleLinear, scaleLog } from 'd3-scale';
import { xLabels } from '$lib/charts/axes';
import { frame, header, legendRow } from '$lib/charts/frame';
import { num, pct, times } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import { dot, line, text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { CHINA_VERSIONS, flops, h20Share, v100ToB200, yearOf, type Chip, type ChipData } from './data';
import { clearOf, placeLeaderLabels, sideFor, type LabelRequest } from '$lib/charts/labels';
import type { ComputeState } from './states';
import { strings } from './strings';

export const Y_DOMAIN: [number, number] = [3e13, 2.5e16];
/** Until the FP8/FP4 figures arrive nothing goes above 2.6 PFLOP/s: give the dots the room. */
export const Y_DOMAIN_FP16: [number, number] = [3e13, 4e15];
export const X_DOMAIN: [number, number] = [2016.6, 2026.6];
const CHATGPT = '2022-11-30';
/**
 * Peak dense FP16/BF16 throughput of data-centre accelerators by release date, log scale. Steps
 * reveal chips up to a date, name a few, pick out the China versions, and finally add the FP8 and
 * FP4 figures that make the newest headline numbers larger still.
 */
export function layout(data: ChipData, state: Resolved<ComputeState>, size: Size): Scene {
  const fr = frame(size);
  const { fs: f, pad } = fr;
  const { locale } = state;
  const t = strings[locale];
  const head = header(fr, t.title, fr.compact ? t.subtitleShort : t.subtitle, { subtitleSize: 'small' });
  const marks: Mark[] = [...head.marks];
  // FP16 = filled dot, FP8 = ring, FP4 = hollow square: shape, not colour, tells precision.
  const legend =
    state.precision === 'all'
      ? legendRow(
          (['fp16', 'fp8', 'fp4'] as const).map((p) => ({
            id: `legend-${p}`,
            text: { fp16: 'FP16/BF16', fp8: 'FP8', fp4: 'FP4' }[p],
            swatch: (id: string, cx: number, cy: number) => marker(id, p, cx, cy, 'ink')
          })),
          { x: pad, y: head.bottom + f.small * 1.3, maxWidth: fr.inner.width, size: f.small }
        )
      : { marks: [], bottom: head.bottom };
  marks.push(...legend.marks);
  const top = legend.bottom + f.small * 1.6;
  const bottom = fr.bottom - f.small * 1.6;
  const left = pad;
  const right = fr.right;

  const y = scaleLog()
    .domain(state.precision === 'all' ? Y_DOMAIN : Y_DOMAIN_FP16)
    .range([bottom, top]);
  const x = scaleLinear()
    .domain(X_DOMAIN)
    .range([left + 4, right - 4]);

  // Gridline labels sit at the right end: the left is where the 2017 chips are, right on the
  // 100 TFLOP/s line, while nothing recent is near a gridline's right end.
  const gridValues = state.precision === 'all' ? [1e14, 1e15, 1e16] : [1e14, 1e15];
  for (const v of gridValues) {
    marks.push(line(`grid-line-${v}`, left, y(v), right, y(v), 'grid'));
  }
  const years = fr.narrow
    ? [2018, 2020, 2022, 2024, 2026]
    : [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
  marks.push(
    ...xLabels(
      'year',
      years.map((yr) => ({ key: String(yr), x: x(yr), text: String(yr) })),
      { y: bottom + f.small * 1.4, size: f.small }
    )
  );
  marks.push({ id: 'x-axis', kind: 'line', x1: left, x2: right, y1: bottom, y2: bottom, stroke: 'grid' });

  if (state.chatgpt) {
    const cx = x(yearOf(CHATGPT));
    marks.push(line('chatgpt-line', cx, top, cx, bottom, 'muted', { dash: '3 3' }));
  }

  const visible = data.filter((d) => d.release_date <= state.through);
  const named = new Set(state.named);
  const toneOf = (c: Chip): Tone => {
    if (state.china && CHINA_VERSIONS.includes(c.chip)) return 'warn';
    if (state.china && c.manufacturer === 'Huawei') return 'contrast';
    return named.has(c.chip) ? 'accent' : 'muted';
  };

  // Context dots first, named ones on top.
  const ordered = [...visible].sort((a, b) => Number(named.has(a.chip)) - Number(named.has(b.chip)));
  const namedLabels: { key: string; x: number; y: number; name: string; value: string }[] = [];
  for (const c of ordered) {
    const cx = x(yearOf(c.release_date));
    const isNamed = named.has(c.chip);
    const tone = toneOf(c);
    if (state.precision === 'all' && isNamed) {
      const low = c.fp4_flops ?? c.fp8_flops;
      if (low) {
        marks.push(line(`stem-${c.chip}`, cx, y(c.fp16_flops), cx, y(low), tone, { strokeWidth: 1.5 }));
      }
      if (c.fp8_flops) marks.push(...marker(`fp8-${c.chip}`, 'fp8', cx, y(c.fp8_flops), tone));
      if (c.fp4_flops) marks.push(...marker(`fp4-${c.chip}`, 'fp4', cx, y(c.fp4_flops), tone));
    }
    marks.push(
      dot(`chip-${c.chip}`, cx, y(c.fp16_flops), isNamed ? 5 : 3, tone, {
        stroke: 'paper',
        strokeWidth: 1,
        opacity: isNamed ? 1 : 0.55
      })
    );
    if (isNamed) {
      const lowest = state.precision === 'all' ? (c.fp4_flops ?? c.fp8_flops) : null;
      namedLabels.push({
        key: c.chip,
        x: cx,
        y: lowest ? y(lowest) : y(c.fp16_flops),
        name: lowest ? `${c.chip} ${c.fp4_flops ? 'FP4' : 'FP8'}` : c.chip,
        value: flops(lowest ?? c.fp16_flops, locale)
      });
    }
  }

  // The story's numbers, printed where the plot is empty (top left).
  const notes: Mark[] = [];
  const noteX = left + 6;
  let noteY = top + f.label * 0.8;
  const maxW = Math.min(size.width * 0.55, (right - left) * 0.6);
  if (state.multiple) {
    const m = v100ToB200(data);
    const block = textBlock('multiple', t.multiple(times(m.multiple, 0, locale), num(m.years, 1, locale)), {
      x: noteX,
      y: noteY,
      maxWidth: maxW,
      size: f.label,
      fill: 'accent',
      weight: 'bold',
      halo: true
    });
    notes.push(...block.marks);
    noteY = block.bottom + f.label;
  }
  if (state.china) {
    notes.push(
      ...textBlock('china-note', t.china(pct(h20Share(data) * 100, 0, locale)), {
        x: noteX,
        y: noteY,
        maxWidth: maxW,
        size: f.small,
        fill: 'warn',
        halo: true
      }).marks
    );
  }
  if (state.gpt3Note) {
    notes.push(
      ...textBlock('gpt3-note', t.gpt3, {
        x: noteX,
        y: noteY,
        maxWidth: maxW,
        size: f.small,
        fill: 'muted',
        halo: true
      }).marks
    );
  }
  const notesBottom = Math.max(top, ...notes.map((m) => (m.kind === 'text' ? m.y + m.size * 0.4 : 0)));

  // Chip labels: one line ("H100: 989 TFLOP/s"), or two for every label where one of them would
  // fit on neither side of its point. They stay below the notes.
  const lineW = (t: string) => textWidth(t, f.label, 'bold') + 12;
  const oneLine = (n: { name: string; value: string }) => t.chip(n.name, n.value);
  const twoLines = namedLabels.some((n) => n.x - lineW(oneLine(n)) < left && n.x + lineW(oneLine(n)) > right);
  const lh = f.label * 1.2;
  const gap = twoLines ? lh * 2 + f.label * 0.35 : f.label * 1.25;
  const band = [notesBottom + f.label * (twoLines ? 1.6 : 1), bottom - f.label * 1.6] as const;
  // Short frames label fewer chips: the first ones states.ts names, as many as the band holds.
  const room = Math.max(2, Math.floor((band[1] - band[0]) / gap) + 1);
  const labelled = new Set(state.named.slice(0, room));
  const requests: LabelRequest[] = namedLabels
    .filter((n) => labelled.has(n.key))
    .map((n) => {
      const width = twoLines ? Math.max(lineW(n.name), lineW(n.value)) : lineW(oneLine(n));
      return {
        key: n.key,
        x: n.x,
        y: n.y,
        text: twoLines ? `${n.name}\n${n.value}` : oneLine(n),
        side: sideFor(n.x, width, left, right)
      };
    });

  // Every chip's dot stays visible: a label that would cover one slides past it.
  const points = visible.map((c) => ({
    key: c.chip,
    x: x(yearOf(c.release_date)),
    y: y(c.fp16_flops),
    r: named.has(c.chip) ? 5 : 3
  }));
  marks.push(
    ...placeLeaderLabels(
      requests,
      { gap, top: band[0], bottom: band[1], offset: 9 },
      { size: f.label, lineHeight: lh },
      { points, left, right }
    ),
    ...notes
  );

  // The ChatGPT line's label: at its foot, or its head, whichever no chip label is on.
  if (state.chatgpt) {
    const cx = x(yearOf(CHATGPT));
    const label = [bottom - 6, top + f.small]
      .map((ly): Mark =>
        text('chatgpt-label', cx - 4, ly, 'ChatGPT', f.small, { fill: 'muted', anchor: 'end', halo: true })
      )
      .find((m) => clearOf([m], marks));
    if (label) marks.push(label);
  }

  // Gridline labels at the right end of their line (nothing recent is near it), else at the
  // left end, else left out where the chip labels crowd both.
  for (const v of gridValues) {
    const at = (end: 'left' | 'right'): Mark =>
      text(`grid-label-${v}`, end === 'left' ? left : right, y(v) - 4, flops(v, locale), f.small, {
        fill: 'muted',
        anchor: end === 'left' ? 'start' : 'end',
        halo: true
      });
    // The 10 PFLOP/s line exists only for the FP4 markers, which crowd its right end.
    const ends = v === 1e16 ? (['left', 'right'] as const) : (['right', 'left'] as const);
    const label = ends.map(at).find((m) => clearOf([m], marks));
    if (label) marks.push(label);
  }

  return { width: size.width, height: size.height, marks };
}

type Precision = 'fp16' | 'fp8' | 'fp4';

/** FP16 = filled dot, FP8 = ring, FP4 = hollow square: precision is told by shape, not colour. */
function marker(id: string, p: Precision, cx: number, cy: number, tone: Tone): Mark[] {
  if (p === 'fp16') return [{ id, kind: 'circle', cx, cy, r: 4.5, fill: tone }];
  if (p === 'fp8')
    return [{ id, kind: 'circle', cx, cy, r: 4.5, fill: 'paper', stroke: tone, strokeWidth: 1.75 }];
  return [
    {
      id,
      kind: 'rect',
      x: cx - 4.5,
      y: cy - 4.5,
      width: 9,
      height: 9,
      fill: 'paper',
      stroke: tone,
      strokeWidth: 1.75
    }
  ];
}
