import type { Resolved } from '$lib/charts/types';
import { dateLabel, pctChange, points, type NasdaqData } from './data';
import { yearsBetween } from './layout';
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
    `It rises from ${points(first.close)} at the end of ${dateLabel(first.month)} to a daily-close peak of ${points(peak.close)} on ${dateLabel(peak.date)}.`
  );
  if (state.show === 'fall' || state.show === 'recovery') {
    parts.push(
      `It then falls to a daily close of ${points(trough.close)} on ${dateLabel(trough.date)}, a drop of ${Math.abs(pctChange(peak.close, trough.close)).toFixed(1)} percent.`
    );
  }
  if (state.show === 'recovery') {
    const span = yearsBetween(peak.date, regained.date);
    parts.push(
      `It first closes above the 2000 peak on ${dateLabel(regained.date)}, at ${points(regained.close)}: ${span.years} years and ${span.months} month${span.months === 1 ? '' : 's'} later.`
    );
  }
  return parts.join(' ');
}
