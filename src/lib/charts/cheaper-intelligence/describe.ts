import type { Resolved } from '$lib/charts/types';
import { pct, sig, times, usd } from '$lib/charts/format';
import { PRICE, ratios, tokensFor, type PriceData } from './data';
import { BUDGET_USD, type PriceState } from './states';

export function describe(data: PriceData, state: Resolved<PriceState>): string {
  const { o1, r1 } = data;
  const parts: string[] = [];
  if (state.view === 'price') {
    parts.push(
      `Bars show API list prices per million tokens in early 2025: OpenAI o1 ${usd(o1.input_usd_per_m, PRICE)} for input and ${usd(o1.output_usd_per_m, PRICE)} for output.`
    );
    if (state.models === 'both') {
      const r = ratios(data);
      parts.push(
        `DeepSeek-R1 charged ${usd(r1.input_usd_per_m, PRICE)} (input, cache miss) and ${usd(r1.output_usd_per_m, PRICE)} (output): ${pct(r.input * 100, 2)} and ${pct(r.output * 100, 2)} of o1's prices, about ${pct(r.output * 100, 1)}.`
      );
    }
  } else {
    const a = tokensFor(BUDGET_USD, o1);
    const b = tokensFor(BUDGET_USD, r1);
    parts.push(
      `Bars show how many output tokens ${usd(BUDGET_USD, PRICE)} bought at those list prices: ${sig(a)} million from o1, ${sig(b)} million from R1, about ${times(b / a)} as many.`
    );
  }
  if (state.caveat) {
    parts.push(
      "The bars are dimmed beside a note: these are prices, not training costs. DeepSeek's quoted ~$5.6 million covers one final training run of V3 on 2,048 H800 chips, priced at an assumed $2 per GPU-hour, excluding research and earlier runs; OpenAI publishes no training cost. Both price lists changed later in 2025."
    );
  }
  return parts.join(' ');
}
