import type { Resolved } from '$lib/charts/types';
import { pct, ratios, tokensFor, type PriceData } from './data';
import { BUDGET_USD, type PriceState } from './states';

export function describe(data: PriceData, state: Resolved<PriceState>): string {
  const { o1, r1 } = data;
  const parts: string[] = [];
  if (state.view === 'price') {
    parts.push(
      `Bars show API list prices per million tokens in early 2025: OpenAI o1 $${o1.input_usd_per_m} for input and $${o1.output_usd_per_m} for output.`
    );
    if (state.models === 'both') {
      const r = ratios(data);
      parts.push(
        `DeepSeek-R1 charged $${r1.input_usd_per_m} (input, cache miss) and $${r1.output_usd_per_m} (output): ${pct(r.input)} and ${pct(r.output)} of o1's prices, about 3.7 percent.`
      );
    }
  } else {
    const a = tokensFor(BUDGET_USD, o1);
    const b = tokensFor(BUDGET_USD, r1);
    parts.push(
      `Bars show how many output tokens $${BUDGET_USD} bought at those list prices: ${a.toFixed(2)} million from o1, ${b.toFixed(1)} million from R1, about ${Math.round(b / a)} times as many.`
    );
  }
  if (state.caveat) {
    parts.push(
      "The bars are dimmed beside a note: these are prices, not training costs. DeepSeek's quoted ~$5.6 million covers one final training run of V3 on 2,048 H800 chips, priced at an assumed $2 per GPU-hour, excluding research and earlier runs; OpenAI publishes no training cost. Both price lists changed later in 2025."
    );
  }
  return parts.join(' ');
}
