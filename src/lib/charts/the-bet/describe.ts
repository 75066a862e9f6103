import type { Resolved } from '$lib/charts/types';
import type { BetData } from './data';
import type { BetState } from './states';

const usd = (m: number) => (m >= 1000 ? `$${(m / 1000).toFixed(2)} billion` : `$${m.toFixed(1)} million`);

export function describe(data: BetData, state: Resolved<BetState>): string {
  const total = data['pltr-puts'].value_usd_m + data['nvda-puts'].value_usd_m + data.other.value_usd_m;
  const parts = [
    `Squares of $10 million each make up the roughly ${usd(total)} that Scion Asset Management reported in its 13F filing for 30 September 2025.`
  ];
  if (state.highlight !== 'none') {
    parts.push(`Put options on Palantir account for ${usd(data['pltr-puts'].value_usd_m)} of it.`);
  }
  if (state.highlight === 'both') {
    parts.push(`Put options on NVIDIA add ${usd(data['nvda-puts'].value_usd_m)}; together about 80 percent.`);
  }
  if (state.showCost) {
    parts.push(
      `These are the values of the shares underlying the options, not money paid: Burry said the Palantir puts cost about ${usd(data['pltr-cost'].value_usd_m)}, less than one square.`
    );
  }
  return parts.join(' ');
}
