import raw from '$content/data/api_prices_r1_o1.csv?raw';
import { matching, number, oneOf, parseCsv, text } from '$lib/data/csv';

export const FILE = 'content/data/api_prices_r1_o1.csv';

export const schema = {
  model: oneOf(['OpenAI o1', 'DeepSeek-R1'] as const),
  provider: text(),
  api_name: text(),
  as_of: matching(/^\d{4}-\d{2}$/, 'a month (YYYY-MM)'),
  input_usd_per_m: number({ min: 0, max: 1000 }),
  output_usd_per_m: number({ min: 0, max: 1000 }),
  source_id: text(),
  basis: text()
};

export function parsePrices(text: string) {
  const rows = parseCsv(text, FILE, schema);
  const o1 = rows.find((r) => r.model === 'OpenAI o1');
  const r1 = rows.find((r) => r.model === 'DeepSeek-R1');
  if (!o1 || !r1) throw new Error(`${FILE}: needs one row for OpenAI o1 and one for DeepSeek-R1`);
  return { o1, r1, rows };
}

export type PriceData = ReturnType<typeof parsePrices>;
export type PriceRow = PriceData['o1'];

export const data: PriceData = parsePrices(raw);

/** R1's price as a share of o1's, for input and output tokens. */
export function ratios(d: PriceData): { input: number; output: number } {
  return {
    input: d.r1.input_usd_per_m / d.o1.input_usd_per_m,
    output: d.r1.output_usd_per_m / d.o1.output_usd_per_m
  };
}

/** Output tokens (millions) that a budget buys at list price. */
export function tokensFor(budgetUsd: number, row: PriceRow): number {
  return budgetUsd / row.output_usd_per_m;
}

/** Prices as the chart prints them: $60, $2.19, $0.55 (format.ts usd options). */
export const PRICE = { fullBelow: true, sig: 3, trim: true } as const;
