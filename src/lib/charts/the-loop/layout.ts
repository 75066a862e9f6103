import {
  arrangementOf,
  caption,
  curvedArrow,
  drawDiagram,
  focused,
  kindLegend,
  placeNodes,
  row,
  stableArea,
  stepCaption,
  type Arrangement,
  type DiagramLayout,
  type DiagramEdge,
  type LineKind,
  type Point
} from '$lib/charts/diagram';
import { frame, type Frame } from '$lib/charts/frame';
import { line } from '$lib/charts/marks';
import type { Tone } from '$lib/charts/types';
import {
  BUYERS,
  CIRCLE_FLOWS,
  CORE_NODES,
  FLOW_KINDS,
  visibleFlows,
  type FlowKind,
  type LoopData,
  type NodeId,
  type Shown
} from './data';
import { revenuePanel } from './revenue';
import type { LoopState } from './states';
import { flowLabels, flowWords, stringsFor, type LoopStrings } from './strings';

/** How each kind of flow is drawn: by line, never by colour alone. */
export const LINE_OF: Record<FlowKind, LineKind> = {
  paid: 'solid',
  committed: 'dashed',
  intent: 'dotted',
  value: 'dashDot'
};

/**
 * Where nodes sit, as fractions of the area, row by row. Wide frames read left to right:
 * investors, OpenAI, the clouds (a group of the chip buyers), NVIDIA. Tall frames read top to
 * bottom. Short frames draw a ring — Microsoft → OpenAI → Azure, among the buyers → NVIDIA →
 * shareholders, and the stake back — each node in a place shared only with nodes never on stage
 * with it. `buyers` is the group's region where the buyers are drawn as a frame around the clouds.
 */
const PLACES: Record<Arrangement, { nodes: Partial<Record<NodeId, Point>>; buyers?: readonly number[] }> = {
  landscape: {
    buyers: [0.3, 0, 0.78, 0.2],
    nodes: {
      ...row(0.06, { microsoft: 0.04 }),
      ...row(0.62, { softbank: 0.04, openai: 0.3, nvidia: 0.86 }),
      ...row(0.96, { amazon: 0.04, amd: 0.5, shareholders: 0.94 })
    }
  },
  portrait: {
    buyers: [0, 0.42, 0.7, 0.56],
    nodes: {
      ...row(0, { microsoft: 0, softbank: 0.5, amazon: 1 }),
      ...row(0.26, { openai: 0.5 }),
      ...row(0.36, { amd: 1 }),
      ...row(0.82, { nvidia: 0.85 }),
      ...row(1, { shareholders: 0.2 })
    }
  },
  focus: {
    nodes: {
      ...row(0, { microsoft: 0, softbank: 0, azure: 1 }),
      ...row(0.33, { openai: 0.42, oracle: 1, amd: 1 }),
      ...row(0.66, { amazon: 0, buyers: 1, coreweave: 1 }),
      ...row(1, { nvidia: 0.22, shareholders: 1 })
    }
  },
  // The same ring on a wide, low card: two rows.
  focusWide: {
    nodes: {
      ...row(0, { microsoft: 0, softbank: 0, openai: 0.42, azure: 0.86, oracle: 0.86, amd: 0.86 }),
      ...row(1, { amazon: 0, coreweave: 0, shareholders: 0, nvidia: 0.56, buyers: 1 })
    }
  }
};

/**
 * How far arrows bend (× their length, to the right of their direction; 0.1 unless listed):
 * a pair of arrows between two nodes bends apart, and the stake that replaced the letter arcs
 * wide around it.
 */
