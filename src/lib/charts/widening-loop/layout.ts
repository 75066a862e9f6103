import {
  arrangementOf,
  curvedArrow,
  drawDiagram,
  focused,
  kindLegend,
  placeNodes,
  routedArrow,
  row,
  stableArea,
  stepCaption,
  type Arrangement,
  type DiagramLayout,
  type Bounds,
  type Box,
  type GroupHead,
  type LineKind,
  type Point
} from '$lib/charts/diagram';
import { frame, type Frame } from '$lib/charts/frame';
import { text } from '$lib/charts/marks';
import { textWidth } from '$lib/charts/text';
import type { TextMark, Tone } from '$lib/charts/types';
import {
  HUB_IDS,
  OUTER_IDS,
  latestStripe,
  statusOf,
  statusesUsed,
  visibleLinks,
  type Link,
  type NodeId,
  type Status,
  type WideningData
} from './data';
import type { WideningState } from './states';
import { linkLabels, linkWords, stringsFor, type WideningStrings } from './strings';

/** How each status is drawn: by line, never by colour alone. */
export const LINE_OF: Record<Status, LineKind> = {
  live: 'solid',
  committed: 'dashed',
  announced: 'dotted',
  ended: 'stopped'
};

/**
 * The box of the same few (`hub`, a region of the area) and the newcomers around it. Wide frames
 * put the newcomers left and right by sector; others above (payments, shopping) and below
 * (manufacturing, other AI buyers). The hub's top row takes the arrows from above (all into
 * ChatGPT), its bottom row those from below. The card names no box: its title says it.
 */
interface Places {
  hub: readonly number[];
  rows: readonly (readonly NodeId[])[];
  head: GroupHead;
  nodes: Partial<Record<NodeId, Point>>;
}
const ROWS: Places['rows'] = [['openai'], ['nvidia', 'coreweave', 'amd', 'azure']];
const PLACES: Record<Arrangement, Places> = {
  landscape: {
    hub: [0.3, 0.12, 0.7, 0.7],
    rows: ROWS,
    head: 'inline',
    nodes: {
      ...row(0.14, { stripe: 0, etsy: 1 }),
      ...row(0.5, { paypal: 0, shopify: 1 }),
      ...row(0.95, { volkswagen: 0, anthropic: 1 }),
      ...row(1, { meta: 0.5 })
    }
  },
  portrait: {
    hub: [0.1, 0.42, 1, 0.74],
    rows: ROWS,
    head: 'inline',
    nodes: {
      ...row(0.13, { stripe: 0.24, etsy: 0.76 }),
      ...row(0.29, { paypal: 0, shopify: 1 }),
      ...row(1, { volkswagen: 0, meta: 0.45, anthropic: 1 })
    }
  },
  focus: {
    hub: [0, 0.3, 1, 0.7],
    rows: ROWS,
    head: 'inline',
    nodes: {
      ...row(0, { stripe: 0, etsy: 0, volkswagen: 0.15, paypal: 1, shopify: 1 }),
      ...row(1, { meta: 0.45, anthropic: 1 })
    }
  },
  focusWide: {
    hub: [0, 0, 0.74, 0.3],
    rows: [['nvidia', 'coreweave', 'amd', 'azure', 'openai']],
    head: 'none',
    nodes: {
      ...row(1, {
        meta: 0.12,
        volkswagen: 0.3,
        stripe: 0.45,
        etsy: 0.45,
        anthropic: 0.62,
        paypal: 1,
        shopify: 1
      })
    }
  }
};

/**
 * The loop widens, step by step. `steps` are the states of every step (index.ts passes them), so
 * the diagram can sit below the tallest caption of any step and keep its nodes still.
 */
