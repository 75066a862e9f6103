import { fontSizes } from '$lib/charts/frame';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, PathMark, Resolved, Scene, Size, TextMark, Tone } from '$lib/charts/types';
import {
  boxMarks,
  curvedArrow,
  orientationOf,
  placeBox,
  pointAlong,
  routedArrow,
  textBounds,
  type Area,
  type Box,
  type Point
} from '../the-loop/graph';
import { HUB_IDS, type LinkKind, type NodeId, type WideningData } from './data';
import { states, type WideningState } from './states';

/** Bold glyphs run about 10% wider than textBlock's estimate: wrap bold text narrower. */
const BOLD = 1.1;

export const NODE_LABELS: Record<NodeId, string> = {
  openai: 'ChatGPT (OpenAI)',
  azure: 'Azure cloud',
  nvidia: 'NVIDIA',
  coreweave: 'CoreWeave',
  amd: 'AMD',
  stripe: 'Stripe',
  paypal: 'PayPal',
  etsy: 'Etsy sellers',
  shopify: 'Shopify',
  volkswagen: 'Volkswagen',
  anthropic: 'Anthropic',
  meta: 'Meta'
};

export const KIND_STYLE: Record<LinkKind, { dash?: string; legend: string }> = {
  live: { legend: 'live' },
  committed: { dash: '7 4', legend: 'contracted' },
  announced: { dash: '0.5 5', legend: 'announced, not yet live' },
  planned: { dash: '0.5 5', legend: 'announced, not yet live' }
};

const SECTOR: Partial<Record<NodeId, string>> = {
  stripe: 'Payments',
  etsy: 'Shopping',
  volkswagen: 'Manufacturing',
  anthropic: 'Other AI buyers'
};

type Layout = { nodes: Record<NodeId, Point>; hub: [number, number, number, number] };
const POSITIONS: Record<'portrait' | 'landscape', Layout> = {
  portrait: {
    hub: [0.02, 0.36, 0.98, 0.76],
    nodes: {
      stripe: [0.4, 0.05],
      paypal: [0.8, 0.05],
      etsy: [0.16, 0.25],
      shopify: [0.86, 0.25],
      openai: [0.6, 0.45],
      nvidia: [0.2, 0.56],
      azure: [0.8, 0.56],
      amd: [0.28, 0.68],
      coreweave: [0.64, 0.68],
      volkswagen: [0.18, 0.95],
      meta: [0.5, 0.95],
      anthropic: [0.85, 0.95]
    }
  },
  landscape: {
    hub: [0.29, 0.08, 0.71, 0.76],
    nodes: {
      stripe: [0.1, 0.12],
      paypal: [0.1, 0.4],
      etsy: [0.9, 0.12],
      shopify: [0.9, 0.4],
      openai: [0.5, 0.22],
      nvidia: [0.38, 0.44],
      azure: [0.62, 0.44],
      amd: [0.38, 0.64],
      coreweave: [0.62, 0.64],
      volkswagen: [0.1, 0.88],
      meta: [0.5, 0.95],
      anthropic: [0.9, 0.88]
    }
  }
};

export const nodeLabel = (id: NodeId | 'hub') =>
  id === 'hub' ? 'AI suppliers (not named)' : NODE_LABELS[id];

export function visibleLinks(data: WideningData, stage: number) {
  return data.links.filter((l) => l.stage <= stage).map((l) => ({ link: l, isNew: l.stage === stage }));
}

function sample(id: string, x: number, y: number, dash: string | undefined, tone: Tone): PathMark {
  return {
    id,
    kind: 'path',
    points: [
      [x, y],
      [x + 22, y]
    ],
    stroke: tone,
    strokeWidth: 2.5,
    dash,
    arrow: true
  };
}

