import type { Resolved } from '$lib/charts/types';
import { times, usd } from '$lib/charts/format';
import { PAY, perYear, timesMedian, type PayData } from './data';
import type { PayState } from './states';
import { strings } from './strings';

export function describe(data: PayData, state: Resolved<PayState>): string {
  const { locale } = state;
  const t = strings[locale].describe;
  const pay = (v: number) => usd(v, { ...PAY, locale });
  const parts = [t.intro];
  if (state.rungs >= 1) {
    parts.push(t.physics(pay(data['physics-median'].usd_low), pay(data['physics-p90'].usd_low)));
  }
  if (state.rungs >= 2) {
    const v = data['openai-stock-average'].usd_low;
    parts.push(t.openai(pay(v), times(timesMedian(data, v), 0, locale)));
  }
  if (state.rungs >= 3) {
    const [lo, hi] = perYear(data['meta-offers']);
    parts.push(t.meta(pay(lo), pay(hi)));
  }
  return parts.join(locale === 'ja' ? '' : ' ');
}
