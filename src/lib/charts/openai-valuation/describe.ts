import { times, usdBn } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { growth, shown, type ValuationData } from './data';
import { monthOf } from './layout';
import type { ValuationState } from './states';
import { stringsFor } from './strings';

export function describe(data: ValuationData, state: Resolved<ValuationState>): string {
  /** Japanese sentences follow each other without a space. */
  const sep = state.locale === 'ja' ? '' : ' ';
  const s = stringsFor(state.locale);
  const bn = (v: number) => usdBn(v, { digits: 0, long: true, locale: state.locale });
  const t = s.describe;
  const month = (date: string) => monthOf(date, state.locale);
  const visible = shown(data, state.through);
  const parts = [t.chart(month(visible[0]!.date), month(visible.at(-1)!.date))];
  parts.push(
    t.deals(
      visible.map((d) =>
        d.valuation_usd_bn === null
          ? t.investment(month(d.date), bn(d.new_money_usd_bn!))
          : t.deal(
              month(d.date),
              s.kind[d.kind],
              bn(d.valuation_usd_bn),
              d.new_money_usd_bn === null
                ? null
                : usdBn(d.new_money_usd_bn, { trim: true, long: true, from: 1e9, locale: state.locale })
            )
      )
    )
  );
  if (state.multiple) {
    const g = growth(visible);
    parts.push(t.multiple(month(g.last.date), times(g.multiple, 0, state.locale), month(g.first.date)));
  }
  return parts.join(sep);
}
