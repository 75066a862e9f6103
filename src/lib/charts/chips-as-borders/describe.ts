import { usdBn } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { monthYear, type BordersData } from './data';
import type { BordersState } from './states';
import { stringsFor } from './strings';

export function describe(raw: BordersData, state: Resolved<BordersState>): string {
  /** Japanese sentences follow each other without a space. */
  const sep = state.locale === 'ja' ? '' : ' ';
  const t = stringsFor(state.locale).describe;
  const data = stringsFor(state.locale).localize(raw);
  const month = (iso: string) => monthYear(iso, state.locale);
  const parts: string[] = [];
  if (state.list === 'programmes') {
    const lit = data.subsidies
      .filter((s) => state.programmes.includes(s.id))
      .sort((a, b) => b.usd_bn - a.usd_bn);
    if (!lit.length) return t.empty;
    parts.push(
      t.programmes(
        lit.map((s) => s.country),
        lit.map((s) =>
          t.programme(
            s.country,
            s.programme,
            month(s.date),
            s.amount_local,
            usdBn(s.usd_bn, { trim: true, locale: state.locale }),
            s.kind
          )
        )
      )
    );
    if (lit.length > 1) parts.push(t.notAlike);
  } else {
    const rows = data.controls.filter((c) => c.phase === state.list);
    parts.push(state.list === 'restrict' ? t.restrict : t.bargain);
    parts.push(t.timeline(rows.map((c) => t.control(month(c.date), c.label, c.detail))));
  }
  return parts.join(sep);
}
