import { signedPct } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { growthNote, isRange, panelPoints, type PowerData } from './data';
import { publicationOf, valueOf } from './layout';
import type { PowerState } from './states';
import { stringsFor } from './strings';

export function describe(data: PowerData, state: Resolved<PowerState>): string {
  const s = stringsFor(state.locale);
  const t = s.describe;
  const shown = panelPoints(data, state.panel).filter((p) => state.publishers.includes(p.publisher));
  const items = shown.map((p) =>
    t.point(p.year_label, valueOf(p, s), p.kind, isRange(p), publicationOf(p, state.locale), p.metric)
  );
  if (state.panel === 'us') return t.us(items);
  const g = growthNote(data);
  return t.world(
    items,
    g ? t.growth(g.year_label, signedPct(g.low, 0), publicationOf(g, state.locale)) : null
  );
}