const BEND: Record<'landscape' | 'portrait' | 'focus', Readonly<Record<string, number>>> = {
  landscape: {
    'nvidia-market-value': 0,
    'softbank-openai-stake': 0,
    'nvidia-openai-stake': 0.22,
    'openai-amd-gpus': 0.25,
    'amd-openai-warrant': 0.25,
    'nvidia-coreweave-backstop': 0.12,
    'nvidia-coreweave-shares': 0.3,
    'coreweave-nvidia-gpus': 0.12
  },
  portrait: {
    'nvidia-openai-loi': 0.12,
    'openai-nvidia-systems': 0.12,
    'nvidia-openai-stake': 0.28,
    'openai-amd-gpus': 0.2,
    'amd-openai-warrant': 0.2,
    'nvidia-coreweave-shares': 0.3
  },
  focus: {
    'softbank-openai-stake': 0,
    'nvidia-market-value': 0,
    'buyers-nvidia-revenue': 0,
    'nvidia-openai-loi': 0.15,
    'openai-nvidia-systems': 0.15,
    'nvidia-openai-stake': -0.15,
    'openai-amd-gpus': 0.2,
    'amd-openai-warrant': 0.2,
    'nvidia-coreweave-backstop': 0.15,
    'nvidia-coreweave-shares': 0.35,
    'coreweave-nvidia-gpus': 0.15,
    'msft-openai-funding': 0.15,
    'openai-msft-stake-value': 0.15
  }
};

/**
 * The loop, step by step. `steps` are the states of every step (index.ts passes them), so the
 * diagram can sit below the tallest caption of any step and keep its nodes still.
 */
export const layout: DiagramLayout<LoopData, LoopState> = (data, state, size, steps) => {
  const f = frame(size);
  const t = stringsFor(state.locale);
  const scene = { width: size.width, height: size.height };
  if (state.revenuePanel) {
    // The panel takes the frame: no diagram is left under it.
    const size = f.compact ? f.fs.small : f.fs.label;
    const head = caption([{ text: t.panel.headline, size, weight: 'bold' }], {
      x: f.pad,
      y: f.pad + size * 0.9,
      maxWidth: f.inner.width
    });
    return { ...scene, marks: [...head.marks, ...revenuePanel(data, t, f, head.bottom)] };
  }
  const arr = arrangementOf(f);
  const diagramSteps = steps.filter((s) => !s.revenuePanel);
  const area = stableArea(
    f,
    diagramSteps.map((s) => captionOf(data, s, f, t, arr).bottom),
    diagramSteps.map((s) => legendOf(data, s, f, t, arr).top)
  );
  const font = focused(arr) ? f.fs.small : f.fs.label;
  const drawn = flowsDrawn(data, state, arr);
  const onStage = new Set<NodeId>(
    focused(arr) ? (state.stage === 0 ? [...CORE_NODES, 'buyers'] : []) : CORE_NODES
  );
  for (const { flow } of drawn) onStage.add(flow.from).add(flow.to);
  const { nodes, buyers } = PLACES[arr];
  const { boxes } = placeNodes({
    area,
    font,
    nodes: (Object.entries(nodes) as [NodeId, Point][]).map(([id, at]) => ({
      id,
      label: id === 'buyers' ? t.buyersShort : t.nodes[id],
      at
    })),
    // Where the buyers are a group, the clouds spread across it.
    group: buyers && {
      id: 'buyers',
      label: t.nodes.buyers,
      region: buyers,
      rows: [BUYERS.map((id) => ({ id, label: t.nodes[id] }))]
    },
    spread: true
  });
  const box = (id: NodeId) => boxes.get(id)!;
  const asGroup = buyers !== undefined;
  const groupOn = asGroup && [...onStage].some((n) => n === 'buyers' || BUYERS.includes(n));

  const active = new Set<string>();
  for (const s of drawn) if (lit(s, state)) active.add(s.flow.from).add(s.flow.to);
  const edges: DiagramEdge[] = drawn.map((s) => {
    const { flow } = s;
    const on = lit(s, state);
    const dim = state.circle && !on;
    const tone: Tone = s.superseded ? 'muted' : flow.kind === 'value' ? 'contrast' : on ? 'accent' : 'muted';
    const bend = BEND[arr === 'focusWide' ? 'focus' : arr][flow.id] ?? 0.1;
    return {
      id: `flow-${flow.id}`,
      points: curvedArrow(box(flow.from), box(flow.to), bend),
      style: {
        line: LINE_OF[flow.kind],
        tone,
        strong: on,
        opacity: s.superseded ? 0.45 : dim ? 0.3 : undefined,
        moving: s.superseded || flow.kind === 'intent' || dim ? undefined : on ? 'fast' : 'slow'
      },
      labels: dim ? [] : flowLabels(t, flow, s.superseded),
      bold: on,
      labelOpacity: s.superseded ? 0.85 : undefined,
      // The step's flows first; the circle's in its own order from the first dollar; then the newest.
      priority:
        (on ? 100 : 0) +
        (s.supersededNow ? 50 : 0) +
        (state.circle ? CIRCLE_FLOWS.length - CIRCLE_FLOWS.indexOf(flow.id) : flow.stage)
    };
  });
  // Where the buyers are a box of their own, the clouds on stage hang from it by a thin line.
  const under = asGroup
    ? []
    : BUYERS.filter((m) => onStage.has(m) && onStage.has('buyers')).map((m) =>
        line(`member-${m}`, box(m).cx, box(m).cy, box('buyers').cx, box('buyers').cy, 'grid', {
          strokeWidth: 1.5,
          dash: '2 3'
        })
      );
  const marks = drawDiagram({
    f,
    area,
    font,
    groups: groupOn
      ? [
          {
            box: box('buyers'),
            names: [t.nodes.buyers, t.buyersShort],
            head: 'above',
            lit: state.circle || drawn.some((s) => lit(s, state) && s.flow.from === 'buyers')
          }
        ]
      : [],
    nodes: [...onStage].filter((id) => !(asGroup && id === 'buyers')).map(box),
    bold: (id) => active.has(id) || (state.circle && CORE_NODES.includes(id as NodeId)),
    edges,
    under
  });
  return {
    ...scene,
    marks: [...captionOf(data, state, f, t, arr).marks, ...legendOf(data, state, f, t, arr).marks, ...marks]
  };
};

