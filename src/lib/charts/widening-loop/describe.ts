import type { Resolved } from '$lib/charts/types';
import { KIND_STYLE, nodeLabel, visibleLinks } from './layout';
import type { WideningData } from './data';
import type { WideningState } from './states';

export function describe(data: WideningData, state: Resolved<WideningState>): string {
  const shown = visibleLinks(data, state.stage);
  const parts = [
    'A diagram with a box of the same few AI companies in the middle (ChatGPT/OpenAI, Azure cloud, NVIDIA, CoreWeave, AMD) and newcomers around it. Solid arrows are live, dashed arrows contracted, dotted arrows announced but not yet live.'
  ];
  const s = data.stripe[0]!;
  if (state.stage >= 1)
    parts.push(
      `Stripe handled $${s.total_payment_volume_usd_tn} trillion of payments in ${s.year}, about ${s.share_of_world_gdp_pct} percent of world GDP.`
    );
  for (const { link } of shown) {
    parts.push(
      `${nodeLabel(link.from)} to ${nodeLabel(link.to)}: ${link.label} (${link.date_label}, ${KIND_STYLE[link.kind].legend}). ${link.detail}.`
    );
  }
  if (state.stage >= 3)
    parts.push(
      'The often-quoted figure of €50 billion from a German carmaker has no source; Volkswagen’s announced figure is up to €1 billion.'
    );
  if (state.converge) parts.push('Every new arrow ends at the same few companies.');
  return parts.join(' ');
}
