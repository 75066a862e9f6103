import { num, pct, usdBn } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { guidanceSum, yearTotal, type BuildoutData } from './data';
import type { BuildoutState } from './states';
import { stringsFor } from './strings';

export function describe(data: BuildoutData, state: Resolved<BuildoutState>): string {
  /** Japanese sentences follow each other without a space. */
  const sep = state.locale === 'ja' ? '' : ' ';
  const s = stringsFor(state.locale);
  /** Year totals, in whole billions as on the chart's brackets. */
  const bn = (v: number) => usdBn(v, { digits: 0, long: true, locale: state.locale });
  const t = s.describe;
  const q = data.quarters;
  const last = q.find((x) => x.key === state.through) ?? q[q.length - 1]!;
  const tot = (yr: number) => yearTotal(q, yr)!;
  const change = (a: number, b: number) => pct((a / b - 1) * 100, 0);
  const parts = [t.bars(s.quarter(last.year, last.q))];
  if (state.note === 'flat') parts.push(t.flat(bn(tot(2018)), bn(tot(2022))));
  if (state.note === 'take-off')
    parts.push(t.takeOff(bn(tot(2023)), bn(tot(2024)), change(tot(2024), tot(2023))));
  if (state.note === 'record') {
    parts.push(
      t.record(
        bn(tot(2025)),
        change(tot(2025), tot(2024)),
        bn(tot(2024)),
        s.quarter(last.year, last.q),
        usdBn(last.total ?? 0, { long: true, locale: state.locale })
      )
    );
  }
  if (state.guidance) {
    const sum = guidanceSum(data.guidance);
    parts.push(
      t.inset(
        s.inset.date,
        data.guidance.map((g) =>
          t.insetItem(
            s.guidanceCompany[g.company],
            g.actual_2025_usd_bn === null ? null : bn(g.actual_2025_usd_bn),
            g.guidance_text,
            g.basis
          )
        ),
        t.sum(num(sum.low, 0), num(sum.high, 0))
      )
    );
  }
  return parts.join(sep);
}
