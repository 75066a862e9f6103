import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { xLabels, yGrid } from '$lib/charts/axes';
import { fontSizes } from '$lib/charts/frame';
import { num, signedPct, usdBn } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { COMPANIES, COMPANY_NAMES, yearTotal, type BuildoutData, type Company } from './data';
import type { BuildoutState } from './states';

/** Stack order, bottom to top, and each company's tone (the legend and direct labels name them too). */
const TONES: Record<Company, Tone> = {
  AMZN: 'accent',
  MSFT: 'contrast',
  GOOGL: 'accent-soft',
  META: 'muted'
};

export function layout(data: BuildoutData, state: Resolved<BuildoutState>, size: Size): Scene {
  const fs = fontSizes(size.width);
  const font = fs.small;
  const pad = 12;
  const width = size.width - 2 * pad;
  const marks: Mark[] = [];

  // Legend: company names in stack order, each with its swatch.
  let lx = pad;
  let ly = pad + font;
  for (const c of COMPANIES) {
    const w = 16 + textWidth(COMPANY_NAMES[c], font) + 14;
    if (lx + w > size.width - pad) {
      lx = pad;
      ly += font * 1.6;
    }
    marks.push({
      id: `legend-${c}-swatch`,
      kind: 'rect',
      x: lx,
      y: ly - font * 0.8,
      width: 11,
      height: 11,
      fill: TONES[c]
    });
    marks.push({
      id: `legend-${c}`,
      kind: 'text',
      x: lx + 16,
      y: ly,
      text: COMPANY_NAMES[c],
      size: font,
      fill: 'ink'
    });
    lx += w;
  }
  const unit = textBlock(
    'unit',
    'Capital expenditure per quarter, US$ billion (cash purchases of property and equipment)',
    {
      x: pad,
      y: ly + font * 1.7,
      maxWidth: width,
      size: font,
      fill: 'muted'
    }
  );
  marks.push(...unit.marks);

  const quarters = data.quarters;
  const lastIdx = quarters.findIndex((q) => q.key === state.through);
  const through = lastIdx === -1 ? quarters.length - 1 : lastIdx;

  const labelRoom =
    Math.max(
      ...COMPANIES.map((c) => textWidth(`${COMPANY_NAMES[c]} $00.0B`, font)),
      textWidth('2026 Q1: $000.0B', font, 'bold')
    ) + 10;
  let plotTop = unit.bottom + font * 2.6;
  const plotBottom = size.height - pad - font * 1.6;
  // On a phone there is no empty corner wide enough for the guidance inset: it takes the top of
  // the frame and the bars share the rest.
  const insetOnTop = state.guidance && size.width < size.height;
  const insetTop = unit.bottom + font * 0.8;
  if (insetOnTop) plotTop += (plotBottom - plotTop) * (size.height < 520 ? 0.5 : 0.42);
  const x0 = pad;
  const x1 = size.width - pad - labelRoom;
  const step = (x1 - x0) / quarters.length;
  const barW = Math.max(1, step * 0.78);
  const y = scaleLinear().domain([0, state.yMax]).range([plotBottom, plotTop]);

  marks.push(
    ...yGrid('grid', y, {
      x0,
      x1: size.width - pad,
      values: state.yMax > 60 ? [0, 40, 80, 120] : [0, 10, 20, 30, 40],
      format: (v) => (v === 0 ? '0' : usdBn(v, { digits: 0 })),
      size: font
    })
  );

  const every = size.width < 560 ? 2 : 1;
  const years = [...new Set(quarters.map((q) => q.year))].filter((yr) => (yr - 2015) % every === 0);
  marks.push(
    ...xLabels(
      'year',
      years.map((yr) => {
        const i = quarters.findIndex((q) => q.year === yr);
        return {
          key: String(yr),
          x: x0 + (i + 2) * step,
          text: every === 2 ? `’${String(yr).slice(2)}` : String(yr)
        };
      }),
      { y: plotBottom + font * 1.3, size: font }
    )
  );

  // Quarters not reached yet stack to zero height, so their bars grow from the axis.
  const series = stack<number, Company>()
    .keys(COMPANIES)
    .value((i, c) => (i <= through ? (quarters[i]!.values[c] ?? 0) : 0))(quarters.map((_, i) => i));
  quarters.forEach((q, i) => {
    COMPANIES.forEach((c, k) => {
      const [base, top] = series[k]![i]!;
      marks.push({
        id: `bar-${q.key}-${c}`,
        kind: 'rect',
        x: x0 + i * step + (step - barW) / 2,
        y: y(top),
        width: barW,
        height: y(base) - y(top),
        fill: TONES[c],
        opacity: i <= through ? 1 : 0
      });
    });
  });

  // Direct labels beside the last bar drawn: name and value of each segment.
  const last = quarters[through]!;
  let prevY = Infinity;
  const lastX = x0 + through * step + (step + barW) / 2 + 6;
  COMPANIES.forEach((c, k) => {
    const v = last.values[c] ?? 0;
    const [base, top] = series[k]![through]!;
    const ty = Math.min(y((base + top) / 2), prevY - font * 1.15);
    marks.push({
      id: `direct-${c}`,
      kind: 'text',
      x: lastX,
      y: ty,
      baseline: 'middle',
      text: `${COMPANY_NAMES[c]} ${usdBn(v)}`,
      size: font,
      fill: 'ink',
      halo: true
    });
    prevY = ty;
  });
  const lastTotal = last.total ?? series.at(-1)![through]![1];
  marks.push({
    id: 'direct-total',
    kind: 'text',
    x: lastX,
    y: Math.min(y(lastTotal) - font * 0.2, prevY - font * 1.3),
    baseline: 'middle',
    text: `${last.year} Q${last.q}: ${usdBn(lastTotal)}`,
    size: font,
    weight: 'bold',
    fill: 'ink',
    halo: true
  });

  // Year brackets with the calendar-year total of the four (derived by summing quarters).
  const bracket = (yr: number, tone: Tone, extra = '') => {
    const total = yearTotal(quarters, yr);
    if (total === null) return;
    const idx = quarters.map((q, i) => (q.year === yr ? i : -1)).filter((i) => i >= 0);
    const top = max(idx, (i) => quarters[i]!.total) ?? 0;
    const by = y(top) - 8;
    const bx0 = x0 + idx[0]! * step + 1;
    const bx1 = x0 + (idx[idx.length - 1]! + 1) * step - 1;
    marks.push({
      id: `year-${yr}-bracket`,
      kind: 'path',
      points: [
        [bx0, by + 4],
        [bx0, by],
        [bx1, by],
        [bx1, by + 4]
      ],
      stroke: tone,
      strokeWidth: 1.5
    });
    const text = `${yr}: ${usdBn(total, { digits: 0 })}${extra}`;
    const tw = textWidth(text, fs.label, 'bold');
    // Centred over its year unless that would run into the direct labels: then it ends there.
    const centred = (bx0 + bx1) / 2 + tw / 2 <= x1;
    const cx = centred ? Math.max(pad + tw / 2, (bx0 + bx1) / 2) : bx1;
    marks.push({
      id: `year-${yr}-label`,
      kind: 'text',
      x: cx,
      y: by - 5,
      anchor: centred ? 'middle' : 'end',
      text,
      size: fs.label,
      weight: 'bold',
      fill: tone === 'muted' ? 'ink' : tone,
      halo: true
    });
  };
  const pct = (a: number, b: number) => signedPct((a / b - 1) * 100, 0);
  if (state.note === 'flat') {
    bracket(2018, 'muted');
    bracket(2022, 'muted');
    const first = quarters.findIndex((q) => q.values.AMZN !== null);
    const note = textBlock('amzn-gap', 'No Amazon figures by quarter before Q3 2017', {
      x: x0,
      y: y(36),
      maxWidth: Math.max(120, first * step + 60),
      size: font,
      fill: 'muted'
    });
    marks.push(...note.marks);
  }
  if (state.note === 'take-off' || state.note === 'record') {
    const t22 = yearTotal(quarters, 2022)!;
    const t23 = yearTotal(quarters, 2023)!;
    const t24 = yearTotal(quarters, 2024)!;
    if (state.note === 'take-off') {
      bracket(2023, 'muted', ` (${pct(t23, t22)})`);
      bracket(2024, 'accent', ` (${pct(t24, t23)})`);
    }
    if (state.note === 'record') {
      const t25 = yearTotal(quarters, 2025)!;
      if (!state.guidance) bracket(2024, 'muted');
      bracket(2025, 'accent', ` (${pct(t25, t24)})`);
    }
  }
  if (insetOnTop) {
    marks.push(
      ...guidanceInset(data, { x: pad, y: insetTop, width, height: plotTop - font * 2.2 - insetTop }, fs)
    );
  } else if (state.guidance) {
    // The inset sits in the empty top-left corner: above the bars up to 2024, left of 2025's.
    const edge = quarters.findIndex((q) => q.key === '2025Q1');
    const right = x0 + edge * step - 6;
    const left = x0 + Math.min(34, width * 0.08);
    const bottom = y((max(quarters.slice(0, edge), (q) => q.total) ?? 0) + 4);
    marks.push(
      ...guidanceInset(
        data,
        {
          x: left,
          y: plotTop - font * 1.5,
          width: Math.min(380, right - left),
          height: bottom - (plotTop - font * 1.5)
        },
        fs
      )
    );
  }

  return { width: size.width, height: size.height, marks };
}