/** Which flows a frame draws: all so far, or on short frames only what the step adds. */
function flowsDrawn(data: LoopData, state: LoopState, arr: Arrangement): Shown[] {
  const shown = visibleFlows(data, state.stage);
  if (!focused(arr)) return shown;
  if (state.circle) return shown.filter((s) => CIRCLE_FLOWS.includes(s.flow.id));
  return shown.filter((s) => s.isNew || s.supersededNow);
}

/** Whether a flow is what the frame is about: the step's new flows, or the circle. */
const lit = (s: Shown, state: LoopState) =>
  state.circle ? CIRCLE_FLOWS.includes(s.flow.id) : s.isNew && !s.superseded;

/** What the step adds (see stepCaption): the opening and the circle have a sentence instead. */
function captionOf(data: LoopData, state: LoopState, f: Frame, t: LoopStrings, arr: Arrangement) {
  const fresh = visibleFlows(data, state.stage).filter((s) => s.isNew);
  return stepCaption(f, arr, {
    headline:
      state.stage === 0 ? { text: t.opening } : state.circle ? { text: t.circle, tone: 'accent' } : undefined,
    items: fresh.map(({ flow }) => ({
      from: t.nodes[flow.from],
      to: t.nodes[flow.to],
      line: LINE_OF[flow.kind],
      tone: flow.kind === 'value' ? 'contrast' : 'accent',
      text: t.flowLine(
        t.nodes[flow.from],
        t.nodes[flow.to],
        flowLabels(t, flow)[0] ?? '',
        flowWords(t, flow.id).date
      )
    })),
    detail: fresh[0] && flowWords(t, fresh[0].flow.id).detail(fresh[0].flow),
    words: t
  });
}

/** The legend of line kinds: all four on large frames; on short ones, those the frame draws. */
function legendOf(data: LoopData, state: LoopState, f: Frame, t: LoopStrings, arr: Arrangement) {
  const drawn = flowsDrawn(data, state, arr);
  const kinds = focused(arr) ? FLOW_KINDS.filter((k) => drawn.some((s) => s.flow.kind === k)) : FLOW_KINDS;
  return kindLegend(
    kinds.map((k) => ({
      id: k,
      text: t.kinds[k],
      line: LINE_OF[k],
      tone: k === 'value' ? 'contrast' : 'ink'
    })),
    f
  );
}
