import type { Resolved } from '$lib/charts/types';
import { times, usd } from '$lib/charts/format';
import { month, monthLabel, peakMonth, yearTotals, type ConstructionData } from './data';
import { CHATGPT_MONTH, type ConstructionState } from './states';

/** Dollars to three figures, as on the chart: $150 million, $2.60 billion. */
const bn = (v: number) => usd(v, { sig: 3, long: true });

export function describe(data: ConstructionData, state: Resolved<ConstructionState>): string {
  const first = data[0]!;
  const c = month(data, CHATGPT_MONTH);
  if (state.view === 'annual') {
    const years = yearTotals(data);
    const y2022 = years.find((d) => d.year === 2022)!;
    const last = years.at(-1)!;
    return (
      `Bars of US data-center construction spending per calendar year at 2021 prices, ${years[0]!.year} to ${last.year}, summed from the monthly values: ` +
      `${bn(years[0]!.usd_2021)} in ${years[0]!.year}, ${bn(y2022.usd_2021)} in 2022 and ${bn(last.usd_2021)} in ${last.year}, ${times(last.usd_2021 / y2022.usd_2021, 1)} the 2022 sum.`
    );
  }
  const last = data.filter((m) => m.month <= state.through).at(-1)!;
  const parts = [
    `A line of monthly US spending on data-center construction at 2021 prices, ${monthLabel(first.month)} to ${monthLabel(last.month)}.`
  ];
  if (state.annotate !== 'none') {
    parts.push(
      `It grows from ${bn(first.usd_2021)} in ${monthLabel(first.month)} to ${bn(c.usd_2021)} in ${monthLabel(c.month)}, when ChatGPT was released.`
    );
  }
  if (state.annotate === 'chatgpt') {
    const p = peakMonth(data);
    parts.push(
      `After that it climbs to a high of ${bn(p.usd_2021)} in ${monthLabel(p.month)}, ${times(p.usd_2021 / c.usd_2021, 1)} the November 2022 level; the latest month, ${monthLabel(last.month)}, is ${bn(last.usd_2021)}.`
    );
  }
  return parts.join(' ');
}
