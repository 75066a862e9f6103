import raw from '$content/data/epoch_accelerators.csv?raw';
import { si } from '$lib/charts/format';
import { isoDate, number, optionalNumber, parseCsv, text } from '$lib/data/csv';
import type { Locale } from '$lib/locale';
import { strings } from './strings';

export const FILE = 'content/data/epoch_accelerators.csv';

export const schema = {
  chip: text(),
  epoch_name: text(),
  manufacturer: text(),
  release_date: isoDate(),
  fp16_flops: number({ min: 1e12, max: 1e18 }),
  fp8_flops: optionalNumber({ min: 1e12, max: 1e18 }),
  fp4_flops: optionalNumber({ min: 1e12, max: 1e18 }),
  tdp_w: optionalNumber({ min: 1, max: 5000 })
};

export function parseChips(text: string) {
  const rows = parseCsv(text, FILE, schema);
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(r.chip)) throw new Error(`${FILE}:${i + 2}: duplicate chip "${r.chip}"`);
    seen.add(r.chip);
  });
  return rows;
}

export type Chip = ReturnType<typeof parseChips>[number];
export type ChipData = readonly Chip[];

export const data: ChipData = parseChips(raw);

/** Decimal year of an ISO date (for the time axis). */
export function yearOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

/** FLOP/s to three figures: "125 TFLOP/s", "2.25 PFLOP/s"; in Japanese "125兆回/秒", "2,250兆回/秒". */
export const flops = (v: number, locale: Locale = 'en') => si(v, 3, strings[locale].flopsUnit, locale);

/** Chips designed to fit under US export rules for China. */
export const CHINA_VERSIONS = ['A800', 'H800', 'H20'];

function byName(data: ChipData, name: string): Chip {
  const c = data.find((d) => d.chip === name);
  if (!c) throw new Error(`compute-per-chip: no chip "${name}" in the data`);
  return c;
}

/** A multiple printed on the chart: B200 over V100. */
export function v100ToB200(data: ChipData): { multiple: number; years: number } {
  const a = byName(data, 'V100');
  const b = byName(data, 'B200');
  return { multiple: b.fp16_flops / a.fp16_flops, years: yearOf(b.release_date) - yearOf(a.release_date) };
}

export function h20Share(data: ChipData): number {
  return byName(data, 'H20').fp16_flops / byName(data, 'H100').fp16_flops;
}
