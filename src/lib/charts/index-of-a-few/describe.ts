import type { Resolved } from '$lib/charts/types';
import { pct } from '$lib/charts/format';
import { decadeBand, DOTCOM_PEAK_ID, labelOf, point, visiblePoints, type PointData } from './data';
import type { ConcentrationState } from './states';
import { strings } from './strings';

export function describe(data: PointData, state: Resolved<ConcentrationState>): string {
  const { locale } = state;
  const t = strings[locale].describe;
  const pc = (v: number) => pct(v, undefined, locale);
  const visible = visiblePoints(data, state);
  // Before 1957 the points are a reconstructed broad US market, not the S&P 500.
  const parts = [t.intro(visible.length, state.window === 'long')];
  if (state.band) {
    const [lo, hi] = decadeBand(data);
    parts.push(t.band(pc(lo), pc(hi), pc(point(data, 'finaeon-2024').value_pct)));
  }
  if (state.dotcomLine) parts.push(t.dotcom(pc(point(data, DOTCOM_PEAK_ID).value_pct)));
  const named = data.filter((d) => state.named.includes(d.id));
  if (named.length) parts.push(t.named(named.map((p) => labelOf(p, locale))));
  if (state.measures.includes('mag7')) parts.push(t.mag7);
  return parts.join(locale === 'ja' ? '' : ' ');
}
