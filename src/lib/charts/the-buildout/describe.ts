import { pct, usdBn } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { yearTotal, type BuildoutData } from './data';
import type { BuildoutState } from './states';

/** Year totals, in whole billions as on the chart's brackets. */
const bn = (v: number) => usdBn(v, { digits: 0, long: true });

export function describe(data: BuildoutData, state: Resolved<BuildoutState>): string {
  const q = data.quarters;
  const last = q.find((x) => x.key === state.through) ?? q[q.length - 1]!;
  const t = (yr: number) => yearTotal(q, yr)!;
  const parts = [
    `Stacked bars of quarterly capital expenditure by Amazon, Microsoft, Alphabet and Meta from 2015 to ${last.year} Q${last.q}, in US dollars (cash purchases of property and equipment from SEC filings; Amazon's quarterly figures start in Q3 2017).`
  ];
  if (state.note === 'flat') {
    parts.push(
      `Through 2022 spending climbs slowly, to ${bn(t(2018))} for the four in 2018 and ${bn(t(2022))} in 2022.`
    );
  }
  if (state.note === 'take-off') {
    parts.push(
      `After a pause in 2023 (${bn(t(2023))}), spending takes off: ${bn(t(2024))} in 2024, up ${pct((t(2024) / t(2023) - 1) * 100, 0)}.`
    );
  }
  if (state.note === 'record') {
    parts.push(
      `In 2025 the four spent ${bn(t(2025))}, up ${pct((t(2025) / t(2024) - 1) * 100, 0)} on 2024's ${bn(t(2024))}; the latest quarter, ${last.year} Q${last.q}, reached ${usdBn(last.total ?? 0, { long: true })}.`
    );
  }
  if (state.guidance) {
    parts.push(
      `An inset compares 2025 with 2026 guidance: ${data.guidance.map((g) => `${g.company} ${bn(g.actual_2025_usd_bn)} in 2025, guidance ${g.guidance_text}`).join('; ')}. Microsoft guides by fiscal year and is not in the inset.`
    );
  }
  return parts.join(' ');
}
