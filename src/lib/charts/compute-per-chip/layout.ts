import { scaleLinear, scaleLog } from 'd3-scale';
import { xLabels } from '$lib/charts/axes';
import { fontSizes } from '$lib/charts/frame';
import { num, pct, times } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { CHINA_VERSIONS, flops, h20Share, v100ToB200, yearOf, type Chip, type ChipData } from './data';
import { placeLabels, type LabelRequest } from '$lib/charts/labels';
import type { ComputeState } from './states';

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
  const f = fontSizes(size.width);
  const pad = Math.max(10, Math.min(20, size.width * 0.03));
  const marks: Mark[] = [];

  const title = textBlock('title', 'Peak throughput per AI chip, by release date', {
    x: pad,
    y: pad + f.title,
    maxWidth: size.width - 2 * pad,
    size: f.title,
    weight: 'bold'
  });
  marks.push(...title.marks);
  const sub = textBlock(
    'subtitle',
    'Dense 16-bit (FP16/BF16) figures unless marked. Log scale: each gridline is 10× the one below; 1 PFLOP/s = a million billion operations a second.',
    { x: pad, y: title.bottom + f.small * 1.3, maxWidth: size.width - 2 * pad, size: f.small, fill: 'muted' }
  );
  marks.push(...sub.marks);

  const legendH = state.precision === 'all' ? f.small * 1.6 : 0;
  const top = sub.bottom + f.small * 1.6 + legendH;
  const bottom = size.height - pad - f.small * 1.6;
  const left = pad;
  const right = size.width - pad;

  const y = scaleLog()
    .domain(state.precision === 'all' ? Y_DOMAIN : Y_DOMAIN_FP16)
    .range([bottom, top]);
  const x = scaleLinear()
    .domain(X_DOMAIN)
    .range([left + 4, right - 4]);

  // Gridline labels sit at the right end: the left is where the 2017 chips are, right on the
  // 100 TFLOP/s line, while nothing recent is near a gridline's right end.
  for (const v of state.precision === 'all' ? [1e14, 1e15, 1e16] : [1e14, 1e15]) {
    marks.push({
      id: `grid-line-${v}`,
      kind: 'line',
      x1: left,
      x2: right,
      y1: y(v),
      y2: y(v),
      stroke: 'grid'
    });
    marks.push({
      id: `grid-label-${v}`,
      kind: 'text',
      // The 10 PFLOP/s line only exists for the FP4 markers, which crowd its right end.
      x: v === 1e16 ? left : right,
      y: y(v) - 4,
      text: flops(v),
      size: f.small,
      fill: 'muted',
      anchor: v === 1e16 ? 'start' : 'end',
      halo: true
    });
  }
  const years =
    size.width < 480
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

  if (state.precision === 'all') {
    const ly = sub.bottom + f.small * 1.5;
    const items: { id: string; text: string }[] = [
      { id: 'fp16', text: 'FP16/BF16' },
      { id: 'fp8', text: 'FP8' },
      { id: 'fp4', text: 'FP4' }
    ];
    let lx = pad + 6;
    for (const it of items) {
      marks.push(...marker(`legend-${it.id}`, it.id as Precision, lx, ly - f.small * 0.35, 'ink'));
      marks.push({
        id: `legend-${it.id}-text`,
        kind: 'text',
        x: lx + 9,
        y: ly,
        text: it.text,
        size: f.small,
        fill: 'ink'
      });
      lx += 9 + textWidth(it.text, f.small) + 16;
    }
  }

  if (state.chatgpt) {
    const cx = x(yearOf(CHATGPT));
    marks.push({
      id: 'chatgpt-line',
      kind: 'line',
      x1: cx,
      x2: cx,
      y1: top,
      y2: bottom,
      stroke: 'muted',
      dash: '3 3'
    });
    marks.push({
      id: 'chatgpt-label',
      kind: 'text',
      x: cx - 4,
      y: bottom - 6,
      text: 'ChatGPT',
      size: f.small,
      fill: 'muted',
      anchor: 'end',
      halo: true
    });
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
  const requests: LabelRequest[] = [];
  for (const c of ordered) {
    const cx = x(yearOf(c.release_date));
    const isNamed = named.has(c.chip);
    const tone = toneOf(c);
    if (state.precision === 'all' && isNamed) {
      const low = c.fp4_flops ?? c.fp8_flops;
      if (low) {
        marks.push({
          id: `stem-${c.chip}`,
          kind: 'line',
          x1: cx,
          x2: cx,
          y1: y(c.fp16_flops),
          y2: y(low),
          stroke: tone,
          strokeWidth: 1.5
        });
      }
      if (c.fp8_flops) marks.push(...marker(`fp8-${c.chip}`, 'fp8', cx, y(c.fp8_flops), tone));
      if (c.fp4_flops) marks.push(...marker(`fp4-${c.chip}`, 'fp4', cx, y(c.fp4_flops), tone));
    }
    marks.push({
      id: `chip-${c.chip}`,
      kind: 'circle',
      cx,
      cy: y(c.fp16_flops),
      r: isNamed ? 5 : 3,
      fill: tone,
      stroke: 'paper',
      strokeWidth: 1,
      opacity: isNamed ? 1 : 0.55
    });
    if (isNamed) {
      const lowest = state.precision === 'all' ? (c.fp4_flops ?? c.fp8_flops) : null;
      const text = lowest
        ? `${c.chip} ${c.fp4_flops ? 'FP4' : 'FP8'}: ${flops(lowest)}`
        : `${c.chip}: ${flops(c.fp16_flops)}`;
      const ly = lowest ? y(lowest) : y(c.fp16_flops);
      requests.push({ key: c.chip, x: cx, y: ly, text, side: sideFor(cx, text, f.label, left, right) });
    }
  }

  const placed = placeLabels(requests, {
    gap: f.label * 1.25,
    top: top + f.label,
    bottom: bottom - f.label * 1.6,
    offset: 9
  });
  for (const p of placed) {
    if (p.moved) {
      marks.push({
        id: `leader-${p.key}`,
        kind: 'line',
        x1: p.x,
        y1: p.y,
        x2: p.lx,
        y2: p.ly,
        stroke: 'muted',
        strokeWidth: 0.75
      });
    }
    marks.push({
      id: `label-${p.key}`,
      kind: 'text',
      x: p.lx + (p.side === 'right' ? 2 : -2),
      y: p.ly,
      baseline: 'middle',
      text: p.text,
      size: f.label,
      fill: 'ink',
      anchor: p.side === 'right' ? 'start' : 'end',
      weight: 'bold',
      halo: true
    });
  }

  // The story's numbers, printed where the plot is empty (top left).
  const noteX = left + 6;
  let noteY = top + f.label * 0.8;
  const maxW = Math.min(size.width * 0.55, (right - left) * 0.6);
  if (state.multiple) {
    const m = v100ToB200(data);
    const block = textBlock('multiple', `B200 vs V100: ${times(m.multiple)} in ${num(m.years, 1)} years`, {
      x: noteX,
      y: noteY,
      maxWidth: maxW,
      size: f.label,
      fill: 'accent',
      weight: 'bold',
      halo: true
    });
    marks.push(...block.marks);
    noteY = block.bottom + f.label;
  }
  if (state.china) {
    const block = textBlock(
      'china-note',
      `H20, built for China under the 2023 rules: ${pct(h20Share(data) * 100, 0)} of the H100's FP16 rate. Blue: Huawei.`,
      { x: noteX, y: noteY, maxWidth: maxW, size: f.small, fill: 'warn', halo: true }
    );
    marks.push(...block.marks);
  }
  if (state.gpt3Note) {
    marks.push(
      ...textBlock('gpt3-note', 'GPT-3 (2020) was trained on V100s', {
        x: noteX,
        y: noteY,
        maxWidth: maxW,
        size: f.small,
        fill: 'muted',
        halo: true
      }).marks
    );
  }

  return { width: size.width, height: size.height, marks };
}

/** Put a label on the side of its point where it fits, preferring the side facing the middle. */
export function sideFor(
  cx: number,
  text: string,
  size: number,
  left: number,
  right: number
): 'left' | 'right' {
  const w = textWidth(text, size, 'bold') + 12;
  const preferred = cx > (left + right) / 2 ? 'left' : 'right';
  const fits = (side: 'left' | 'right') => (side === 'left' ? cx - w >= left : cx + w <= right);
  if (fits(preferred)) return preferred;
  const other = preferred === 'left' ? 'right' : 'left';
  return fits(other) ? other : preferred;
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
