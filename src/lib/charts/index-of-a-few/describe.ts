import type { Resolved } from '$lib/charts/types';
import { pct } from '$lib/charts/format';
import { decadeBand, DOTCOM_PEAK_ID, labelOf, point, visiblePoints, type PointData } from './data';
import type { ConcentrationState } from './states';

export function describe(data: PointData, state: Resolved<ConcentrationState>): string {
  const visible = visiblePoints(data, state);
  const parts = [
    // Before 1957 the points are a reconstructed broad US market, not the S&P 500.
    `${visible.length} published data points on how much of ${state.window === 'long' ? 'the US stock market (the S&P 500 from 1957)' : 'the S&P 500'} its largest stocks make up, ${state.window === 'long' ? 'from 1880' : 'from 1980'} to 2025, drawn as separate dots because they come from different providers.`
  ];
  if (state.band) {
    const [lo, hi] = decadeBand(data);
    parts.push(
      `Decade points from Finaeon, S&P and Citi stay between ${pct(lo)} and ${pct(hi)} from 1880 to 2010; the 2024 reading is ${pct(point(data, 'finaeon-2024').value_pct)}.`
    );
  }
  if (state.dotcomLine)
    parts.push(
      `A dashed line marks the dot-com peak of about ${pct(point(data, DOTCOM_PEAK_ID).value_pct)} (Goldman Sachs).`
    );
  const named = data.filter((d) => state.named.includes(d.id));
  if (named.length) parts.push(`Labelled: ${named.map(labelOf).join('; ')}.`);
  if (state.measures.includes('mag7')) {
    parts.push(
      'Squares show the seven largest technology companies (the Magnificent 7) alone: from about 12 percent in 2015 to about 34 percent in 2025, with a fall to 21.6 percent at the end of 2022. Hollow squares are derived from total market capitalisation and run 1–2 points above index weights.'
    );
  }
  return parts.join(' ');
}
