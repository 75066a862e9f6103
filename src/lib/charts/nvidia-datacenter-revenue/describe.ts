import { pct, times, usdBn } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { fiscalYear, yearMargin, yearTotal, type Quarter } from './data';
import type { NvidiaState } from './states';

const bn = (v: number) => usdBn(v, { long: true });

export function describe(data: readonly Quarter[], state: Resolved<NvidiaState>): string {
  const shown = data.filter((q) => q.quarter_end <= state.through);
  const first = shown[0]!;
  const last = shown[shown.length - 1]!;
  const parts = [
    `Bar chart of NVIDIA's data-center revenue per fiscal quarter, from ${first.fiscal_quarter} (${bn(first.data_center_revenue_usd_bn)}) to ${last.fiscal_quarter} (${bn(last.data_center_revenue_usd_bn)}).`
  ];
  if (state.chatgpt) parts.push('A dashed line marks the launch of ChatGPT on 30 November 2022.');
  const callout = shown.find((q) => q.quarter_end === state.callout);
  if (callout) {
    const prev = data[data.indexOf(callout) - 1];
    const ratio =
      prev && state.calloutRatio
        ? `, ${times(callout.data_center_revenue_usd_bn / prev.data_center_revenue_usd_bn, 1)} the quarter before`
        : '';
    parts.push(`${callout.fiscal_quarter} is labelled: ${bn(callout.data_center_revenue_usd_bn)}${ratio}.`);
  }
  if (state.yearTotals) {
    const years = [...new Set(shown.map(fiscalYear))].filter((fy) => yearTotal(shown, fy) !== null);
    const a = years[0]!;
    const b = years[years.length - 1]!;
    parts.push(
      `Fiscal-year totals: FY${a} ${bn(yearTotal(shown, a)!)}, FY${b} ${bn(yearTotal(shown, b)!)}, ${times(yearTotal(shown, b)! / yearTotal(shown, a)!)} as much.`
    );
  }
  if (state.margin) {
    parts.push(
      `A line shows GAAP gross margin: ${pct(yearMargin(data, 2023)!, 1)} for FY2023, ${pct(yearMargin(data, 2026)!, 1)} for FY2026 and ${pct(last.gaap_gross_margin_pct, 1)} in ${last.fiscal_quarter}.`
    );
  }
  return parts.join(' ');
}
