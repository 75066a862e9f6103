import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { fontSizes } from '$lib/charts/frame';
import { pct, sig, times, usd } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { PRICE, ratios, tokensFor, type PriceData, type PriceRow } from './data';
import { BUDGET_USD, type PriceState } from './states';

const short = (r: PriceRow) => (r.model === 'OpenAI o1' ? 'o1' : 'R1');

/**
 * Horizontal bars on one linear scale: list prices per million tokens (input, output), or the
 * millions of output tokens $100 buys. R1's bars are drawn at their true length, which at o1's
 * scale is a sliver: that is the point. The last step dims the bars and states what a price is
 * not (a training cost).
 */
export function layout(data: PriceData, state: Resolved<PriceState>, size: Size): Scene {
  const f = fontSizes(size.width);
  const pad = Math.max(12, Math.min(24, size.width * 0.04));
  const w = size.width - 2 * pad;
  const marks: Mark[] = [];

  const titleText =
    state.view === 'tokens'
      ? `Output tokens that ${usd(BUDGET_USD, PRICE)} buys at list price`
      : 'API list price, US$ per million tokens';
  const title = textBlock('title', titleText, {
    x: pad,
    y: pad + f.title,
    maxWidth: w,
    size: f.title,
    weight: 'bold'
  });
  marks.push(...title.marks);
  const sub = textBlock(
    'subtitle',
    `OpenAI o1 vs DeepSeek-R1 (deepseek-reasoner), prices as of ${monthName(data.o1.as_of)}`,
    {
      x: pad,
      y: title.bottom + f.small * 1.3,
      maxWidth: w,
      size: f.small,
      fill: 'muted'
    }
  );
  marks.push(...sub.marks);

  const models: PriceRow[] = state.models === 'both' ? [data.o1, data.r1] : [data.o1];
  const toneOf = (r: PriceRow): Tone => (r.model === 'OpenAI o1' ? 'contrast' : 'accent');
  const dim = state.caveat ? 0.35 : 1;

  type Bar = { id: string; label: string; value: number; valueText: string; row: PriceRow };
  const bars: Bar[] = [];
  if (state.view === 'price') {
    for (const kind of ['input', 'output'] as const) {
      for (const r of models) {
        const v = kind === 'input' ? r.input_usd_per_m : r.output_usd_per_m;
        bars.push({
          id: `${kind}-${short(r)}`,
          label: `${r.model}, ${kind}${kind === 'input' && r.model === 'DeepSeek-R1' ? ' (cache miss)' : ''}`,
          value: v,
          valueText: usd(v, PRICE),
          row: r
        });
      }
    }
  } else {
    for (const r of models) {
      const m = tokensFor(BUDGET_USD, r);
      bars.push({
        id: `tokens-${short(r)}`,
        label: `${r.model}, output tokens`,
        value: m,
        valueText: `${sig(m)} million`,
        row: r
      });
    }
  }

  const top = state.view === 'price' ? data.o1.output_usd_per_m : tokensFor(BUDGET_USD, data.r1);
  // Room right of the longest bar for its value.
  const valueRoom = max(bars, (b) => textWidth(b.valueText, f.label, 'bold'))! + 10;
  const x = scaleLinear()
    .domain([0, top])
    .range([0, w - valueRoom]);
  // Rows share the height left after the titles, keeping ~40% for the notes below; the same
  // row height in every step so bars do not jump between the price and token views.
  const start = sub.bottom + f.label * 2.2;
  const roomy = Math.min(f.label * 5.2, Math.max(f.label * 3.6, ((size.height - start) * 0.6) / 4));
  // The caveat needs the room: the dimmed bars close up under it.
  const rowH = state.caveat ? Math.min(roomy, f.label * 2.3) : roomy;
  const barH = Math.max(6, rowH - f.label * 2.4);
  let yy = start;
  for (const b of bars) {
    const tone = toneOf(b.row);
    marks.push({
      id: `label-${b.id}`,
      kind: 'text',
      x: pad,
      y: yy,
      text: b.label,
      size: f.label,
      fill: 'ink',
      opacity: dim
    });
    const barY = yy + f.label * 0.5;
    const bw = Math.max(1.5, x(b.value));
    marks.push({
      id: `bar-${b.id}`,
      kind: 'rect',
      x: pad,
      y: barY,
      width: bw,
      height: barH,
      fill: tone,
      opacity: dim
    });
    marks.push({
      id: `value-${b.id}`,
      kind: 'text',
      x: pad + bw + 6,
      y: barY + barH / 2,
      baseline: 'middle',
      text: b.valueText,
      size: f.label,
      fill: 'ink',
      weight: 'bold',
      opacity: dim
    });
    yy += rowH;
  }

  let noteY = yy + f.label * 0.4;
  const note = (id: string, text: string, fill: Tone, weight?: 'bold') => {
    const block = textBlock(id, text, {
      x: pad,
      y: noteY,
      maxWidth: w,
      size: f.label,
      fill,
      weight
    });
    marks.push(...block.marks);
    noteY = block.bottom + f.label * 1.2;
  };
  if (state.models === 'both' && !state.caveat) {
    const r = ratios(data);
    if (state.view === 'price') {
      note(
        'ratio',
        `R1's price is ${pct(r.input * 100, 2)} of o1's for input and ${pct(r.output * 100, 2)} for output: about ${pct(r.output * 100, 1)}.`,
        'accent',
        'bold'
      );
    } else {
      const k = tokensFor(BUDGET_USD, data.r1) / tokensFor(BUDGET_USD, data.o1);
      note(
        'ratio',
        `The same ${usd(BUDGET_USD, PRICE)} buys about ${times(k)} as many R1 tokens.`,
        'accent',
        'bold'
      );
    }
  }
  if (state.caveat) {
    const boxTop = noteY - f.label * 0.2;
    const lines: { id: string; text: string; weight?: 'bold' }[] = [
      { id: 'caveat-head', text: 'A price, not a training cost.', weight: 'bold' },
      {
        id: 'caveat-v3',
        text: "DeepSeek's widely quoted ~$5.6 million is one final training run of V3 on 2,048 H800 chips, priced at an assumed $2 per GPU-hour, leaving out research and earlier runs. OpenAI publishes no training cost."
      },
      { id: 'caveat-dates', text: 'Both companies changed these list prices later in 2025.' }
    ];
    const inner = w - 20;
    // Drop the last line (the dates, also in the chart's note) if the box would leave the frame.
    const draw = (list: typeof lines) => {
      const out: Mark[] = [];
      let y = boxTop + f.label * 1.5;
      for (const l of list) {
        const block = textBlock(l.id, l.text, {
          x: pad + 10,
          y,
          maxWidth: inner,
          size: f.label,
          fill: 'ink',
          weight: l.weight
        });
        out.push(...block.marks);
        y = block.bottom + f.label * 1.1;
      }
      return { out, y };
    };
    let drawn = draw(lines);
    if (drawn.y - f.label * 0.4 > size.height - 2) drawn = draw(lines.slice(0, -1));
    marks.push(...drawn.out);
    const ly = drawn.y;
    marks.unshift({
      id: 'caveat-box',
      kind: 'rect',
      x: pad,
      y: boxTop,
      width: w,
      height: ly - boxTop - f.label * 0.4,
      fill: 'paper',
      stroke: 'muted',
      strokeWidth: 1,
      dash: '4 3',
      rx: 4
    });
  }
  return { width: size.width, height: size.height, marks };
}

function monthName(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const names = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
  ];
  return `${names[m - 1]} ${y}`;
}
