import { day, pct, usdM } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { FILED, shareOf, totalUsdM, type BetData } from './data';
import type { BetState } from './states';
import { strings } from './strings';

export function describe(data: BetData, state: Resolved<BetState>): string {
  const { locale } = state;
  const t = strings[locale].describe;
  const money = (v: number) => usdM(v, { long: true, locale });
  const parts = [t.grid(usdM(totalUsdM(data), { digits: 2, long: true, locale }), day(FILED, locale))];
  if (state.highlight !== 'none') {
    parts.push(t.pltr(money(data['pltr-puts'].value_usd_m), pct(shareOf(data, 'pltr-puts'), 1, locale)));
  }
  if (state.highlight === 'both') {
    parts.push(t.nvda(money(data['nvda-puts'].value_usd_m), pct(shareOf(data, 'nvda-puts'), 1, locale)));
  }
  if (state.showCost) parts.push(t.cost(money(data['pltr-cost'].value_usd_m)));
  return parts.join(locale === 'ja' ? '' : ' ');
}
