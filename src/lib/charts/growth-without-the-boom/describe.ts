import { greatest, least } from 'd3-array';
import { num, pct, signedPct } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { FIRST, quarterLabel as label, type GrowthData } from './data';
import type { GrowthState } from './states';

export function describe(data: GrowthData, state: Resolved<GrowthState>): string {
  const qs = data.quarters.filter((q) => q.quarter >= FIRST && q.quarter <= state.through);
  const first = qs[0]!;
  const last = qs[qs.length - 1]!;
  const max = greatest(qs, (q) => q.growth)!;
  const min = least(qs, (q) => q.growth)!;
  const parts = [
    `Bars show US real GDP growth at an annual rate for each quarter from ${label(first.quarter)} to ${label(last.quarter)}, ranging from ${signedPct(min.growth)} in ${label(min.quarter)} to ${signedPct(max.growth)} in ${label(max.quarter)}.`
  ];
  if (state.split) {
    parts.push(
      'Each bar is split into the part matched by the rise in real investment in information-processing equipment and software, and everything else.'
    );
  }
  if (state.h1) {
    const h = data.h1;
    parts.push(
      `In the first half of 2025 real GDP grew ${signedPct(h.growth)} a year; the rise in IT investment equals ${pct(h.itSharePct, 0)} of that growth, and GDP without it grew ${signedPct(h.growthExIt)} a year.`
    );
  }
  if (state.caveats) {
    const y = data.year2025;
    parts.push(
      `Over all of 2025, fourth quarter on fourth quarter, the share was ${pct(y.itSharePct, 0)} of ${signedPct(y.growth)} growth. This is accounting arithmetic in chained dollars, not cause and effect: BEA's own contribution method credits all equipment and intellectual-property investment together with about ${num(data.h1.beaEquipmentIpp, 1)} of the ${num(data.h1.growth, 1)} points in the first half of 2025, and much of the equipment is imported.`
    );
  }
  return parts.join(' ');
}
