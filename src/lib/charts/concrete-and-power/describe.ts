import type { Resolved } from '$lib/charts/types';
import { times, usd } from '$lib/charts/format';
import { month, monthLabel, peakMonth, yearTotals, type ConstructionData } from './data';
import { CHATGPT_MONTH, type ConstructionState } from './states';
import { strings } from './strings';

export function describe(data: ConstructionData, state: Resolved<ConstructionState>): string {
  /** Japanese sentences follow each other without a space. */
  const sep = state.locale === 'ja' ? '' : ' ';
  const L = state.locale;
  const t = strings[L].describe;
  /** Dollars to three figures, as on the chart: $150 million, $2.60 billion. */
  const bn = (v: number) => usd(v, { sig: 3, long: true, locale: L });
  const ml = (iso: string) => monthLabel(iso, L);
  const first = data[0]!;
  const c = month(data, CHATGPT_MONTH);
  if (state.view === 'annual') {
    const years = yearTotals(data);
    const y2022 = years.find((d) => d.year === 2022)!;
    const last = years.at(-1)!;
    return t.annual(
      years[0]!.year,
      last.year,
      bn(years[0]!.usd_2021),
      bn(y2022.usd_2021),
      bn(last.usd_2021),
      times(last.usd_2021 / y2022.usd_2021, 1, L)
    );
  }
  const last = data.filter((m) => m.month <= state.through).at(-1)!;
  const parts = [t.line(ml(first.month), ml(last.month))];
  if (state.annotate !== 'none') {
    parts.push(t.grows(bn(first.usd_2021), ml(first.month), bn(c.usd_2021), ml(c.month)));
  }
  if (state.annotate === 'chatgpt') {
    const p = peakMonth(data);
    parts.push(
      t.peak(
        bn(p.usd_2021),
        ml(p.month),
        times(p.usd_2021 / c.usd_2021, 1, L),
        ml(last.month),
        bn(last.usd_2021)
      )
    );
  }
  return parts.join(sep);
}
