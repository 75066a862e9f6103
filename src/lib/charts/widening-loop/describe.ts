import type { Resolved } from '$lib/charts/types';
import { HUB_IDS, latestStripe, statusOf, visibleLinks, type WideningData } from './data';
import type { WideningState } from './states';
import { linkWords, stringsFor } from './strings';

/** What a step's frame shows, in sentences, with the numbers the chart prints (strings.ts). */
export function describe(data: WideningData, state: Resolved<WideningState>): string {
  /** Japanese sentences follow each other without a space. */
  const sep = state.locale === 'ja' ? '' : ' ';
  const t = stringsFor(state.locale);
  const d = t.describe;
  const parts = [d.intro(HUB_IDS.map((id) => t.nodes[id]))];
  if (state.stage >= 1) {
    const s = latestStripe(data);
    parts.push(d.stripe(s.total_payment_volume_usd_tn, s.year, s.share_of_world_gdp_pct));
  }
  for (const { link: l } of visibleLinks(data, state.stage)) {
    const amount = t.amountLong(l);
    parts.push(
      d.link(
        t.nodes[l.from],
        l.to === 'hub' ? t.hubTarget : t.nodes[l.to],
        t.statuses[statusOf(l)],
        linkWords(t, l.id).date,
        amount,
        linkWords(t, l.id).detail(l)
      )
    );
  }
  if (data.links.some((l) => l.from === 'volkswagen' && l.stage <= state.stage)) parts.push(d.check);
  if (state.converge) parts.push(d.converge);
  return parts.join(sep);
}
