import type { Resolved } from '$lib/charts/types';
import { num, pct } from '$lib/charts/format';
import { dateLabel, pctChange, yearsBetween, type NasdaqData } from './data';
import type { NasdaqState } from './states';
import { strings } from './strings';

export function describe(data: NasdaqData, state: Resolved<NasdaqState>): string {
  const { locale } = state;
  const t = strings[locale].describe;
  const date = (iso: string) => dateLabel(iso, locale);
  const close = (v: number) => num(v, 2, locale);
  const { peak, trough, regained } = data;
  const first = data.monthly[0]!;
  const last = data.monthly.filter((r) => r.month <= state.through).at(-1)!;
  const parts = [t.line(date(first.month), date(last.month))];
  if (state.show === 'none') return parts[0]!;
  parts.push(t.rise(close(first.close), date(first.month), close(peak.close), date(peak.date)));
  if (state.show === 'fall' || state.show === 'recovery') {
    parts.push(
      t.fall(
        close(trough.close),
        date(trough.date),
        pct(Math.abs(pctChange(peak.close, trough.close)), 1, locale)
      )
    );
  }
  if (state.show === 'recovery') {
    const span = yearsBetween(peak.date, regained.date);
    parts.push(t.recovery(date(regained.date), close(regained.close), span.years, span.months));
  }
  return parts.join(locale === 'ja' ? '' : ' ');
}
