import { pct } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import type { CarriedData } from './data';
import type { CarriedState } from './states';

const PHRASES = {
  returns: 'of the S&P 500’s returns',
  earnings: 'of its earnings growth',
  capex: 'of its growth in capital spending'
} as const;

export function describe(data: CarriedData, state: Resolved<CarriedState>): string {
  const parts = [
    'Three waffles of 100 squares each stand for the S&P 500’s returns, earnings growth and capital-spending growth from ChatGPT’s launch in November 2022 to September 2025.'
  ];
  const order = ['returns', 'earnings', 'capex'] as const;
  const filled = order.slice(0, state.filled);
  if (filled.length > 0) {
    parts.push(
      `According to J.P. Morgan, about 40 AI-linked stocks account for ${filled
        .map((id) => `${pct(data[id].value_pct)} ${PHRASES[id]}`)
        .join(', ')}.`
    );
  } else {
    parts.push('None is filled in yet.');
  }
  if (state.basket) {
    parts.push(
      `A fourth waffle shows that those stocks are only about ${pct(data.companies.value_pct)} of the index’s roughly 500 companies. The basket is J.P. Morgan’s own selection, so these are research estimates, not index statistics.`
    );
  }
  return parts.join(' ');
}