export function layout(data: WideningData, state: Resolved<WideningState>, size: Size): Scene {
  const fs = fontSizes(size.width);
  const font = fs.small;
  const nodeFont = fs.label;
  const pad = 12;
  const width = size.width - 2 * pad;
  const orient = orientationOf(size);
  const pos = POSITIONS[orient];
  const marks: Mark[] = [];
  const shown = visibleLinks(data, state.stage);
  const fresh = shown.filter((s) => s.isNew).map((s) => s.link);

  // Caption; the diagram starts below the tallest caption of any step so nodes never move.
  const compact = size.width < 360 || size.height < 520;
  marks.push(...caption(data, state, size).marks);
  const y = Math.max(
    ...[states.initial, ...Object.values(states.steps)].map(
      (st) => caption(data, { ...states.initial, ...st }, size).bottom
    )
  );

  // Legend.
  const legend: { kind: LinkKind; text: string }[] = [
    { kind: 'live', text: KIND_STYLE.live.legend },
    { kind: 'committed', text: KIND_STYLE.committed.legend },
    { kind: 'announced', text: KIND_STYLE.announced.legend }
  ];
  const widths = legend.map((l) => 30 + textWidth(l.text, font) + 16);
  const oneRow = widths.reduce((a, b) => a + b, 0) <= width;
  const legendTop = size.height - pad - (oneRow ? 0 : font * 1.6) - font * 0.3;
  legend.forEach((l, i) => {
    const lx = oneRow
      ? pad + widths.slice(0, i).reduce((a, b) => a + b, 0)
      : pad + (i === 1 ? widths[0]! : 0);
    const ly = oneRow ? legendTop : legendTop + (i === 2 ? font * 1.6 : 0);
    marks.push(sample(`legend-sample-${l.kind}`, lx, ly - font * 0.35, KIND_STYLE[l.kind].dash, 'ink'));
    marks.push({
      id: `legend-${l.kind}`,
      kind: 'text',
      x: lx + 30,
      y: ly,
      text: l.text,
      size: font,
      fill: 'ink'
    });
  });

  const area: Area = { x: pad, y: y + 4, width, height: legendTop - font * 1.6 - (y + 4) };
  const hubRect = {
    x: area.x + pos.hub[0] * area.width,
    y: area.y + pos.hub[1] * area.height,
    w: (pos.hub[2] - pos.hub[0]) * area.width,
    h: (pos.hub[3] - pos.hub[1]) * area.height
  };
  marks.push({
    id: 'hub',
    kind: 'rect',
    x: hubRect.x,
    y: hubRect.y,
    width: hubRect.w,
    height: hubRect.h,
    rx: 10,
    fill: 'faint',
    stroke: state.converge ? 'accent' : 'grid',
    strokeWidth: state.converge ? 2.5 : 1
  });
  marks.push({
    id: 'hub-label',
    kind: 'text',
    x: hubRect.x + 8,
    y: hubRect.y + font * 1.3,
    text: 'The same few',
    size: font,
    weight: 'bold',
    fill: state.converge ? 'accent' : 'muted'
  });

  const boxes = new Map<NodeId, Box>();
  const visible = new Set<NodeId>(HUB_IDS);
  for (const { link } of shown) visible.add(link.from);
  for (const id of visible) boxes.set(id, placeBox(id, NODE_LABELS[id], pos.nodes[id], area, nodeFont));
  const hubBox: Box = {
    id: 'hub',
    label: '',
    cx: hubRect.x + hubRect.w / 2,
    cy: hubRect.y + hubRect.h / 2,
    w: hubRect.w,
    h: hubRect.h
  };

  const active = new Set<NodeId>();
  for (const l of fresh) {
    active.add(l.from);
    if (l.to !== 'hub') active.add(l.to);
  }
  const taken = [...boxes.values()].map((b) => ({
    x0: b.cx - b.w / 2,
    x1: b.cx + b.w / 2,
    y0: b.cy - b.h / 2,
    y1: b.cy + b.h / 2
  }));
  const edges: Mark[] = [];
  const labels: TextMark[] = [];
  for (const { link, isNew } of [...shown].sort((a, b) => Number(b.isNew) - Number(a.isNew))) {
    const from = boxes.get(link.from)!;
    const points = link.to === 'hub' ? toHub(from, hubBox) : curvedArrow(from, boxes.get(link.to)!, 0.08);
    const lit = isNew || state.converge;
    const tone: Tone = lit ? 'accent' : 'muted';
    edges.push({
      id: `link-${link.id}`,
      kind: 'path',
      points,
      stroke: tone,
      strokeWidth: lit ? 2.75 : 2,
      dash: KIND_STYLE[link.kind].dash,
      arrow: true,
      flow:
        link.kind === 'live' || link.kind === 'committed'
          ? { dots: lit ? 3 : 1, seconds: lit ? 4.5 : 7, tone }
          : undefined
    });
    // On a small phone only the step's new arrows keep their labels; the caption names them.
    if (compact && !isNew) continue;
    let chosen: TextMark | null = null;
    for (const t of [0.5, 0.35, 0.65, 0.25, 0.75]) {
      const [mx, my] = pointAlong(points, t);
      const half = textWidth(link.label, font) / 2;
      const m: TextMark = {
        id: `link-${link.id}-label`,
        kind: 'text',
        x: Math.min(size.width - pad - half, Math.max(pad + half, mx)),
        y: my,
        baseline: 'middle',
        anchor: 'middle',
        text: link.label,
        size: font,
        fill: lit ? 'accent' : 'muted',
        weight: isNew ? 'bold' : 'normal',
        halo: true
      };
      chosen ??= m;
      const b = textBounds(m);
      if (!taken.some((r) => r.x0 < b.x1 + 2 && b.x0 < r.x1 + 2 && r.y0 < b.y1 + 1 && b.y0 < r.y1 + 1)) {
        chosen = m;
        break;
      }
    }
    taken.push(textBounds(chosen!));
    labels.push(chosen!);
  }
  marks.push(...edges);
  for (const [id, b] of boxes) {
    const inHub = (HUB_IDS as readonly string[]).includes(id);
    const bold = active.has(id) || (state.converge && inHub);
    marks.push(...boxMarks(b, nodeFont, { stroke: bold ? 'accent' : 'muted', bold }));
  }
  // Sector names beside the first node of each group, once it is on stage.
  for (const [id, sector] of Object.entries(SECTOR) as [NodeId, string][]) {
    const b = boxes.get(id);
    if (!b) continue;
    const above = b.cy - b.h / 2 - 4;
    marks.push({
      id: `sector-${id}`,
      kind: 'text',
      x: Math.min(size.width - pad - textWidth(sector, font * 0.9) * 1.15, Math.max(pad, b.cx - b.w / 2)),
      y: above,
      text: sector.toUpperCase(),
      size: font * 0.9,
      fill: 'muted'
    });
  }
  marks.push(...labels);
  if (state.stage > 3 && orient === 'landscape') {
    const vw = boxes.get('volkswagen');
    // Only where it fits above the legend; the manufacturing step's caption always carries it.
    if (vw && vw.cy + vw.h / 2 + font * 5.2 < legendTop - font) {
      const check = textBlock('check-vw', 'Check: the often-quoted “€50B German carmaker” has no source.', {
        x: pad,
        y: vw.cy + vw.h / 2 + font * 1.2,
        maxWidth: width * 0.32,
        size: font,
        fill: 'warn'
      });
      marks.push(...check.marks);
    }
  }
  return { width: size.width, height: size.height, marks };
}

