import raw from '$content/data/openai_valuation_path.csv?raw';
import { matching, oneOf, optionalNumber, parseCsv, text } from '$lib/data/csv';

export const FILE = 'content/data/openai_valuation_path.csv';

/**
 * What a deal was: an investment with no published price (2019), a funding round (new money at a
 * post-money valuation), or a sale of existing shares (a tender offer, or staff selling to
 * investors) — a price put on the company without new money for it.
 */
export const KINDS = ['investment', 'round', 'tender', 'secondary-sale'] as const;
export type Kind = (typeof KINDS)[number];

/** Rounds bring new money; tenders and staff sales only move existing shares. */
export const isSale = (k: Kind) => k === 'tender' || k === 'secondary-sale';

export function parse(text_: string, file = FILE) {
  const rows = parseCsv(text_, file, {
    id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
    // A day where it was reported, else the month.
    date: matching(
      /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
      'a date like 2024-10-02 or a month like 2023-04'
    ),
    kind: oneOf(KINDS),
    valuation_usd_bn: optionalNumber({ min: 1, max: 10_000 }),
    new_money_usd_bn: optionalNumber({ min: 0, max: 1000 }),
    detail: text(),
    source_id: matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source id')
  });
  rows.forEach((r, i) => {
    const at = `${file}:${i + 2}`;
    if (i > 0 && r.date.slice(0, 7) <= rows[i - 1]!.date.slice(0, 7))
      throw new Error(`${at}: deals must be in date order, one a month at most`);
    if ((r.kind === 'investment') !== (r.valuation_usd_bn === null)) {
      throw new Error(`${at}: only an investment without a published price may have no valuation`);
    }
    if (r.kind === 'round' && r.new_money_usd_bn === null)
      throw new Error(`${at}: a funding round needs its new money`);
    if (isSale(r.kind) && r.new_money_usd_bn !== null)
      throw new Error(`${at}: a sale of existing shares brings no new money`);
  });
  return rows;
}

export type Deal = ReturnType<typeof parse>[number];
export type ValuationData = readonly Deal[];

export const data: ValuationData = parse(raw);

/** A deal's date as a fractional year, a month's deals placed mid-month: 2024-10-02 → 2024.75. */
export function yearOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
  return y + (m - 1) / 12 + ((d ?? 15) - 1) / 365;
}

/** The deals drawn by a step: those up to and including the month `through` (YYYY-MM). */
export const shown = (deals: ValuationData, through: string) =>
  deals.filter((d) => d.date.slice(0, 7) <= through);

/** The newest priced deal against the first one: how many times the price grew. */
export function growth(deals: ValuationData): { first: Deal; last: Deal; multiple: number } {
  const priced = deals.filter((d) => d.valuation_usd_bn !== null);
  const first = priced[0]!;
  const last = priced[priced.length - 1]!;
  return { first, last, multiple: last.valuation_usd_bn! / first.valuation_usd_bn! };
}
