import { pct, usdM } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { shareOf, totalUsdM, type BetData } from './data';
import type { BetState } from './states';

export function describe(data: BetData, state: Resolved<BetState>): string {
  const total = totalUsdM(data);
  const parts = [
    `Squares of $10 million each make up the roughly ${usdM(total, { digits: 2, long: true })} that Scion Asset Management reported in its 13F filing for 30 September 2025.`
  ];
  if (state.highlight !== 'none') {
    parts.push(
      `Put options on Palantir account for ${usdM(data['pltr-puts'].value_usd_m, { long: true })} of it, ${pct(shareOf(data, 'pltr-puts'), 1)}.`
    );
  }
  if (state.highlight === 'both') {
    parts.push(
      `Put options on NVIDIA add ${usdM(data['nvda-puts'].value_usd_m, { long: true })}, ${pct(shareOf(data, 'nvda-puts'), 1)}; together about 80 percent.`
    );
  }
  if (state.showCost) {
    parts.push(
      `These are the values of the shares underlying the options, not money paid: Burry said the Palantir puts cost about ${usdM(data['pltr-cost'].value_usd_m, { long: true })}, less than one square.`
    );
  }
  return parts.join(' ');
}
