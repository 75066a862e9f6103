import { least } from 'd3-array';
import { pct, signedPct } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { keyQuarters, quarterLabel, type EchoData } from './data';
import type { EchoState } from './states';

export function describe(data: EchoData, state: Resolved<EchoState>): string {
  const first = quarterLabel(data[0]!.date);
  const last = data.filter((r) => r.date <= state.through).at(-1)!;
  const { dotcom, now } = keyQuarters(data, state.measure);
  if (state.measure === 'share') {
    return (
      `A line of US investment in information-processing equipment and software as a share of GDP, ${first} to ${quarterLabel(last.date)}. ` +
      `It peaked at ${pct(dotcom.it_share_of_gdp_pct, 2)} in ${quarterLabel(dotcom.date)} and stands at ${pct(now.it_share_of_gdp_pct, 2)} in ${quarterLabel(now.date)}, above that peak.`
    );
  }
  const parts = [
    `A line of the year-on-year growth of US investment in information-processing equipment and software, ${first} to ${quarterLabel(last.date)}.`
  ];
  if (state.annotate !== 'none') {
    parts.push(
      `The dot-com peak was ${signedPct(dotcom.it_yoy_growth_pct)} in ${quarterLabel(dotcom.date)}.`
    );
  }
  if (state.annotate === 'both') {
    const latest = data.at(-1)!;
    parts.push(
      `In ${quarterLabel(now.date)} growth reached ${signedPct(now.it_yoy_growth_pct)} and in ${quarterLabel(latest.date)} ${signedPct(latest.it_yoy_growth_pct)}, above the dot-com peak.`
    );
  } else {
    const low = least(
      data.filter((r) => r.date <= state.through && r.date > '2000-01-01'),
      (r) => r.it_yoy_growth_pct
    )!;
    parts.push(`After the bust it fell to ${signedPct(low.it_yoy_growth_pct)} in ${quarterLabel(low.date)}.`);
  }
  return parts.join(' ');
}
