import { num, pct, usdBn } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import {
  CLIMATE_WIDE_USD_BN,
  climateSquareUsdBn,
  detailLabel,
  pointLabel,
  squaresFor,
  type VcData
} from './data';
import { SHARE_POINTS, type VcState } from './states';
import { strings } from './strings';

export function describe(data: VcData, state: Resolved<VcState>): string {
  const { locale } = state;
  const s = strings[locale];
  const t = s.describe;
  const money = (v: number) => usdBn(v, { long: true, locale });
  if (state.view === 'climate') {
    const ai = data['global-2024'].sector_usd_bn!;
    const ct = data['climate-2024'].sector_usd_bn!;
    return t.climate(
      money(ai),
      money(climateSquareUsdBn(data)),
      money(ct),
      num(ct / climateSquareUsdBn(data), 1, locale),
      usdBn(CLIMATE_WIDE_USD_BN, { long: true, digits: 0, locale })
    );
  }
  if (state.point === 'none') return t.empty;
  const row = data[state.point];
  const share = (r: (typeof data)[keyof VcData]) => pct(squaresFor(r), undefined, locale);
  const parts = [
    t.share(
      squaresFor(row),
      share(row),
      pointLabel(row, locale),
      s.provider(row.provider),
      detailLabel(row, locale)
    )
  ];
  const earlier = SHARE_POINTS.slice(0, state.ledger).filter((id) => id !== state.point);
  if (earlier.length) {
    parts.push(
      t.earlierList(
        earlier.map((id) =>
          t.earlier(share(data[id]), pointLabel(data[id], locale), s.provider(data[id].provider))
        )
      )
    );
  }
  return parts.join(locale === 'ja' ? '' : ' ');
}
