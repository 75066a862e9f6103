import type { Mark, PathMark, Resolved, Scene, Size, TextMark, Tone } from '$lib/charts/types';
import { fontSizes } from '$lib/charts/frame';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Flow, FlowKind, LoopData, NodeId } from './data';
import {
  boxMarks,
  curvedArrow,
  orientationOf,
  pointAlong,
  textBounds,
  placeBox,
  routedArrow,
  type Area,
  type Box,
  type Point
} from './graph';
import { states, type LoopState } from './states';

/** Bold glyphs run about 10% wider than textBlock's estimate: wrap bold text narrower. */
const BOLD = 1.1;

export const NODE_LABELS: Record<NodeId, string> = {
  microsoft: 'Microsoft',
  openai: 'OpenAI',
  azure: 'Azure cloud',
  nvidia: 'NVIDIA',
  shareholders: 'Shareholders',
  oracle: 'Oracle',
  amd: 'AMD',
  coreweave: 'CoreWeave',
  amazon: 'Amazon',
  softbank: 'SoftBank'
};

/** The five players on stage from the first frame. */
export const CORE_NODES: readonly NodeId[] = ['microsoft', 'openai', 'azure', 'nvidia', 'shareholders'];

/** The circle the last step picks out: investment → compute → chips → market value → investor. */
export const CIRCLE_FLOWS: readonly string[] = [
  'msft-openai-funding',
  'openai-azure-contract',
  'cloud-nvidia-gpus',
  'nvidia-market-value',
  'msft-openai-stake-value'
];

/** Stage at which the revenue panel's numbers are shown (no new flow). */
export const REVENUE_STAGE = 10;

// Node positions as fractions of the drawing area. Landscape reads left to right
// (investors → OpenAI → clouds → chip makers) with the return along the top; portrait reads
// top to bottom with the return down the left edge.
const POSITIONS: Record<'portrait' | 'landscape', Record<NodeId, Point>> = {
  landscape: {
    microsoft: [0.09, 0.24],
    softbank: [0.09, 0.56],
    amazon: [0.09, 0.88],
    openai: [0.33, 0.56],
    azure: [0.57, 0.24],
    oracle: [0.57, 0.6],
    coreweave: [0.57, 0.9],
    nvidia: [0.84, 0.4],
    amd: [0.84, 0.9],
    shareholders: [0.84, 0.03]
  },
  portrait: {
    microsoft: [0.2, 0.02],
    softbank: [0.52, 0.02],
    amazon: [0.86, 0.02],
    openai: [0.52, 0.25],
    azure: [0.18, 0.42],
    oracle: [0.84, 0.42],
    coreweave: [0.84, 0.62],
    amd: [0.14, 0.7],
    nvidia: [0.52, 0.8],
    shareholders: [0.52, 0.99]
  }
};

// Bends per flow (fraction of the arrow's length, to the right of its direction).
const BEND: Record<string, number> = {
  'nvidia-market-value': 0,
  'softbank-openai-stake': 0,
  'nvidia-openai-loi': 0.09,
  'openai-nvidia-systems': 0.09,
  'openai-amd-gpus': 0.06,
  'amd-openai-warrant': 0.06
};

// Where along its arrow a flow's label sits (0 = start, 1 = end), where the middle is crowded.
const LABEL_AT: Record<'portrait' | 'landscape', Record<string, number>> = {
  portrait: {
    'oracle-nvidia-gpus': 0.3,
    'coreweave-nvidia-gpus': 0.7,
    'nvidia-coreweave-backstop': 0.6,
    'openai-amd-gpus': 0.6,
    'amd-openai-warrant': 0.2,
    'nvidia-openai-stake': 0.3,
    'nvidia-openai-loi': 0.55
  },
  landscape: {
    'oracle-nvidia-gpus': 0.3,
    'coreweave-nvidia-gpus': 0.7,
    'nvidia-coreweave-backstop': 0.6,
    'openai-amd-gpus': 0.5,
    'amd-openai-warrant': 0.25,
    'nvidia-openai-stake': 0.6
  }
};

