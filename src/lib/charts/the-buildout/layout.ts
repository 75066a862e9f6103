import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { xLabels, yGrid } from '$lib/charts/axes';
import { bracket, frame, header, legendRow, outlineSwatch, type FontSizes } from '$lib/charts/frame';
import { num, signedPct, usdBn } from '$lib/charts/format';
import { clearOf, keepClear } from '$lib/charts/labels';
import { textBlock, textWidth } from '$lib/charts/text';
import { line, rect, text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { COMPANIES, yearTotal, type BuildoutData, type Company } from './data';
import type { BuildoutState } from './states';
import { stringsFor, type Strings } from './strings';

/** Stack order, bottom to top, and each company's tone (the legend and direct labels name them too). */
const TONES: Record<Company, Tone> = {
  AMZN: 'accent',
  MSFT: 'contrast',
  GOOGL: 'accent-soft',
  META: 'muted'
};

/**
 * Stacked quarterly bars of the four companies' capital spending, 2015 to the latest quarter,
 * with each segment named beside the last bar drawn. Steps reveal quarters, bracket the years
 * the prose compares (totals summed from quarters) and add 2026 guidance in an inset.
 */
export function layout(data: BuildoutData, state: Resolved<BuildoutState>, size: Size): Scene {
  const f = frame(size);
  const { fs, pad } = f;
  const font = fs.small;
  const t = stringsFor(state.locale);
  const head = header(f, t.title, f.short ? t.unit.short : t.unit.full, { subtitleSize: 'small' });
  const legend = legendRow(
    COMPANIES.map((c) => ({ id: `legend-${c}`, text: t.company[c], swatch: TONES[c] })),
    { x: pad, y: head.bottom + font * 1.3, maxWidth: f.inner.width, size: font }
  );
  const marks: Mark[] = [...head.marks, ...legend.marks];

  const quarters = data.quarters;
  const lastIdx = quarters.findIndex((q) => q.key === state.through);
  const through = lastIdx === -1 ? quarters.length - 1 : lastIdx;
  const last = quarters[through]!;

  // Each segment of the last bar is named beside it, where that leaves the bars ≥ 4 px wide;
  // otherwise only the total is, above the bar.
  const totalText = t.total(t.quarter(last.year, last.q), usdBn(last.total ?? 0, { locale: state.locale }));
  const labelRoom =
    Math.max(
      max(COMPANIES, (c) =>
        textWidth(
          t.segment(t.company[c], state.locale === 'en' ? '$00.0B' : usdBn(88.8, { locale: state.locale })),
          font
        )
      )!,
      textWidth(
        t.total(
          t.quarter(2026, 1),
          state.locale === 'en' ? '$000.0B' : usdBn(888.8, { locale: state.locale })
        ),
        font,
        'bold'
      )
    ) + 10;
  // The gutter for gridline labels: as wide as "$120B", or in Japanese as a four-digit 億ドル.
  const gutter = textWidth(
    state.locale === 'en' ? '$120B' : usdBn(888.8, { digits: 0, locale: state.locale }),
    font
  );
  const direct = (f.inner.width - labelRoom - gutter) / quarters.length >= 4;
  let plotTop = legend.bottom + font * (state.note === 'none' ? 1.4 : 2.8);
  const plotBottom = f.bottom - font * 1.6;
  // On a portrait frame there is no empty corner wide enough for the guidance inset: it takes
  // the top of the frame and the bars share the rest.
  const insetOnTop = state.guidance && f.portrait;
  const insetTop = legend.bottom + font * 0.6;
  // (Laid out first with 45% of the height; a table that needs less gives the rest back to the bars.)
  let topInset: Mark[] = [];
  if (insetOnTop) {
    const room = (plotBottom - plotTop) * 0.45;
    topInset = guidanceInset(
      data,
      { x: pad, y: insetTop, width: f.inner.width, height: plotTop + room - font * 2.2 - insetTop },
      fs,
      t
    );
    const panelMark = topInset[0] as { y: number; height: number };
    plotTop = panelMark.y + panelMark.height + font * 2.2;
  }
  // Gridline labels sit in a gutter left of the bars, where notes and brackets cannot meet them.
  const x0 = pad + gutter + 6;
  const x1 = direct ? f.right - labelRoom : f.right;
  const step = (x1 - x0) / quarters.length;
  const barW = Math.max(1, step * 0.78);
  const y = scaleLinear().domain([0, state.yMax]).range([plotBottom, plotTop]);

  marks.push(
    ...yGrid('grid', y, {
      x0: pad,
      x1: f.right,
      values: state.yMax > 60 ? [0, 40, 80, 120, 160].filter((v) => v < state.yMax) : [0, 10, 20, 30, 40],
      format: (v) => (v === 0 ? '0' : usdBn(v, { digits: 0, locale: state.locale })),
      size: font
    })
  );

  // Year labels, every other year where a year is narrower than its label.
  const every = step * 4 < textWidth('2015', font) + 8 ? 2 : 1;
  const years = [...new Set(quarters.map((q) => q.year))].filter((yr) => (yr - 2015) % every === 0);
  // Axis labels are placed last: where an annotation sits on one, the tick gives way.
  const xTicks = xLabels(
    'year',
    years.map((yr) => {
      const i = quarters.findIndex((q) => q.year === yr);
      return {
        key: String(yr),
        x: x0 + (i + 2) * step,
        text: every === 2 ? t.yearShort(String(yr).slice(2)) : String(yr)
      };
    }),
    { y: plotBottom + font * 1.3, size: font }
  );

  // Quarters not reached yet stack to zero height, so their bars grow from the axis.
  const series = stack<number, Company>()
    .keys(COMPANIES)
    .value((i, c) => (i <= through ? (quarters[i]!.values[c] ?? 0) : 0))(quarters.map((_, i) => i));
  quarters.forEach((q, i) => {
    COMPANIES.forEach((c, k) => {
      const [base, top] = series[k]![i]!;
      marks.push(
        rect(
          `bar-${q.key}-${c}`,
          x0 + i * step + (step - barW) / 2,
          y(top),
          barW,
          y(base) - y(top),
          TONES[c],
          { opacity: i <= through ? 1 : 0 }
        )
      );
    });
  });

  // The last bar drawn: its total, and where there is room each segment's company and value.
  const lastX = x0 + through * step + (step + barW) / 2 + 6;
  const lastTotal = last.total ?? series.at(-1)![through]![1];
  let prevY = Infinity;
  if (direct) {
    COMPANIES.forEach((c, k) => {
      const [base, top] = series[k]![through]!;
      const ty = Math.min(y((base + top) / 2), prevY - font * 1.15);
      marks.push(
        text(
          `direct-${c}`,
          lastX,
          ty,
          t.segment(t.company[c], usdBn(last.values[c] ?? 0, { locale: state.locale })),
          font,
          {
            baseline: 'middle',
            halo: true
          }
        )
      );
      prevY = ty;
    });
  }
  const total: Mark = text(
    'direct-total',
    direct ? lastX : Math.min(lastX - 6 + step / 2, f.right),
    direct ? Math.min(y(lastTotal) - font * 0.2, prevY - font * 1.3) : y(lastTotal) - font * 0.5,
    totalText,
    font,
    {
      anchor: direct ? 'start' : 'end',
      weight: 'bold',
      baseline: direct ? 'middle' : 'alphabetic',
      halo: true
    }
  );

  // Year brackets with the calendar-year total of the four (derived by summing quarters).
  // With the guidance inset in the corner, brackets keep right of it.
  // (It spans from the plot's left edge to 2025's bars, at most 380 px.)
  const insetRight = x0 + Math.min(380, quarters.findIndex((q) => q.key === '2025Q1') * step - 6);
  const bracketLeft = state.guidance && !insetOnTop ? insetRight + 4 : x0;
  const yearBracket = (yr: number, tone: Tone, change: string | null = null) => {
    const total = yearTotal(quarters, yr);
    if (total === null) return;
    const idx = quarters.map((q, i) => (q.year === yr ? i : -1)).filter((i) => i >= 0);
    const text = t.yearTotal(yr, usdBn(total, { digits: 0, locale: state.locale }), change);
    const right = direct ? Math.min(x1, lastX - 6) : f.right;
    // A bracket whose label has no room (beside the inset, on a phone) or would sit on a bracket
    // drawn before it is left out: the year the step is about is drawn first.
    if (textWidth(text, fs.label, 'bold') > right - bracketLeft) return;
    const b = bracket(`year-${yr}`, {
      x0: x0 + idx[0]! * step + 1,
      x1: x0 + (idx[idx.length - 1]! + 1) * step - 1,
      y: y(max(idx, (i) => quarters[i]!.total) ?? 0) - 8,
      text,
      size: fs.label,
      tone,
      left: bracketLeft,
      // Clear of the labels beside the last bar.
      right
    });
    if (clearOf(b.marks, marks)) marks.push(...b.marks);
  };
  const change = (a: number, b: number) => signedPct((a / b - 1) * 100, 0);
  const tot = (yr: number) => yearTotal(quarters, yr)!;
  if (state.note === 'flat') {
    yearBracket(2018, 'muted');
    yearBracket(2022, 'muted');
    // At the top left of the plot, over the quarters it explains and left of 2022; it gives way
    // to the brackets where a short frame has no room for both.
    const note = textBlock('amzn-gap', t.amazonGap(f.narrow), {
      x: x0,
      y: plotTop + font * 0.8,
      maxWidth: quarters.findIndex((q) => q.year === 2022) * step - 8,
      size: font,
      fill: 'muted'
    });
    if (clearOf(note.marks, marks)) marks.push(...note.marks);
  }
  if (state.note === 'take-off') {
    yearBracket(2024, 'accent', change(tot(2024), tot(2023)));
    yearBracket(2023, 'muted', change(tot(2023), tot(2022)));
  }
  if (state.note === 'record') {
    // Beside the guidance inset the change is left to the step before.
    yearBracket(2025, 'accent', state.guidance ? null : change(tot(2025), tot(2024)));
    if (!state.guidance) yearBracket(2024, 'muted');
  }
  if (insetOnTop) {
    marks.push(...topInset);
  } else if (state.guidance) {
    // The inset sits in the empty top-left corner: above the bars up to 2024, left of 2025's.
    const edge = quarters.findIndex((q) => q.key === '2025Q1');
    const right = insetRight;
    const left = x0;
    const top = plotTop - font * 1.5;
    // Above the bars up to 2024 where that leaves room; on short frames the panel covers the
    // early bars (small, and the step is about the plans).
    const bottom = Math.min(
      plotBottom,
      Math.max(y((max(quarters.slice(0, edge), (q) => q.total) ?? 0) + 4), top + 150)
    );
    marks.push(...guidanceInset(data, { x: left, y: top, width: right - left, height: bottom - top }, fs, t));
  }
  // Without room beside the bars, the latest quarter's total stands over its bar where a
  // year bracket's label or the inset does not.
  if (direct || clearOf([total], marks)) marks.push(total);
  marks.push(...keepClear(xTicks, marks));
  return { width: size.width, height: size.height, marks };
}

/**
 * 2025 actual (solid) beside each company's newest 2026 plan (dashed outline, a range ticked at its
 * low end). A company whose plan has no 2025 figure on a comparable basis (Microsoft) gets the
 * outline alone and a note under the key says why.
 */
function guidanceInset(
  data: BuildoutData,
  box: { x: number; y: number; width: number; height: number },
  fs: FontSizes,
  t: Strings
): Mark[] {
  const font = fs.small;
  const marks: Mark[] = [];
  const title = textBlock('guide-title', t.inset.title(t.inset.date), {
    x: box.x + 8,
    y: box.y + font * 1.3,
    maxWidth: box.width - 16,
    size: font,
    weight: 'bold'
  });
  marks.push(...title.marks);
  const groupW = (box.width - 16) / data.guidance.length;
  const planText = (g: (typeof data.guidance)[number]) =>
    t.inset.planValue(g.guidance_text.replace(/\$|B/g, ''));
  const actualText = (g: (typeof data.guidance)[number]) =>
    g.actual_2025_usd_bn === null ? null : num(g.actual_2025_usd_bn, 0);
  const missing = data.guidance.filter((g) => g.actual_2025_usd_bn === null);
  // Under the bars: the company names, then the key, then (if any) why a company has no 2025 bar.
  const noteLines = missing.length
    ? textBlock('guide-note', t.inset.noActual(t.guidanceCompany[missing[0]!.company]), {
        x: box.x + 8,
        y: 0,
        maxWidth: box.width - 16,
        size: font,
        fill: 'muted'
      }).marks.length
    : 0;
  const noteH = noteLines * font * 1.3;
  const keyY = box.y + box.height - font * 0.8 - noteH;
  const chartTop = title.bottom + font * 1.8;
  const chartBottom = keyY - font * 2.6;
  // Where a company's two values cannot stand side by side, or the bars would be too short to
  // compare, the inset is a table instead.
  const fits =
    chartBottom - chartTop >= font * 4.5 &&
    data.guidance.every(
      (g) =>
        textWidth(actualText(g) ?? t.inset.none, font) + textWidth(planText(g), font, 'bold') + 8 <= groupW &&
        textWidth(t.guidanceCompany[g.company], font) <= groupW - 4
    );
  if (!fits) {
    // A table: a shorter title, one row per company (a row may wrap).
    const short = textBlock('guide-title', t.inset.titleShort(t.inset.date), {
      x: box.x + 8,
      y: box.y + font * 1.3,
      maxWidth: box.width - 16,
      size: font,
      weight: 'bold'
    });
    const rows: Mark[] = [...short.marks];
    let y = short.bottom + font * 1.0;
    for (const g of data.guidance) {
      const row = textBlock(
        `guide-${g.company.toLowerCase()}-row`,
        t.inset.row(t.guidanceCompany[g.company], actualText(g), planText(g)),
        { x: box.x + 8, y, maxWidth: box.width - 16, size: font }
      );
      rows.push(...row.marks);
      y = row.bottom + font * 0.9;
    }
    return [panel(box, y - font * 0.6 - box.y), ...rows];
  }
  const top = max(data.guidance, (g) => g.guidance_2026_high_usd_bn)!;
  const y = scaleLinear().domain([0, top]).range([chartBottom, chartTop]);
  const barW = Math.min(26, groupW * 0.3);
  data.guidance.forEach((g, i) => {
    const gx = box.x + 8 + i * groupW + groupW / 2;
    const id = g.company.toLowerCase();
    if (g.actual_2025_usd_bn !== null) {
      marks.push(
        rect(
          `guide-${id}-actual`,
          gx - barW - 2,
          y(g.actual_2025_usd_bn),
          barW,
          chartBottom - y(g.actual_2025_usd_bn),
          'ink'
        )
      );
    }
    marks.push(
      rect(
        `guide-${id}-plan`,
        gx + 2,
        y(g.guidance_2026_high_usd_bn),
        barW,
        chartBottom - y(g.guidance_2026_high_usd_bn),
        'none',
        { stroke: 'accent', strokeWidth: 1.5, dash: '4 3' }
      )
    );
    if (g.guidance_2026_low_usd_bn < g.guidance_2026_high_usd_bn) {
      const ly = y(g.guidance_2026_low_usd_bn);
      marks.push(line(`guide-${id}-low`, gx + 2, ly, gx + 2 + barW, ly, 'accent', { strokeWidth: 1.5 }));
    }
    marks.push(
      g.actual_2025_usd_bn === null
        ? text(`guide-${id}-actual-value`, gx - 2, chartBottom - 4, t.inset.none, font, {
            anchor: 'end',
            fill: 'muted'
          })
        : text(
            `guide-${id}-actual-value`,
            gx - 2,
            y(g.actual_2025_usd_bn) - 4,
            num(g.actual_2025_usd_bn, 0),
            font,
            { anchor: 'end' }
          )
    );
    marks.push(
      text(`guide-${id}-plan-value`, gx + 2, y(g.guidance_2026_high_usd_bn) - 4, planText(g), font, {
        fill: 'accent',
        anchor: 'start',
        weight: 'bold'
      })
    );
    marks.push(
      text(`guide-${id}-name`, gx, chartBottom + font * 1.2, t.guidanceCompany[g.company], font, {
        anchor: 'middle'
      })
    );
  });
  const key = legendRow(
    [
      { id: 'guide-key-actual', text: t.inset.actual, swatch: 'ink' },
      {
        id: 'guide-key-plan',
        text: t.inset.plan,
        swatch: outlineSwatch('accent', '3 2', 'paper'),
        fill: 'accent'
      }
    ],
    { x: box.x + 8, y: keyY - font * 0.2, maxWidth: box.width - 16, size: font }
  );
  marks.push(...key.marks);
  if (missing.length) {
    marks.push(
      ...textBlock('guide-note', t.inset.noActual(t.guidanceCompany[missing[0]!.company]), {
        x: box.x + 8,
        y: key.bottom + font * 0.9,
        maxWidth: box.width - 16,
        size: font,
        fill: 'muted'
      }).marks
    );
  }
  return [panel(box, box.height), ...marks];
}

/** The inset's paper panel, drawn first so it hides the bars behind it. */
function panel(box: { x: number; y: number; width: number }, height: number): Mark {
  return rect('guide-panel', box.x, box.y, box.width, height, 'paper', {
    stroke: 'grid',
    strokeWidth: 1,
    rx: 4
  });
}
