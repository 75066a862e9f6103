import { pct } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import type { CarriedData } from './data';
import type { CarriedState } from './states';
import { strings } from './strings';

export function describe(data: CarriedData, state: Resolved<CarriedState>): string {
  const { locale } = state;
  const t = strings[locale].describe;
  const parts = [t.intro];
  const order = ['returns', 'earnings', 'capex'] as const;
  const filled = order.slice(0, state.filled);
  if (filled.length > 0) {
    parts.push(t.filled(filled.map((id) => t.share[id](pct(data[id].value_pct, undefined, locale)))));
  } else {
    parts.push(t.none);
  }
  if (state.basket) parts.push(t.basket(pct(data.companies.value_pct, undefined, locale)));
  return parts.join(locale === 'ja' ? '' : ' ');
}