export const KIND_STYLE: Record<FlowKind, { dash?: string; legend: string }> = {
  paid: { legend: 'paid' },
  committed: { dash: '7 4', legend: 'contracted' },
  intent: { dash: '0.5 5', legend: 'letter of intent' },
  value: { dash: '8 3 2 3', legend: 'market value, not cash' }
};

export const nodeLabel = (id: NodeId) => NODE_LABELS[id];

/** Flows visible at a stage, and whether each is new, old or superseded. */
export function visibleFlows(data: LoopData, stage: number) {
  return data.flows
    .filter((f) => f.stage <= stage)
    .map((f) => ({
      flow: f,
      isNew: f.stage === stage,
      superseded: f.superseded_stage !== null && stage >= f.superseded_stage
    }));
}

function kindSample(id: string, x: number, y: number, kind: FlowKind, tone: Tone): Mark {
  return {
    id,
    kind: 'path',
    points: [
      [x, y],
      [x + 22, y]
    ],
    stroke: tone,
    strokeWidth: 2.5,
    dash: KIND_STYLE[kind].dash,
    arrow: true
  };
}

export function layout(data: LoopData, state: Resolved<LoopState>, size: Size): Scene {
  const fs = fontSizes(size.width);
  const font = fs.small;
  const nodeFont = fs.label;
  const pad = 12;
  const width = size.width - 2 * pad;
  const orient = orientationOf(size);
  const marks: Mark[] = [];
  const stage = state.stage;
  const panel = state.revenuePanel;

  // ---- Caption: what the step adds. The diagram starts below the tallest caption of any step,
  // so nodes stay put from step to step and only the flows change.
  const sampleW = 30;
  const shown = visibleFlows(data, stage);
  const fresh = shown.filter((s) => s.isNew).map((s) => s.flow);
  marks.push(...caption(data, state, size).marks);
  const y = Math.max(
    ...[states.initial, ...Object.values(states.steps)].map(
      (st) => caption(data, { ...states.initial, ...st }, size).bottom
    )
  );

  // ---- Legend at the bottom: the four kinds of flow.
  const kinds: FlowKind[] = ['paid', 'committed', 'intent', 'value'];
  // Flowed left to right, wrapping when a row is full, so it fits from 320 px up.
  const slots: { k: FlowKind; x: number; row: number }[] = [];
  let cx = pad;
  let row = 0;
  for (const k of kinds) {
    const w = sampleW + textWidth(KIND_STYLE[k].legend, font) + 16;
    if (cx > pad && cx + w - 16 > size.width - pad) {
      cx = pad;
      row++;
    }
    slots.push({ k, x: cx, row });
    cx += w;
  }
  const legendTop = size.height - pad - row * font * 1.6 - font * 0.3;
  for (const { k, x: lx, row: r } of slots) {
    const ly = legendTop + r * font * 1.6;
    marks.push(kindSample(`legend-sample-${k}`, lx, ly - font * 0.35, k, k === 'value' ? 'contrast' : 'ink'));
    marks.push({
      id: `legend-${k}`,
      kind: 'text',
      x: lx + sampleW,
      y: ly,
      text: KIND_STYLE[k].legend,
      size: font,
      fill: 'ink'
    });
  }

  // ---- The diagram.
  const area: Area = {
    x: pad + (orient === 'portrait' ? 10 : 0),
    y: y + 4,
    width: width - (orient === 'portrait' ? 10 : 0),
    height: legendTop - font * 1.6 - (y + 4)
  };
  const visibleNodes = new Set<NodeId>(CORE_NODES);
  for (const s of shown) {
    visibleNodes.add(s.flow.from);
    visibleNodes.add(s.flow.to);
  }
  const boxes = new Map<NodeId, Box>();
  for (const id of visibleNodes) {
    boxes.set(id, placeBox(id, NODE_LABELS[id], POSITIONS[orient][id], area, nodeFont));
  }
  const dim = panel ? 0.12 : 1;
  const circleIds = new Set(CIRCLE_FLOWS);
  const active = new Set<NodeId>();
  for (const f of fresh) {
    active.add(f.from);
    active.add(f.to);
  }

  const edgeMarks: Mark[] = [];
  const labelJobs: {
    flow: Flow;
    points: Point[];
    text: string;
    fill: Tone;
    bold: boolean;
    opacity: number;
    priority: number;
  }[] = [];
  for (const { flow, isNew, superseded } of shown) {
    const a = boxes.get(flow.from)!;
    const b = boxes.get(flow.to)!;
    const points = pathFor(flow, a, b, orient, area, pad);
    const onCircle = circleIds.has(flow.id);
    const lit = state.circle ? onCircle : isNew && !panel;
    const tone: Tone = superseded ? 'muted' : flow.kind === 'value' ? 'contrast' : lit ? 'accent' : 'muted';
    const opacity = dim * (superseded ? 0.45 : state.circle && !onCircle ? 0.3 : 1);
    const moving = !superseded && flow.kind !== 'intent' && !panel && (lit || !state.circle);
    const path: PathMark = {
      id: `flow-${flow.id}`,
      kind: 'path',
      points,
      stroke: tone,
      strokeWidth: lit ? 3 : 2,
      dash: KIND_STYLE[flow.kind].dash,
      arrow: true,
      opacity,
      flow: moving ? (lit ? { dots: 3, seconds: 4.5, tone } : { dots: 1, seconds: 7, tone }) : undefined
    };
    edgeMarks.push(path);
    if (state.circle && !onCircle) continue;
    // A replaced letter keeps one label saying so; its companion arrow needs none.
    if (superseded && flow.amount_usd_bn === null) continue;
    labelJobs.push({
      flow,
      points,
      text: superseded ? `${flow.label}: never signed` : flow.label,
      fill: superseded ? 'muted' : flow.kind === 'value' ? 'contrast' : lit ? 'accent' : 'muted',
      bold: lit,
      opacity: dim * (superseded ? 0.8 : 1),
      priority: (lit ? 100 : 0) + (superseded ? 50 : 0) + flow.stage
    });
  }
  // Place labels most important first; each tries a few spots along its arrow until it clears
  // the node boxes and the labels already placed.
  const taken: Bounds[] = [...boxes.values()].map((b) => ({
    x0: b.cx - b.w / 2,
    x1: b.cx + b.w / 2,
    y0: b.cy - b.h / 2,
    y1: b.cy + b.h / 2
  }));
  const labelMarks: TextMark[] = [];
  for (const job of [...labelJobs].sort((p, q) => q.priority - p.priority)) {
    const first = LABEL_AT[orient][job.flow.id] ?? 0.5;
    const tries = [first, 0.5, 0.35, 0.65, 0.25, 0.75, 0.18, 0.82];
    let chosen: TextMark | null = null;
    for (const t of tries) {
      const [mx, my] = beside(job.points, t, job.text, font, bendOf(job.flow, orient));
      const m: TextMark = {
        id: `flow-${job.flow.id}-label`,
        kind: 'text',
        x: clampX(mx, job.text, font, size.width, pad),
        y: my,
        baseline: 'middle',
        anchor: 'middle',
        text: job.text,
        size: font,
        fill: job.fill,
        weight: job.bold ? 'bold' : 'normal',
        halo: true,
        opacity: job.opacity
      };
      chosen ??= m;
      if (!taken.some((r) => overlaps(r, textBounds(m)))) {
        chosen = m;
        break;
      }
    }
    taken.push(textBounds(chosen!));
    labelMarks.push(chosen!);
  }
  marks.push(...edgeMarks);
  for (const [id, b] of boxes) {
    const inCircle = state.circle && CORE_NODES.includes(id);
    const bold = inCircle || active.has(id);
    marks.push(
      ...boxMarks(b, nodeFont, {
        stroke: bold ? 'accent' : 'muted',
        bold,
        opacity: dim * (state.circle && !inCircle ? 0.5 : 1)
      })
    );
  }
  marks.push(...labelMarks);

  if (panel) marks.push(...revenuePanel(data, area, fs));
  return { width: size.width, height: size.height, marks };
}

