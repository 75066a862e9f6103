import type { Resolved } from '$lib/charts/types';
import { num, pct } from '$lib/charts/format';
import { dateLabel, pctChange, yearsBetween, type NasdaqData } from './data';
import type { NasdaqState } from './states';

export function describe(data: NasdaqData, state: Resolved<NasdaqState>): string {
  const { peak, trough, regained } = data;
  const first = data.monthly[0]!;
  const last = data.monthly.filter((r) => r.month <= state.through).at(-1)!;
  const parts = [
    `A line of the Nasdaq Composite's month-end closes from ${dateLabel(first.month)} to ${dateLabel(last.month)}.`
  ];
  if (state.show === 'none') return parts[0]!;
  parts.push(
    `It rises from ${num(first.close, 2)} at the end of ${dateLabel(first.month)} to a daily-close peak of ${num(peak.close, 2)} on ${dateLabel(peak.date)}.`
  );
  if (state.show === 'fall' || state.show === 'recovery') {
    parts.push(
      `It then falls to a daily close of ${num(trough.close, 2)} on ${dateLabel(trough.date)}, a drop of ${pct(Math.abs(pctChange(peak.close, trough.close)), 1)}.`
    );
  }
  if (state.show === 'recovery') {
    const span = yearsBetween(peak.date, regained.date);
    parts.push(
      `It first closes above the 2000 peak on ${dateLabel(regained.date)}, at ${num(regained.close, 2)}: ${span.years} years and ${span.months} month${span.months === 1 ? '' : 's'} later.`
    );
  }
  return parts.join(' ');
}
