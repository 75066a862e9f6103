import { pct, times, usdBn } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { fiscalYear, NEW_SEGMENTS_FY, yearMargin, yearTotal, type Quarter } from './data';
import type { NvidiaState } from './states';
import { stringsFor } from './strings';

export function describe(data: readonly Quarter[], state: Resolved<NvidiaState>): string {
  /** Japanese sentences follow each other without a space. */
  const sep = state.locale === 'ja' ? '' : ' ';
  const t = stringsFor(state.locale).describe;
  const bn = (v: number) => usdBn(v, { long: true, locale: state.locale });
  const shown = data.filter((q) => q.quarter_end <= state.through);
  const first = shown[0]!;
  const last = shown[shown.length - 1]!;
  const parts = [
    t.bars(
      first.fiscal_quarter,
      bn(first.data_center_revenue_usd_bn),
      last.fiscal_quarter,
      bn(last.data_center_revenue_usd_bn)
    )
  ];
  if (state.chatgpt) parts.push(t.chatgpt);
  const callout = shown.find((q) => q.quarter_end === state.callout);
  if (callout) {
    const prev = data[data.indexOf(callout) - 1];
    const multiple =
      prev && state.calloutRatio
        ? times(callout.data_center_revenue_usd_bn / prev.data_center_revenue_usd_bn, 1, state.locale)
        : null;
    parts.push(t.callout(callout.fiscal_quarter, bn(callout.data_center_revenue_usd_bn), multiple));
  }
  if (state.segments && shown.some((q) => fiscalYear(q) === NEW_SEGMENTS_FY)) parts.push(t.newSegments);
  if (state.yearTotals) {
    const years = [...new Set(shown.map(fiscalYear))].filter((fy) => yearTotal(shown, fy) !== null);
    const a = years[0]!;
    const b = years[years.length - 1]!;
    parts.push(
      t.yearTotals(
        a,
        bn(yearTotal(shown, a)!),
        b,
        bn(yearTotal(shown, b)!),
        times(yearTotal(shown, b)! / yearTotal(shown, a)!, 0, state.locale)
      )
    );
  }
  if (state.margin) {
    parts.push(
      t.margin(
        pct(yearMargin(data, 2023)!, 1),
        pct(yearMargin(data, 2026)!, 1),
        pct(last.gaap_gross_margin_pct, 1),
        last.fiscal_quarter
      )
    );
  }
  return parts.join(sep);
}
