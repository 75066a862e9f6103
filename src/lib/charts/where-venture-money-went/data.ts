import pitchbook2024 from '$content/data/vc_ai_share_pitchbook_2024.csv?raw';
import pitchbookH1 from '$content/data/vc_ai_share_pitchbook_nvca_h1_2025.csv?raw';
import oecd2025 from '$content/data/vc_ai_share_oecd_preqin_2025.csv?raw';
import climate2024 from '$content/data/vc_climate_tech_pitchbook_2024.csv?raw';
import { half, usdBn } from '$lib/charts/format';
import type { Locale } from '$lib/locale';
import { strings } from './strings';
import { oneOf, optionalNumber, parseCsv, text } from '$lib/data/csv';

export const ROW_IDS = [
  'global-2024',
  'us-h1-2025',
  'world-h1-2025',
  'world-2022',
  'global-2025',
  'climate-2023',
  'climate-2024'
] as const;
export type RowId = (typeof ROW_IDS)[number];

/** One file per publisher's release: each CSV is listed under exactly one source. */
const schema = {
  id: oneOf(ROW_IDS),
  period: text(),
  geography: text(),
  provider: text(),
  sector: oneOf(['AI', 'Climate tech'] as const),
  sector_usd_bn: optionalNumber({ min: 0 }),
  total_usd_bn: optionalNumber({ min: 0 }),
  share_pct: optionalNumber({ min: 0, max: 100 }),
  basis: text()
};

export function parseVc(raw: string, file: string) {
  return parseCsv(raw, file, schema);
}

export const rows = [
  ...parseVc(pitchbook2024, 'content/data/vc_ai_share_pitchbook_2024.csv'),
  ...parseVc(pitchbookH1, 'content/data/vc_ai_share_pitchbook_nvca_h1_2025.csv'),
  ...parseVc(oecd2025, 'content/data/vc_ai_share_oecd_preqin_2025.csv'),
  ...parseVc(climate2024, 'content/data/vc_climate_tech_pitchbook_2024.csv')
];

export type VcRow = (typeof rows)[number];
export type VcData = Readonly<Record<RowId, VcRow>>;

export function byId(list: readonly VcRow[]): VcData {
  const out: Partial<Record<RowId, VcRow>> = {};
  for (const r of list) {
    if (out[r.id]) throw new Error(`VC data: duplicate row "${r.id}"`);
    out[r.id] = r;
  }
  for (const id of ROW_IDS) if (!out[id]) throw new Error(`VC data: missing row "${id}"`);
  const need = (id: RowId, key: 'sector_usd_bn' | 'total_usd_bn' | 'share_pct') => {
    if (out[id]![key] === null) throw new Error(`VC data: row "${id}" needs ${key}`);
  };
  need('global-2024', 'sector_usd_bn');
  need('global-2024', 'share_pct');
  need('us-h1-2025', 'share_pct');
  need('global-2025', 'share_pct');
  need('global-2025', 'sector_usd_bn');
  need('climate-2024', 'sector_usd_bn');
  return out as VcData;
}

export const data: VcData = byId(rows);

/** "2025-H1" → "H1 2025" (ja "2025年上半期"); a year stays a year ("2024", ja "2024年"). */
export function periodLabel(period: string, locale: Locale = 'en'): string {
  if (/^\d{4}-H[12]$/.test(period)) return half(period, locale);
  return locale === 'ja' && /^\d{4}$/.test(period) ? `${period}年` : period;
}

/** "World, 2024" / "United States, H1 2025"; ja "世界・2024年" / "米国・2025年上半期". */
export function pointLabel(row: VcRow, locale: Locale = 'en'): string {
  const t = strings[locale];
  return t.point(t.geography(row.geography), periodLabel(row.period, locale));
}

/** Whole squares of a 100-square waffle for a published share (35.7% → 36). */
export function squaresFor(row: VcRow): number {
  return Math.round(row.share_pct ?? 0);
}

/** What the share is a share of, in the publisher's own dollars. */
export function detailLabel(row: VcRow, locale: Locale = 'en'): string {
  const t = strings[locale].detail;
  if (row.sector_usd_bn !== null && row.total_usd_bn !== null) {
    return t.both(usdBn(row.sector_usd_bn, { locale }), usdBn(row.total_usd_bn, { locale }));
  }
  if (row.total_usd_bn !== null) return t.total(usdBn(row.total_usd_bn, { locale }));
  return t.none;
}

/** The wider count of climate-tech investment in 2024 (Sightline Climate, with growth equity), US$ bn. */
export const CLIMATE_WIDE_USD_BN = 30;

/** Dollars of AI venture capital one square stands for in the climate view (AI 2024 = 100). */
export function climateSquareUsdBn(data: VcData): number {
  return data['global-2024'].sector_usd_bn! / 100;
}
