import { num } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { episode, monthLabel, type CapeData } from './data';
import type { CapeState } from './states';
import { stringsFor } from './strings';

export function describe(data: CapeData, state: Resolved<CapeState>): string {
  /** Japanese sentences follow each other without a space. */
  const sep = state.locale === 'ja' ? '' : ' ';
  const t = stringsFor(state.locale).describe;
  const month = (date: string) => monthLabel(date, state.locale);
  const parts = [t.line(month(data.first.date), month(data.last.date), num(data.last.cape, 1))];
  if (state.mean) parts.push(t.mean(num(data.mean, 1)));
  if (state.focus) {
    const spec = episode(data, state.focus, state.locale);
    parts.push(t.focus(spec.points.map((p) => p.text.replace('\n', stringsFor(state.locale).lineJoin))));
    if (spec.level) parts.push(t.level(num(spec.level.row.cape, 1), month(spec.level.since.date)));
  }
  const kept = state.keep.filter((k) => k !== state.focus);
  if (kept.length) parts.push(t.kept(kept.map((k) => episode(data, k, state.locale).short.text)));
  return parts.join(sep);
}
