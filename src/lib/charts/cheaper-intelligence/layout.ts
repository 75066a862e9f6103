import { max, sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { frame, header, lineCount } from '$lib/charts/frame';
import { month, pct, si, sig, times, usd } from '$lib/charts/format';
import { textBlock, textWidth } from '$lib/charts/text';
import { rect, text } from '$lib/charts/marks';
import type { Mark, Resolved, Scene, Size, Tone } from '$lib/charts/types';
import { PRICE, ratios, tokensFor, type PriceData, type PriceRow } from './data';
import { BUDGET_USD, type PriceState } from './states';
import { strings } from './strings';
import type { Locale } from '$lib/locale';

const short = (r: PriceRow) => (r.model === 'OpenAI o1' ? 'o1' : 'R1');

/**
 * Horizontal bars on one linear scale: list prices per million tokens (input, output), or the
 * millions of output tokens $100 buys. R1's bars are drawn at their true length, which at o1's
 * scale is a sliver: that is the point. The last step dims the bars and states what a price is
 * not (a training cost).
 */
export function layout(data: PriceData, state: Resolved<PriceState>, size: Size): Scene {
  const fr = frame(size);
  const { fs: f, pad } = fr;
  const w = fr.inner.width;
  const { locale } = state;
  const t = strings[locale];
  const price = (v: number) => usd(v, { ...PRICE, locale });
  const pc = (v: number, digits: number) => pct(v, digits, locale);
  const asOf = month(data.o1.as_of, locale, { long: true });
  const titleText = state.view === 'tokens' ? t.titleTokens(price(BUDGET_USD)) : t.titlePrice;
  // On compact frames the page's title stands above the chart: what the bars measure moves into
  // the subtitle.
  const head = header(fr, titleText, fr.compact ? t.subtitleShort(titleText, asOf) : t.subtitle(asOf), {
    subtitleSize: 'small'
  });
  const marks: Mark[] = [...head.marks];
  const sub = head;

  const model = fr.narrow ? t.modelShort : t.model;
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
          label: t.bar(model(r), kind, kind === 'input' && r.model === 'DeepSeek-R1'),
          value: v,
          valueText: price(v),
          row: r
        });
      }
    }
  } else {
    for (const r of models) {
      const m = tokensFor(BUDGET_USD, r);
      bars.push({
        id: `tokens-${short(r)}`,
        label: t.tokensBar(model(r)),
        value: m,
        valueText: t.tokens(millions(m, locale)),
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
  const start = sub.bottom + f.label * 2;
  const size_ = fr.compact ? f.small : f.label;
  // The note under the bars, and in the last step the caveat box with what a price is not.
  const ratio = (() => {
    if (state.models !== 'both' || state.caveat) return '';
    const r = ratios(data);
    if (state.view === 'price') {
      if (fr.tiny) return t.ratioTiny(pc(r.input * 100, 2), pc(r.output * 100, 2));
      return t.ratio(pc(r.input * 100, 2), pc(r.output * 100, 2), pc(r.output * 100, 1));
    }
    const k = tokensFor(BUDGET_USD, data.r1) / tokensFor(BUDGET_USD, data.o1);
    return t.ratioTokens(price(BUDGET_USD), times(k, 0, locale));
  })();
  const caveatLines = (withDates: boolean) => [
    { id: 'caveat-head', text: t.caveatHead, weight: 'bold' as const },
    { id: 'caveat-v3', text: t.caveatV3 },
    ...(withDates ? [{ id: 'caveat-dates', text: t.caveatDates }] : [])
  ];
  const caveatH = (withDates: boolean) =>
    f.label * 0.9 +
    sum(
      caveatLines(withDates),
      (l) => lineCount(l.text, w - 20, size_, l.weight) * size_ * 1.3 + size_ * 0.8
    );
  const notesH = ratio
    ? lineCount(ratio, w, size_, 'bold') * size_ * 1.3 + f.label * 0.6
    : state.caveat
      ? caveatH(false) + f.label * 0.6
      : 0;
  // Rows share the height the notes leave, the same in every step of a frame so bars do not
  // jump (up to 4 rows: input and output for both models); the dimmed rows of the last step close
  // up under the caveat, and on frames too short for both they give it their room.
  // On short frames a value follows its label and the bar runs under both; elsewhere the value
  // stands beside its bar, which takes a row of ~2.8 lines so it clears the labels around it.
  const inline = fr.short;
  const rowMin = inline ? f.label * 1.25 + 6 : f.label * 2.8;
  const rowFull = Math.min(f.label * 5.2, Math.max(rowMin, (fr.bottom - start - notesH) / 4));
  const closed = Math.min(rowFull, inline ? rowMin : f.label * 2.8);
  const hideBars = state.caveat && start + bars.length * closed + notesH > fr.bottom;
  const rowH = state.caveat ? closed : rowFull;
  const barH = Math.max(6, rowH - f.label * (inline ? 1 : 1.7) - 4);
  let yy = start;
  const opacity = hideBars ? 0 : dim;
  for (const b of bars) {
    const tone = toneOf(b.row);
    const barY = yy + f.label * (inline ? 0.4 : 0.6);
    const bw = Math.max(1.5, x(b.value));
    // The value beside its bar, or after the label (see `inline`).
    const valueAt = inline
      ? { x: pad + textWidth(b.label, f.label) + 8, y: yy, baseline: 'alphabetic' as const }
      : { x: pad + bw + 6, y: barY + barH / 2, baseline: 'middle' as const };
    marks.push(
      text(`label-${b.id}`, pad, yy, b.label, f.label, { opacity }),
      { id: `bar-${b.id}`, kind: 'rect', x: pad, y: barY, width: bw, height: barH, fill: tone, opacity },
      text(`value-${b.id}`, valueAt.x, valueAt.y, b.valueText, f.label, {
        weight: 'bold',
        baseline: valueAt.baseline,
        opacity
      })
    );
    yy += rowH;
  }

  const noteY = hideBars ? start - f.label : yy + f.label * 0.2;
  if (ratio) {
    marks.push(
      ...textBlock('ratio', ratio, {
        x: pad,
        y: noteY,
        maxWidth: w,
        size: size_,
        fill: 'accent',
        weight: 'bold'
      }).marks
    );
  }
  if (state.caveat) {
    // The dates (also in the chart's note) only where the box still fits the frame.
    const withDates = noteY + caveatH(true) <= fr.bottom;
    const boxTop = noteY - f.label * 0.2;
    let y = boxTop + f.label * 1.3;
    const box: Mark[] = [];
    for (const l of caveatLines(withDates)) {
      const block = textBlock(l.id, l.text, {
        x: pad + 10,
        y,
        maxWidth: w - 20,
        size: size_,
        weight: l.weight
      });
      box.push(...block.marks);
      y = block.bottom + size_ * 0.8;
    }
    marks.unshift(
      rect('caveat-box', pad, boxTop, w, y - boxTop - size_ * 0.3, 'paper', {
        stroke: 'muted',
        strokeWidth: 1,
        dash: '4 3',
        rx: 4
      })
    );
    marks.push(...box);
  }
  return { width: size.width, height: size.height, marks };
}

/** Millions of tokens as the chart prints them: "1.67" (million), ja "167万". */
export function millions(m: number, locale: Locale): string {
  return locale === 'en' ? sig(m) : si(m * 1e6, 3, '', locale);
}