/** 2025 actual (solid) beside 2026 guidance (dashed outline, range ticked) for the three that guide by calendar year. */
function guidanceInset(
  data: BuildoutData,
  box: { x: number; y: number; width: number; height: number },
  fs: ReturnType<typeof fontSizes>
): Mark[] {
  const font = fs.small;
  const marks: Mark[] = [];
  const title = textBlock('guide-title', '2025 actual vs 2026 guidance, $ billion a year', {
    x: box.x + 8,
    y: box.y + font * 1.3,
    maxWidth: box.width - 16,
    size: font,
    weight: 'bold'
  });
  marks.push(...title.marks);
  const chartTop = title.bottom + font * 2.4;
  const chartBottom = box.y + box.height - font * 3.6;
  const top = max(data.guidance, (g) => g.guidance_2026_high_usd_bn)!;
  const y = scaleLinear().domain([0, top]).range([chartBottom, chartTop]);
  const groupW = (box.width - 16) / data.guidance.length;
  const barW = Math.min(26, groupW * 0.3);
  data.guidance.forEach((g, i) => {
    const gx = box.x + 8 + i * groupW + groupW / 2;
    const id = g.company.toLowerCase();
    marks.push({
      id: `guide-${id}-actual`,
      kind: 'rect',
      x: gx - barW - 2,
      y: y(g.actual_2025_usd_bn),
      width: barW,
      height: chartBottom - y(g.actual_2025_usd_bn),
      fill: 'ink'
    });
    marks.push({
      id: `guide-${id}-plan`,
      kind: 'rect',
      x: gx + 2,
      y: y(g.guidance_2026_high_usd_bn),
      width: barW,
      height: chartBottom - y(g.guidance_2026_high_usd_bn),
      fill: 'none',
      stroke: 'accent',
      strokeWidth: 1.5,
      dash: '4 3'
    });
    if (g.guidance_2026_low_usd_bn < g.guidance_2026_high_usd_bn) {
      const ly = y(g.guidance_2026_low_usd_bn);
      marks.push({
        id: `guide-${id}-low`,
        kind: 'line',
        x1: gx + 2,
        x2: gx + 2 + barW,
        y1: ly,
        y2: ly,
        stroke: 'accent',
        strokeWidth: 1.5
      });
    }
    marks.push({
      id: `guide-${id}-actual-value`,
      kind: 'text',
      x: gx - barW / 2 - 2,
      y: y(g.actual_2025_usd_bn) - 4,
      anchor: 'middle',
      text: num(g.actual_2025_usd_bn, 0),
      size: font,
      fill: 'ink'
    });
    marks.push({
      id: `guide-${id}-plan-value`,
      kind: 'text',
      x: gx + barW / 2 + 2,
      y: y(g.guidance_2026_high_usd_bn) - 4,
      anchor: 'middle',
      text: g.guidance_text.replace(/\$|B/g, ''),
      size: font,
      fill: 'accent',
      weight: 'bold'
    });
    marks.push({
      id: `guide-${id}-name`,
      kind: 'text',
      x: gx,
      y: chartBottom + font * 1.2,
      anchor: 'middle',
      text: g.company,
      size: font,
      fill: 'ink'
    });
  });
  const keyY = chartBottom + font * 2.6;
  marks.push({
    id: 'guide-key-actual',
    kind: 'rect',
    x: box.x + 8,
    y: keyY - font * 0.8,
    width: 10,
    height: 10,
    fill: 'ink'
  });
  marks.push({
    id: 'guide-key-actual-text',
    kind: 'text',
    x: box.x + 22,
    y: keyY,
    text: '2025',
    size: font,
    fill: 'ink'
  });
  const gx = box.x + 22 + textWidth('2025', font) + 14;
  marks.push({
    id: 'guide-key-plan',
    kind: 'rect',
    x: gx,
    y: keyY - font * 0.8,
    width: 10,
    height: 10,
    fill: 'none',
    stroke: 'accent',
    strokeWidth: 1.5,
    dash: '3 2'
  });
  marks.push({
    id: 'guide-key-plan-text',
    kind: 'text',
    x: gx + 14,
    y: keyY,
    text: '2026 guidance',
    size: font,
    fill: 'accent'
  });
  return [
    {
      id: 'guide-panel',
      kind: 'rect',
      x: box.x,
      y: box.y,
      width: box.width,
      height: keyY + font * 0.8 - box.y,
      fill: 'paper',
      stroke: 'grid',
      strokeWidth: 1,
      rx: 4
    },
    ...marks
  ];
}