/** The caption for a step: one line per new link with its line style, then a detail line. */
function caption(data: WideningData, state: WideningState, size: Size): { marks: Mark[]; bottom: number } {
  const fs = fontSizes(size.width);
  const font = fs.small;
  const pad = 12;
  const width = size.width - 2 * pad;
  const marks: Mark[] = [];
  const fresh = visibleLinks(data, state.stage)
    .filter((s) => s.isNew)
    .map((s) => s.link);
  const compact = size.width < 360 || size.height < 520;
  const headSize = compact ? font : fs.label;
  let y = pad + fs.title;
  const lines: { text: string; kind?: LinkKind }[] =
    state.stage === 0
      ? [{ text: 'The few companies at the centre of the loop' }]
      : fresh.map((l) => ({
          text: `${nodeLabel(l.from)} → ${nodeLabel(l.to)}: ${l.label} · ${l.date_label}`,
          kind: l.kind
        }));
  lines.forEach((line, i) => {
    const x = line.kind ? pad + 30 : pad;
    if (line.kind)
      marks.push(sample(`caption-sample-${i}`, pad, y - font * 0.35, KIND_STYLE[line.kind].dash, 'accent'));
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
  const detail = state.converge
    ? 'Payments, shopping, carmakers and rival AI labs: every new arrow ends at the same few companies.'
    : state.stage === 1
      ? `${fresh[0]?.detail ?? ''}. Stripe alone handled $${data.stripe[0]!.total_payment_volume_usd_tn}T of payments in ${data.stripe[0]!.year}, about ${data.stripe[0]!.share_of_world_gdp_pct}% of world GDP.`
      : state.stage === 3
        ? `${fresh[0]?.detail ?? ''}. Check: the often-quoted “€50B German carmaker” has no source.`
        : (fresh[0]?.detail ?? '');
  if (detail) {
    const block = textBlock('caption-detail', detail, {
      x: pad,
      y,
      maxWidth: state.converge ? width / BOLD : width,
      size: font,
      fill: state.converge ? 'accent' : 'muted',
      weight: state.converge ? 'bold' : 'normal'
    });
    marks.push(...block.marks);
    y = block.bottom + font * 1.1;
  }
  return { marks, bottom: y };
}

/** An arrow to the nearest point on the hub's border. */
function toHub(from: Box, hub: Box): Point[] {
  const x = Math.min(hub.cx + hub.w / 2, Math.max(hub.cx - hub.w / 2, from.cx));
  const y = Math.min(hub.cy + hub.h / 2, Math.max(hub.cy - hub.h / 2, from.cy));
  const inside = x !== from.cx || y !== from.cy;
  const target: Point = inside ? [x, y] : [hub.cx, hub.cy - hub.h / 2];
  return routedArrow(from, { ...hub, cx: target[0], cy: target[1], w: 0, h: 0 }, [target]);
}
