import { num, pct, usdBn } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { climateSquareUsdBn, detailLabel, pointLabel, squaresFor, type VcData } from './data';
import { SHARE_POINTS, type VcState } from './states';

export function describe(data: VcData, state: Resolved<VcState>): string {
  if (state.view === 'climate') {
    const ai = data['global-2024'].sector_usd_bn!;
    const ct = data['climate-2024'].sector_usd_bn!;
    return (
      `A grid of 100 squares stands for the ${usdBn(ai, { long: true })} of venture capital that went to AI worldwide in 2024, ` +
      `about ${usdBn(climateSquareUsdBn(data), { long: true })} a square (PitchBook). Beside it, climate tech's ${usdBn(ct, { long: true })} ` +
      `in the same year fills ${num(ct / climateSquareUsdBn(data), 1)} squares: about a tenth of AI's sum, using PitchBook's climate-tech definition. ` +
      `A wider definition (Sightline Climate, including growth equity) counts about $30 billion.`
    );
  }
  if (state.point === 'none') {
    return 'An empty grid of 100 squares; each square will stand for 1% of all venture capital invested.';
  }
  const row = data[state.point];
  const parts = [
    `A grid of 100 squares, each 1% of venture capital: ${squaresFor(row)} are filled for AI's share, ${pct(squaresFor(row))}, in ${pointLabel(row)}, according to ${row.provider} (${detailLabel(row)}).`
  ];
  const earlier = SHARE_POINTS.slice(0, state.ledger).filter((id) => id !== state.point);
  if (earlier.length) {
    parts.push(
      `Listed for comparison: ${earlier.map((id) => `${pct(squaresFor(data[id]))} for ${pointLabel(data[id])} (${data[id].provider})`).join('; ')}. The figures come from different providers and are not one series.`
    );
  }
  return parts.join(' ');
}
