import { greatest, max, mean } from 'd3-array';
import { frame, header, type FontSizes } from '$lib/charts/frame';
import { clearOf, coveredPoints, type Point } from '$lib/charts/labels';
import { usdBn } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import { dot, rect, text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import type { Locale } from '$lib/locale';
import { isoCodes, isTargetOrLoans, monthYear, type BordersData, type Control, type Subsidy } from './data';
import type { BordersState } from './states';
import { stringsFor, type Strings } from './strings';

export const US = '840';
export const CHINA = '156';
/** Countries so small on a world map that they get a ring around them when lit. */
const SMALL = new Set(['158', '410']);

/** Where country names sit, in the outline frame (1000 units wide), and which show on phones. */
const PLACES: { iso: string; x: number; y: number; phone: boolean }[] = [
  { iso: US, x: 225, y: 128, phone: true },
  { iso: 'EU', x: 505, y: 98, phone: true },
  { iso: CHINA, x: 745, y: 132, phone: true },
  { iso: '356', x: 690, y: 178, phone: true },
  { iso: '392', x: 872, y: 122, phone: false },
  { iso: '410', x: 800, y: 92, phone: false },
  { iso: '158', x: 845, y: 170, phone: false }
];

/** Centroid (vertex average) of a country's largest ring, in outline units. */
function anchorOf(data: BordersData, iso: string): [number, number] {
  const rings = data.outlines.rings.filter((r) => r.iso === iso);
  const largest = greatest(rings, (r) => r.points.length)!;
  return [mean(largest.points, (p) => p[0])!, mean(largest.points, (p) => p[1])!];
}

/**
 * A world map (Equal Earth, Natural Earth 1:110m, precomputed outlines) with a ranked list under
 * it. Steps light up subsidy programmes (list: amount in local currency and dollars, date), then
 * the US export-control timeline with an arc from the US to China, then the 2025–26 bargains.
 */
export function layout(raw: BordersData, state: Resolved<BordersState>, size: Size): Scene {
  const fr = frame(size);
  const { fs: f, pad } = fr;
  const w = fr.inner.width;
  const phone = !fr.wide;
  const t = stringsFor(state.locale);
  const data = t.localize(raw);
  const marks: Mark[] = [...header(fr, t.titles[state.list]).marks];
  // The map starts below the tallest of the steps' titles, so it never moves between steps.
  const titleBottom = max(Object.values(t.titles), (title) => header(fr, title).bottom)!;

  // The map: same size and place in every step (only colours change), as large as the tallest
  // list of any step leaves room for.
  const mapTop = titleBottom + f.small * 1.2;
  const frameW = data.outlines.width;
  const frameH = data.outlines.height;
  // A short landscape frame (the card) sets the list beside the map; otherwise it goes under
  // the map, in two columns where the frame is wide.
  const beside = fr.short && !fr.narrow;
  // (The map takes what the one-line rows leave: label, a bar of 40 px, the amount.)
  const listW =
    max(data.subsidies, (s) => textWidth(programmeShort(s, t), f.small))! +
    48 +
    textWidth(
      t.approx(
        usdBn(
          max(data.subsidies, (s) => s.usd_bn)!,
          { trim: true, locale: state.locale }
        )
      ),
      f.label,
      'bold'
    ) +
    12;
  const besideMapW = Math.min(w * 0.48, w - 24 - listW);
  const cols = fr.wide && !beside ? 2 : 1;
  const colGap = 24;
  const colW = beside ? w - besideMapW - colGap : (w - (cols - 1) * colGap) / cols;
  const probe = (mode: ListMode) => {
    const box = {
      x: pad,
      y: 0,
      colW,
      cols,
      colGap,
      bottom: Infinity,
      f,
      mode,
      short: fr.short,
      t,
      locale: state.locale
    };
    const all = [
      programmeList(data, data.subsidies, box),
      controlList(
        data.controls.filter((c) => c.phase === 'restrict'),
        box
      ),
      controlList(
        data.controls.filter((c) => c.phase === 'bargain'),
        box
      )
    ];
    return max(all, listHeight)!;
  };
  const gapAbove = f.label * 1.6;
  const room = (mode: ListMode) => fr.bottom - mapTop - gapAbove - probe(mode);
  // Full two-line rows while the map keeps at least 60% of its natural height; on short
  // frames (a phone's sticky chart) one line per row, with the detail left to the prose.
  const natural = Math.min(w * (frameH / frameW), size.height * 0.45);
  const mode: ListMode = beside
    ? fr.bottom - mapTop >= probe('full')
      ? 'full'
      : 'compact'
    : room('full') >= natural * 0.6
      ? 'full'
      : 'compact';
  const k = beside
    ? Math.min(besideMapW / frameW, (fr.bottom - mapTop) / frameH)
    : Math.max(0, Math.min(w / frameW, Math.min(natural, Math.max(natural * 0.35, room(mode))) / frameH));
  const mapW = frameW * k;
  const mapH = frameH * k;
  const mx = beside ? pad : pad + (w - mapW) / 2;
  const px = (x: number) => mx + x * k;
  const py = (y: number) => mapTop + y * k;

  const lit = data.subsidies.filter((s) => state.programmes.includes(s.id));
  const toneByIso = new Map<string, Tone>();
  for (const s of lit)
    for (const iso of isoCodes(s)) toneByIso.set(iso, isTargetOrLoans(s) ? 'accent-soft' : 'accent');
  if (state.arc !== 'none') {
    toneByIso.set(US, 'contrast');
    toneByIso.set(CHINA, 'warn');
  }
  for (const r of data.outlines.rings) {
    marks.push({
      id: `country-${r.iso}-${r.ring}`,
      kind: 'path',
      points: r.points.map(([x, y]) => [px(x), py(y)] as const),
      closed: true,
      fill: toneByIso.get(r.iso) ?? 'faint',
      stroke: 'paper',
      strokeWidth: 0.5
    });
  }
  // A small country's ring, which no name may sit on.
  const rings: Point[] = [];
  for (const iso of SMALL) {
    const tone = toneByIso.get(iso);
    if (!tone) continue;
    const [cx, cy] = anchorOf(data, iso);
    marks.push(dot(`ring-${iso}`, px(cx), py(cy), 7, 'none', { stroke: tone, strokeWidth: 1.5 }));
    rings.push({ key: iso, x: px(cx), y: py(cy), r: 7 });
  }
  const litIsos = new Set([...lit.map((s) => s.iso_n3), ...(state.arc !== 'none' ? [US, CHINA] : [])]);
  // Country names, in the order PLACES lists them, each unless it would sit on one before it; a
  // name that would hide a ring moves just above or below it.
  const places: Mark[] = [];
  for (const p of PLACES) {
    if (!litIsos.has(p.iso) || (phone && !p.phone)) continue;
    const at = (dy: number): Mark =>
      text(`place-${p.iso}`, px(p.x), py(p.y) + dy, t.places[p.iso]!, f.small, {
        anchor: 'middle',
        weight: 'bold',
        halo: true
      });
    const place = [0, -f.small, f.small, -f.small * 1.6, f.small * 1.6]
      .map(at)
      .find((m) => clearOf([m], places) && !coveredPoints([m], rings).length);
    if (place) places.push(place);
  }
  marks.push(...places);

  if (state.arc !== 'none') {
    const [ux, uy] = anchorOf(data, US);
    const [cx, cy] = anchorOf(data, CHINA);
    const arc = (from: [number, number], to: [number, number], lift: number) => {
      const c: [number, number] = [(from[0] + to[0]) / 2, Math.min(from[1], to[1]) - lift];
      const pts: [number, number][] = [];
      for (let i = 0; i <= 24; i++) {
        const t = i / 24;
        const x = (1 - t) ** 2 * from[0] + 2 * (1 - t) * t * c[0] + t ** 2 * to[0];
        const y = (1 - t) ** 2 * from[1] + 2 * (1 - t) * t * c[1] + t ** 2 * to[1];
        pts.push([px(x), py(y)]);
      }
      return pts;
    };
    // An arc's label is centred on it, moved in where the map is narrower than the label.
    const inside = (x: number, label: string, bold: boolean) => {
      const half = textWidth(label, f.small, bold ? 'bold' : 'normal') / 2;
      return Math.max(Math.min(x, mx + mapW - half), pad + half);
    };
    // A short frame's map is small: the arcs' labels in a word or two.
    const outLabel = fr.short ? t.arc.outShort : t.arc.out;
    const backLabel = fr.tiny ? t.arc.backTiny : fr.short ? t.arc.backShort : t.arc.back;
    const out = arc([ux, uy - 10], [cx, cy - 10], 170);
    marks.push({ id: 'arc-controls', kind: 'path', points: out, stroke: 'ink', strokeWidth: 2, arrow: true });
    const apex = out[12]!;
    marks.push(
      text('arc-controls-label', inside(apex[0], outLabel, false), apex[1] - 6, outLabel, f.small, {
        anchor: 'middle',
        halo: true
      })
    );
    if (state.arc === 'bargain') {
      // The cut coming back runs south of the outgoing arc, through the empty Atlantic side.
      const back = arc([cx - 10, cy + 25], [ux + 10, uy + 25], -150);
      marks.push({
        id: 'arc-cut',
        kind: 'path',
        points: back,
        stroke: 'warn',
        strokeWidth: 2,
        dash: '5 4',
        arrow: true
      });
      const low = back[12]!;
      marks.push(
        text('arc-cut-label', inside(low[0], backLabel, true), low[1] + f.small * 1.3, backLabel, f.small, {
          fill: 'warn',
          anchor: 'middle',
          weight: 'bold',
          halo: true
        })
      );
    }
  }

  // The list under (or beside) the map.
  const box = {
    x: beside ? pad + besideMapW + colGap : pad,
    y: beside ? mapTop + f.small * 0.7 : mapTop + mapH + gapAbove,
    colW,
    cols,
    colGap,
    bottom: fr.bottom,
    f,
    mode,
    short: fr.short,
    t,
    locale: state.locale
  };
  if (state.list === 'programmes') marks.push(...programmeList(data, lit, box));
  else
    marks.push(
      ...controlList(
        data.controls.filter((c) => c.phase === state.list),
        box
      )
    );
  return { width: size.width, height: size.height, marks };
}

interface ListBox {
  x: number;
  y: number;
  colW: number;
  cols: number;
  colGap: number;
  bottom: number;
  f: FontSizes;
  mode: ListMode;
  /** A short frame: tighter one-line rows and a shorter key. */
  short: boolean;
  t: Strings;
  locale: Locale;
}

/** full: two lines per row (names, amounts, dates; control details). compact: one line per row. */
export type ListMode = 'full' | 'compact';

/** Height of a list laid out from y = 0 (text baselines plus descent). */
function listHeight(marks: readonly Mark[]): number {
  let h = 0;
  for (const m of marks) {
    if (m.kind === 'text') h = Math.max(h, m.y + m.size * 0.4);
    if (m.kind === 'rect') h = Math.max(h, m.y + m.height);
  }
  return h;
}

/** Short name and amount line of a programme: "Japan · more than ¥10 trillion · Nov 2024". */
export const programmeLine = (s: Subsidy, t: Strings, locale: Locale = 'en') =>
  t.programmeLine(s.country, s.amount_local, monthYear(s.date, locale));

function programmeList(data: BordersData, lit: readonly Subsidy[], box: ListBox): Mark[] {
  const { f } = box;
  const marks: Mark[] = [];
  const ranked = [...lit].sort((a, b) => b.usd_bn - a.usd_bn);
  const most = max(data.subsidies, (s) => s.usd_bn)!;
  const perCol = Math.ceil(ranked.length / box.cols);
  const compact = box.mode === 'compact';
  const rowH = compact ? (box.short ? f.small * 1.3 : f.label * 1.55) : f.label * 3;
  const barH = compact ? (box.short ? f.small * 0.6 : f.label * 0.8) : 11;
  const valueRoom =
    textWidth(box.t.approx(usdBn(most, { trim: true, locale: box.locale })), f.label, 'bold') + 12;
  // In compact rows the label column is as wide as the widest label of all programmes, so bars
  // start at the same x in every step.
  const labelW = compact ? max(data.subsidies, (s) => textWidth(programmeShort(s, box.t), f.small))! + 8 : 0;
  ranked.forEach((s, i) => {
    const col = Math.floor(i / perCol);
    const x = box.x + col * (box.colW + box.colGap);
    const y = box.y + (i % perCol) * rowH;
    const dashed = isTargetOrLoans(s);
    let barX = x;
    let barY = y + f.label * 0.45;
    if (compact) {
      marks.push(
        text(`prog-${s.id}-line`, x, y + f.label * 0.5, programmeShort(s, box.t), f.small, {
          baseline: 'middle'
        })
      );
      barX = x + labelW;
      barY = y + f.label * 0.5 - barH / 2;
    } else {
      const line = programmeLine(s, box.t, box.locale);
      const size = textWidth(line, f.label) <= box.colW ? f.label : f.small;
      marks.push({ id: `prog-${s.id}-line`, kind: 'text', x, y, text: line, size, fill: 'ink' });
    }
    const bw = Math.max(2, ((box.colW - valueRoom - (barX - x)) * s.usd_bn) / most);
    marks.push(
      rect(`prog-${s.id}-bar`, barX, barY, bw, barH, dashed ? 'none' : 'accent', {
        stroke: dashed ? 'accent' : undefined,
        strokeWidth: dashed ? 1.5 : undefined,
        dash: dashed ? '4 3' : undefined
      })
    );
    marks.push(
      text(
        `prog-${s.id}-usd`,
        barX + bw + 6,
        barY + barH / 2,
        box.t.approx(usdBn(s.usd_bn, { trim: true, locale: box.locale })),
        f.label,
        { weight: 'bold', baseline: 'middle' }
      )
    );
  });
  if (ranked.length === 1 && !compact) {
    // One programme on its own: room to say what the money is for.
    marks.push(
      ...textBlock(`prog-${ranked[0]!.id}-basis`, ranked[0]!.basis, {
        x: box.x,
        y: box.y + rowH + f.small * 0.2,
        maxWidth: box.colW,
        size: f.small,
        fill: 'muted'
      }).marks
    );
  }
  if (ranked.length > 1) {
    const rowsUsed = Math.ceil(ranked.length / box.cols);
    marks.push(
      ...textBlock('prog-key', box.short ? box.t.keyShort : box.t.key, {
        x: box.x,
        y: box.y + rowsUsed * rowH + f.small * (compact ? 1.2 : 0.4),
        maxWidth: box.colW * box.cols + box.colGap * (box.cols - 1),
        size: f.small,
        fill: 'muted'
      }).marks
    );
  }
  return marks;
}

/** One-line form for short frames: "Japan · ¥10tn+ · 2024". */
export const programmeShort = (s: Subsidy, t: Strings) =>
  t.programmeShort(s.short_name, s.amount_short, s.date.slice(0, 4));

function controlList(rows: readonly Control[], box: ListBox): Mark[] {
  const { f } = box;
  const marks: Mark[] = [];
  const perCol = Math.ceil(rows.length / box.cols);
  let y = box.y;
  rows.forEach((c, i) => {
    const col = Math.floor(i / perCol);
    if (i % perCol === 0) y = box.y;
    const x = box.x + col * (box.colW + box.colGap);
    const head = textBlock(`ctl-${c.id}-head`, box.t.controlHead(monthYear(c.date, box.locale), c.label), {
      x,
      y,
      maxWidth: box.colW,
      size: f.label,
      fill: c.phase === 'bargain' ? 'warn' : 'ink',
      weight: 'bold'
    });
    marks.push(...head.marks);
    if (box.mode === 'compact') {
      y = head.bottom + f.label * 1.2;
      return;
    }
    const detail = textBlock(`ctl-${c.id}-detail`, c.detail, {
      x,
      y: head.bottom + f.small * 1.05,
      maxWidth: box.colW,
      size: f.small,
      fill: 'muted'
    });
    marks.push(...detail.marks);
    y = detail.bottom + f.label * 1.3;
  });
  return marks;
}