/** The caption for a step: one line per new flow with its line style, then the first one's detail. */
function caption(data: LoopData, state: LoopState, size: Size): { marks: Mark[]; bottom: number } {
  const fs = fontSizes(size.width);
  const font = fs.small;
  const pad = 12;
  const width = size.width - 2 * pad;
  const marks: Mark[] = [];
  const stage = state.stage;
  const fresh = visibleFlows(data, stage)
    .filter((s) => s.isNew)
    .map((s) => s.flow);
  const compact = size.width < 360 || size.height < 520;
  let y = pad + fs.title;
  const captionLines: { text: string; kind?: FlowKind }[] = [];
  let detail = '';
  if (state.revenuePanel) {
    captionLines.push({ text: 'OpenAI: what it earns and loses, against what it has promised to spend' });
  } else if (stage === 0) {
    captionLines.push({ text: 'Five players. Each step adds one flow of money.' });
  } else {
    for (const f of fresh) {
      captionLines.push({
        text: `${nodeLabel(f.from)} → ${nodeLabel(f.to)}: ${f.label} · ${f.date_label}`,
        kind: f.kind
      });
    }
    // On a small phone the diagram needs the room more than the detail (the prose has it).
    detail = compact && (fresh.length > 1 || state.circle) ? '' : (fresh[0]?.detail ?? '');
  }
  const sampleW = 30;
  const headSize = compact ? font : fs.label;
  captionLines.forEach((line, i) => {
    const x = line.kind ? pad + sampleW : pad;
    if (line.kind)
      marks.push(
        kindSample(
          `caption-sample-${i}`,
          pad,
          y - font * 0.35,
          line.kind,
          line.kind === 'value' ? 'contrast' : 'accent'
        )
      );
    const block = textBlock(`caption-${i}`, line.text, {
      x,
      y,
      maxWidth: (width - (x - pad)) / BOLD,
      size: headSize,
      weight: 'bold'
    });
    marks.push(...block.marks);
    y = block.bottom + headSize * 1.1;
  });
  if (detail) {
    const block = textBlock('caption-detail', detail, {
      x: pad,
      y,
      maxWidth: width,
      size: font,
      fill: 'muted'
    });
    marks.push(...block.marks);
    y = block.bottom + font * 1.1;
  }
  if (state.circle) {
    const block = textBlock(
      'caption-circle',
      'The same dollars, counted three times: as investment, as revenue, as market value.',
      { x: pad, y, maxWidth: width / BOLD, size: font, fill: 'accent', weight: 'bold' }
    );
    marks.push(...block.marks);
    y = block.bottom + font * 1.1;
  }
  return { marks, bottom: y };
}

