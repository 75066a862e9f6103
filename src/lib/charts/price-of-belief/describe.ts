import { num } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { episode, monthLabel, type CapeData } from './data';
import type { CapeState } from './states';

export function describe(data: CapeData, state: Resolved<CapeState>): string {
  const parts = [
    `A line shows the S&P 500's cyclically adjusted price-to-earnings ratio (Robert Shiller's CAPE) every month from ${monthLabel(data.first.date)} to ${monthLabel(data.last.date)}, where the series ends at ${num(data.last.cape, 1)}.`
  ];
  if (state.mean) parts.push(`A dashed line marks its average over the whole period, ${num(data.mean, 1)}.`);
  if (state.focus) {
    const pts = episode(data, state.focus).points;
    parts.push(`Highlighted: ${pts.map((p) => p.text.replace('\n', ': ')).join('; ')}.`);
  }
  const kept = state.keep.filter((k) => k !== state.focus);
  if (kept.length) parts.push(`Also marked: ${kept.map((k) => episode(data, k).short.text).join('; ')}.`);
  return parts.join(' ');
}