export const layout: DiagramLayout<WideningData, WideningState> = (data, state, size, steps) => {
  const f = frame(size);
  const t = stringsFor(state.locale);
  const arr = arrangementOf(f, { landscapeFrom: 600 });
  const area = stableArea(
    f,
    steps.map((s) => captionOf(data, s, f, t, arr).bottom),
    steps.map((s) => legendOf(data, s, f, t, arr).top)
  );
  const font = focused(arr) ? f.fs.small : f.fs.label;
  const places = PLACES[arr];
  const name = (id: NodeId) => (focused(arr) ? (t.short[id] ?? t.nodes[id]) : t.nodes[id]);
  const { boxes, headY } = placeNodes({
    area,
    font,
    nodes: OUTER_IDS.map((id) => ({ id, label: name(id), at: places.nodes[id]! })),
    group: {
      id: 'hub',
      label: t.hub,
      region: places.hub,
      rows: places.rows.map((r) => r.map((id) => ({ id, label: name(id) }))),
      head: places.head
    },
    spread: !focused(arr)
  });
  const hub = boxes.get('hub')!;
  const hubLabel = places.head === 'none' ? null : hubName(hub, headY, font, t);
  const shown = visibleLinks(data, state.stage).filter((s) => !focused(arr) || s.isNew);
  const onStage = new Set<NodeId>([...HUB_IDS, ...shown.map((s) => s.link.from)]);
  const active = new Set<string>();
  for (const { link, isNew } of shown) if (isNew || state.converge) active.add(link.from).add(link.to);

  const edges = shown.map(({ link, isNew }) => {
    const from = boxes.get(link.from)!;
    const status = statusOf(link);
    const lit = isNew || state.converge;
    const tone: Tone = lit && status !== 'ended' ? 'accent' : 'muted';
    return {
      id: `link-${link.id}`,
      points: link.to === 'hub' ? toHub(from, hub, hubLabel) : curvedArrow(from, boxes.get(link.to)!, 0.08),
      style: {
        line: LINE_OF[status],
        tone,
        strong: lit,
        moving: status === 'live' || status === 'committed' ? (lit ? 'fast' : 'slow') : undefined
      } as const,
      labels: linkLabels(t, link),
      bold: isNew,
      priority: isNew ? 1 : 0
    };
  });
  // Sector names above the first node of each, and Stripe's scale beside its box, where they fit.
  const notes: TextMark[][] = [];
  if (!focused(arr))
    for (const [id, sector] of Object.entries(t.sectors) as [NodeId, string][])
      if (onStage.has(id)) notes.push([besideBox(`sector-${id}`, boxes.get(id)!, sector, f, 'above')]);
  if (onStage.has('stripe')) {
    const s = latestStripe(data);
    const note = t.stripeNote(s.total_payment_volume_usd_tn, s.year);
    const stripe = boxes.get('stripe')!;
    notes.push(
      (['right', 'below'] as const).map((where) => besideBox('stripe-note', stripe, note, f, where))
    );
  }
  const marks = drawDiagram({
    f,
    area,
    font,
    groups: [{ box: hub, names: [t.hub], head: places.head, headY, lit: state.converge }],
    nodes: [...onStage].map((id) => boxes.get(id)!),
    bold: (id) => active.has(id) || (state.converge && (HUB_IDS as readonly string[]).includes(id)),
    edges,
    notes
  });
  return {
    width: size.width,
    height: size.height,
    marks: [...captionOf(data, state, f, t, arr).marks, ...legendOf(data, state, f, t, arr).marks, ...marks]
  };
};

/** Where the hub's name is drawn (as groupMarks draws it), for arrows to the box as a whole. */
function hubName(hub: Box, headY: number, font: number, t: WideningStrings): Bounds {
  const x0 = hub.cx - hub.w / 2 + font * 0.6;
  return { x0, x1: x0 + textWidth(t.hub, font, 'bold'), y0: headY - font / 2, y1: headY + font / 2 };
}