type Bounds = { x0: number; x1: number; y0: number; y1: number };

function overlaps(a: Bounds, b: Bounds): boolean {
  return a.x0 < b.x1 + 2 && b.x0 < a.x1 + 2 && a.y0 < b.y1 + 1 && b.y0 < a.y1 + 1;
}

function bendOf(flow: Flow, orient: 'portrait' | 'landscape'): number {
  if (flow.id === 'msft-openai-stake-value') return 0;
  if (flow.id === 'nvidia-openai-stake') return orient === 'portrait' ? 0.24 : 0.16;
  return BEND[flow.id] ?? 0.1;
}

/**
 * A label position next to an arrow, on the outside of its bend, so that the two arrows of a
 * pair (one each way) keep their labels on their own sides instead of stacked in between.
 */
function beside(points: readonly Point[], t: number, text: string, size: number, bend: number): Point {
  const [x, y] = pointAlong(points, t);
  if (bend === 0) return [x, y];
  const [x0, y0] = pointAlong(points, Math.max(0, t - 0.03));
  const [x1, y1] = pointAlong(points, Math.min(1, t + 0.03));
  const nx = -(y1 - y0);
  const ny = x1 - x0;
  const side = Math.sign(bend);
  if (Math.abs(nx) > Math.abs(ny)) return [x + Math.sign(nx) * side * (textWidth(text, size) / 2 + 5), y];
  return [x, y + Math.sign(ny) * side * size * 0.9];
}

function clampX(x: number, text: string, size: number, width: number, pad: number): number {
  const half = textWidth(text, size) / 2;
  return Math.min(width - pad - half, Math.max(pad + half, x));
}

