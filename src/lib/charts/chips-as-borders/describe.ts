import { usdBn } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { monthYear, type BordersData } from './data';
import type { BordersState } from './states';

export function describe(data: BordersData, state: Resolved<BordersState>): string {
  const parts: string[] = [];
  if (state.list === 'programmes') {
    const lit = data.subsidies
      .filter((s) => state.programmes.includes(s.id))
      .sort((a, b) => b.usd_bn - a.usd_bn);
    if (!lit.length) return 'A world map with no country highlighted yet.';
    parts.push(
      `A world map highlights ${lit.map((s) => s.country).join(', ')}. The list under it ranks the programmes in dollars: ${lit
        .map(
          (s) =>
            `${s.country}, ${s.programme} (${monthYear(s.date)}): ${s.amount_local}, about ${usdBn(s.usd_bn, { trim: true })}, ${s.kind}`
        )
        .join('; ')}.`
    );
    if (lit.length > 1)
      parts.push(
        'The amounts are not like-for-like: some are targets that count private money, and some packages are mostly loans.'
      );
  } else {
    const rows = data.controls.filter((c) => c.phase === state.list);
    parts.push(
      state.list === 'restrict'
        ? 'A world map shows the United States and China, with an arrow from the US to China for export controls on AI chips and chipmaking tools.'
        : 'A world map shows the United States and China: the export-control arrow now has a dashed arrow coming back, for the share of chip sales paid to the US government.'
    );
    parts.push(`Timeline: ${rows.map((c) => `${monthYear(c.date)}, ${c.label}: ${c.detail}`).join('; ')}.`);
  }
  return parts.join(' ');
}
