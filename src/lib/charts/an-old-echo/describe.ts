import { least } from 'd3-array';
import { pct, signedPct } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { keyQuarters, quarterLabel, type EchoData } from './data';
import type { EchoState } from './states';
import { strings } from './strings';

export function describe(data: EchoData, state: Resolved<EchoState>): string {
  const { locale } = state;
  const t = strings[locale].describe;
  const q = (date: string) => quarterLabel(date, locale);
  const g = (v: number) => signedPct(v, 1, locale);
  const first = q(data[0]!.date);
  const last = data.filter((r) => r.date <= state.through).at(-1)!;
  const { dotcom, now } = keyQuarters(data, state.measure);
  if (state.measure === 'share') {
    return t.share(
      first,
      q(last.date),
      pct(dotcom.it_share_of_gdp_pct, 2, locale),
      q(dotcom.date),
      pct(now.it_share_of_gdp_pct, 2, locale),
      q(now.date)
    );
  }
  const parts = [t.growth(first, q(last.date))];
  if (state.annotate !== 'none') parts.push(t.dotcom(g(dotcom.it_yoy_growth_pct), q(dotcom.date)));
  if (state.annotate === 'both') {
    const latest = data.at(-1)!;
    parts.push(t.now(q(now.date), g(now.it_yoy_growth_pct), q(latest.date), g(latest.it_yoy_growth_pct)));
  } else {
    const low = least(
      data.filter((r) => r.date <= state.through && r.date > '2000-01-01'),
      (r) => r.it_yoy_growth_pct
    )!;
    parts.push(t.low(g(low.it_yoy_growth_pct), q(low.date)));
  }
  return parts.join(locale === 'ja' ? '' : ' ');
}
