import { greatest, least } from 'd3-array';
import { num, pct, quarter, signedPct } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { FIRST, quarterLabel, type GrowthData } from './data';
import type { GrowthState } from './states';
import { strings } from './strings';

export function describe(data: GrowthData, state: Resolved<GrowthState>): string {
  const { locale } = state;
  const t = strings[locale].describe;
  const label = (q: string) => (locale === 'en' ? quarterLabel(q) : quarter(q, locale));
  const g = (v: number) => signedPct(v, 1, locale);
  const qs = data.quarters.filter((q) => q.quarter >= FIRST && q.quarter <= state.through);
  const first = qs[0]!;
  const last = qs[qs.length - 1]!;
  const max = greatest(qs, (q) => q.growth)!;
  const min = least(qs, (q) => q.growth)!;
  const parts = [
    t.intro(
      label(first.quarter),
      label(last.quarter),
      g(min.growth),
      label(min.quarter),
      g(max.growth),
      label(max.quarter)
    )
  ];
  if (state.split) parts.push(t.split);
  if (state.h1) {
    const h = data.h1;
    parts.push(t.h1(g(h.growth), pct(h.itSharePct, 0, locale), g(h.growthExIt)));
  }
  if (state.caveats) {
    const y = data.year2025;
    parts.push(
      t.caveats(
        pct(y.itSharePct, 0, locale),
        g(y.growth),
        num(data.h1.beaEquipmentIpp, 1, locale),
        num(data.h1.growth, 1, locale)
      )
    );
  }
  return parts.join(locale === 'ja' ? '' : ' ');
}
