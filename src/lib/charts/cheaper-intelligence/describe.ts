import type { Resolved } from '$lib/charts/types';
import { pct, times, usd } from '$lib/charts/format';
import { PRICE, ratios, tokensFor, type PriceData } from './data';
import { millions } from './layout';
import { BUDGET_USD, type PriceState } from './states';
import { strings } from './strings';

export function describe(data: PriceData, state: Resolved<PriceState>): string {
  const { locale } = state;
  const t = strings[locale].describe;
  const price = (v: number) => usd(v, { ...PRICE, locale });
  const pc = (v: number, digits: number) => pct(v, digits, locale);
  const { o1, r1 } = data;
  const parts: string[] = [];
  if (state.view === 'price') {
    parts.push(t.price(price(o1.input_usd_per_m), price(o1.output_usd_per_m)));
    if (state.models === 'both') {
      const r = ratios(data);
      parts.push(
        t.both(
          price(r1.input_usd_per_m),
          price(r1.output_usd_per_m),
          pc(r.input * 100, 2),
          pc(r.output * 100, 2),
          pc(r.output * 100, 1)
        )
      );
    }
  } else {
    const a = tokensFor(BUDGET_USD, o1);
    const b = tokensFor(BUDGET_USD, r1);
    parts.push(
      t.tokens(price(BUDGET_USD), millions(a, locale), millions(b, locale), times(b / a, 0, locale))
    );
  }
  if (state.caveat) parts.push(t.caveat);
  return parts.join(locale === 'ja' ? '' : ' ');
}