/** A line of small text above, below or to the right of a box, kept inside the frame. */
function besideBox(id: string, b: Box, s: string, f: Frame, where: 'above' | 'below' | 'right'): TextMark {
  const size = f.fs.small;
  const w = textWidth(s, size);
  if (where === 'right') return text(id, b.cx + b.w / 2 + 6, b.cy, s, size, { baseline: 'middle' });
  const x = Math.min(f.right - w, Math.max(f.pad, b.cx - w / 2));
  const y = where === 'above' ? b.cy - b.h / 2 - size * 0.5 - 4 : b.cy + b.h / 2 + size * 0.93 + 4;
  return text(id, x, y, s, size, { fill: where === 'above' ? 'muted' : 'ink' });
}

/** What the step adds (see stepCaption), with the carmaker check and Stripe's scale where they belong. */
function captionOf(data: WideningData, state: WideningState, f: Frame, t: WideningStrings, arr: Arrangement) {
  const fresh = visibleLinks(data, state.stage)
    .filter((s) => s.isNew)
    .map((s) => s.link);
  const to = (l: Link) => (l.to === 'hub' ? t.hubTarget : t.nodes[l.to]);
  const s = latestStripe(data);
  return stepCaption(f, arr, {
    headline:
      state.stage === 0
        ? { text: t.opening }
        : state.converge
          ? { text: t.converge, tone: 'accent' }
          : undefined,
    items: fresh.map((l) => ({
      from: t.nodes[l.from],
      to: to(l),
      line: LINE_OF[statusOf(l)],
      tone: statusOf(l) === 'ended' ? 'muted' : 'accent',
      text: t.linkLine(t.nodes[l.from], to(l), linkLabels(t, l)[0] ?? '', linkWords(t, l.id).date)
    })),
    detail: fresh[0] && linkWords(t, fresh[0].id).detail(fresh[0]),
    notes: [
      ...(fresh.some((l) => l.to === 'hub') ? [{ text: t.check, tone: 'warn' as Tone }] : []),
      ...(state.stage === 1
        ? [
            {
              text: t.stripeScale(s.total_payment_volume_usd_tn, s.year, s.share_of_world_gdp_pct),
              tone: 'muted' as Tone,
              large: true
            }
          ]
        : [])
    ],
    words: t
  });
}

/** The legend: every kind of line the chart uses on large frames; those drawn, on short ones. */
function legendOf(data: WideningData, state: WideningState, f: Frame, t: WideningStrings, arr: Arrangement) {
  const drawn = visibleLinks(data, state.stage).filter((s) => s.isNew);
  const kinds = focused(arr)
    ? statusesUsed(data).filter((k) => drawn.some((s) => statusOf(s.link) === k))
    : statusesUsed(data);
  return kindLegend(
    kinds.map((k) => ({ id: k, text: t.statuses[k], line: LINE_OF[k] })),
    f
  );
}

/**
 * An arrow to the box as a whole (its suppliers are not named): from above, down onto the box
 * over its name; from the side or below, into the side level with its name; where the box has no
 * name (the card), to the nearest point of its border.
 */
function toHub(from: Box, hub: Box, name: Bounds | null): Point[] {
  const point = (p: Point): Box => ({ ...hub, cx: p[0], cy: p[1], w: 0, h: 0 });
  const top = hub.cy - hub.h / 2;
  if (name && from.cy < top) {
    const to: Point = [(name.x0 + name.x1) / 2, top];
    return routedArrow(from, point(to), [to]);
  }
  if (name) {
    const left = from.cx < hub.cx;
    return curvedArrow(
      from,
      point([hub.cx + ((left ? -1 : 1) * hub.w) / 2, (name.y0 + name.y1) / 2]),
      left ? 0.15 : -0.15
    );
  }
  const to: Point = [
    Math.min(hub.cx + hub.w / 2, Math.max(hub.cx - hub.w / 2, from.cx)),
    Math.min(hub.cy + hub.h / 2, Math.max(top, from.cy))
  ];
  return routedArrow(from, point(to), [to]);
}
