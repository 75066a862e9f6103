import type { Resolved } from '$lib/charts/types';
import type { GrowthData } from './data';
import { FIRST } from './layout';
import type { GrowthState } from './states';

const label = (q: string) => `${q.slice(5)} ${q.slice(0, 4)}`;
const signed = (v: number) => `${v >= 0 ? 'plus' : 'minus'} ${Math.abs(v).toFixed(1)}`;

export function describe(data: GrowthData, state: Resolved<GrowthState>): string {
  const qs = data.quarters.filter((q) => q.quarter >= FIRST && q.quarter <= state.through);
  const first = qs[0]!;
  const last = qs[qs.length - 1]!;
  const max = qs.reduce((a, b) => (b.growth > a.growth ? b : a));
  const min = qs.reduce((a, b) => (b.growth < a.growth ? b : a));
  const parts = [
    `Bars show US real GDP growth at an annual rate for each quarter from ${label(first.quarter)} to ${label(last.quarter)}, ranging from ${signed(min.growth)}% in ${label(min.quarter)} to ${signed(max.growth)}% in ${label(max.quarter)}.`
  ];
  if (state.split) {
    parts.push(
      'Each bar is split into the part matched by the rise in real investment in information-processing equipment and software, and everything else.'
    );
  }
  if (state.h1) {
    const h = data.h1;
    parts.push(
      `In the first half of 2025 real GDP grew ${h.growth.toFixed(1)}% a year; the rise in IT investment equals ${Math.round(h.itSharePct)}% of that growth, and GDP without it grew ${h.growthExIt.toFixed(1)}% a year.`
    );
  }
  if (state.caveats) {
    const y = data.year2025;
    parts.push(
      `Over all of 2025, fourth quarter on fourth quarter, the share was ${Math.round(y.itSharePct)}% of ${y.growth.toFixed(1)}% growth. This is accounting arithmetic in chained dollars, not cause and effect: BEA's own contribution method credits all equipment and intellectual-property investment together with about ${data.h1.beaEquipmentIpp.toFixed(1)} of the ${data.h1.growth.toFixed(1)} points in the first half of 2025, and much of the equipment is imported.`
    );
  }
  return parts.join(' ');
}