function pathFor(
  flow: Flow,
  a: Box,
  b: Box,
  orient: 'portrait' | 'landscape',
  area: Area,
  pad: number
): Point[] {
  if (flow.id === 'msft-openai-stake-value') {
    // The long way round, so the circle reads as a circle.
    if (orient === 'landscape') return routedArrow(a, b, [[b.cx, a.cy]]);
    const x = pad + 2;
    return routedArrow(a, b, [
      [x, a.cy],
      [x, b.cy]
    ]);
  }
  // The stake arcs wide around the letter it replaced (see bendOf).
  return curvedArrow(a, b, bendOf(flow, orient));
}

/** Bars on one scale: $1.4 trillion of commitments beside $13 billion of revenue. */
function revenuePanel(data: LoopData, area: Area, fs: ReturnType<typeof fontSizes>): Mark[] {
  const f = data.financials;
  const rows = [
    {
      r: f['compute-commitments'],
      fill: 'none' as const,
      stroke: 'accent' as Tone,
      dash: KIND_STYLE.committed.dash,
      text: 'Compute commitments over ~8 years (Altman, Nov 2025)'
    },
    {
      r: f['compute-plan-2030'],
      fill: 'none' as const,
      stroke: 'accent' as Tone,
      dash: KIND_STYLE.committed.dash,
      text: 'Planned compute spending to 2030 (reported, Feb 2026)'
    },
    {
      r: f['revenue-2025'],
      fill: 'accent' as Tone,
      stroke: 'accent' as Tone,
      dash: undefined,
      text: 'Revenue, 2025'
    },
    {
      r: f['operating-loss-2025'],
      fill: 'warn' as Tone,
      stroke: 'warn' as Tone,
      dash: undefined,
      text: 'Operating loss, 2025'
    }
  ];
  const max = f['compute-commitments'].value_usd_bn;
  const marks: Mark[] = [];
  const font = fs.small;
  const x0 = area.x + 4;
  const barMax = area.width - 8 - textWidth('$1,400B', fs.label) * 1.1 - 8;
  const barH = Math.max(10, Math.min(22, area.height / 14));
  let y = area.y + font * 1.2;
  rows.forEach(({ r, fill, stroke, dash, text }) => {
    const block = textBlock(`rev-${r.id}-name`, text, {
      x: x0,
      y,
      maxWidth: area.width - 8,
      size: font,
      fill: 'ink'
    });
    marks.push(...block.marks);
    const top = block.bottom + 4;
    const w = Math.max(1.5, (r.value_usd_bn / max) * barMax);
    marks.push({
      id: `rev-${r.id}-bar`,
      kind: 'rect',
      x: x0,
      y: top,
      width: w,
      height: barH,
      fill,
      stroke,
      strokeWidth: 1.5,
      dash
    });
    const value =
      r.value_usd_bn >= 100
        ? `$${r.value_usd_bn.toLocaleString('en-US')}B`
        : `$${r.value_usd_bn.toFixed(1)}B`;
    marks.push({
      id: `rev-${r.id}-value`,
      kind: 'text',
      x: x0 + w + 6,
      y: top + barH / 2,
      baseline: 'middle',
      text: value,
      size: fs.label,
      weight: 'bold',
      fill: stroke
    });
    if (r.id === 'revenue-2025') {
      // The point of the panel, in words: revenue is a sliver of the top bar.
      const share = (r.value_usd_bn / max) * 100;
      const vx = x0 + w + 6 + textWidth(value, fs.label) * BOLD + 8;
      marks.push({
        id: 'rev-share',
        kind: 'text',
        x: vx,
        y: top + barH / 2,
        baseline: 'middle',
        text: `≈${share.toFixed(1)}% of the top bar`,
        size: font,
        fill: 'muted'
      });
    }
    y = top + barH + font * 2;
  });
  const note = textBlock(
    'rev-note',
    'Same scale for every bar. Revenue and loss: audited 2025 accounts as reported by the Financial Times. Commitments: announced totals over several years, not obligations paid.',
    { x: x0, y, maxWidth: area.width - 8, size: font, fill: 'muted' }
  );
  marks.push(...note.marks);
  return [
    {
      id: 'rev-backdrop',
      kind: 'rect',
      x: area.x - 4,
      y: area.y - 4,
      width: area.width + 8,
      height: Math.max(area.height, note.bottom - area.y) + 8,
      fill: 'paper',
      opacity: 0.9
    },
    ...marks
  ];
}
