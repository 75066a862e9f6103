import { formatLocale, type FormatLocaleObject } from 'd3-format';
import type { Locale } from '$lib/locale';

export type { Locale };

/**
 * Numbers as the charts print them, for labels and for the text alternative alike (a chart's
 * describe() uses the same functions as its layout, so the alt text says what the chart shows).
 * Built on d3-format: thousands separators, rounding, and a true minus sign (U+2212), which also
 * keeps signed figures the same width as unsigned ones.
 *
 * Every function takes an optional locale, 'en' by default. Japanese ('ja') follows the
 * conventions of content/ja/NOTES.md, as Japanese papers write figures:
 *
 * - money is counted in 万/億/兆 (10⁴, 10⁸, 10¹²), to the same precision as the English figure,
 *   with thousands commas inside each unit: $912.1M → 9億1,210万ドル, $1.38B → 13億8,000万ドル,
 *   $193.7B → 1,937億ドル, $97,360 → 9万7,360ドル; from a trillion, a figure with one decimal is
 *   written as a decimal of 兆 ($1.4T → 1.4兆ドル), any other is spelled out (1兆3,970億ドル);
 * - multiples are 倍 (13倍), percentage points ポイント (1.8ポイント), large counts 兆/京
 *   (2.25e15 → 2,250兆, 1.5e16 → 1.5京);
 * - dates are 2025年10月 and 2025年9月30日, calendar quarters 2025年1〜3月期, halves
 *   2025年上半期, and a fiscal quarter is named by the month it ends: 2023年7月までの四半期;
 * - digits, the decimal point, thousands commas, % and the minus sign (U+2212) are as in English.
 */

interface LocaleSpec {
  number: FormatLocaleObject;
  /** Large units from the largest down: divisor, short suffix ("$2.6B"), long suffix ("$2.6 billion"). */
  units: readonly { div: number; short: string; long: string }[];
}

const numberFormat = formatLocale({
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['$', ''],
  minus: '\u2212'
});

const LOCALES: Record<Locale, LocaleSpec> = {
  // Japanese numbers use the same digits, separators and minus; its large units are in jaAmount.
  ja: { number: numberFormat, units: [] },
  en: {
    number: numberFormat,
    units: [
      { div: 1e12, short: 'T', long: ' trillion' },
      { div: 1e9, short: 'B', long: ' billion' },
      { div: 1e6, short: 'M', long: ' million' },
      { div: 1e3, short: 'K', long: ' thousand' }
    ]
  }
};

/**
 * Decimal rounding, half away from zero, as a reader would do it: 2.19 / 60 = 3.65% rounds to
 * 3.7%, although in binary it is 3.6499…, which toFixed would round down. The value is first
 * cut to 12 significant digits (below any figure we print) to shed that binary tail. Values
 * that round to zero become zero, so nothing prints as "−0.0".
 */
function rounded(v: number, digits: number): number {
  const r = Number(`${Math.round(Number(`${Number(Math.abs(v).toPrecision(12))}e${digits}`))}e-${digits}`);
  return r === 0 ? 0 : Math.sign(v) * r;
}

/**
 * A plain number with thousands separators: num(5048.62, 2) → "5,048.62", num(-3.2, 1) → "−3.2".
 * Without `digits`, as many decimals as the value has (up to 6): num(7.5) → "7.5".
 */
export function num(v: number, digits?: number, locale: Locale = 'en'): string {
  const { number } = LOCALES[locale];
  return digits === undefined ? number.format(',~f')(v) : number.format(`,.${digits}f`)(rounded(v, digits));
}

/** To `n` significant figures, trailing zeros trimmed: sig(1.6667) → "1.67", sig(45.66) → "45.7". */
export function sig(v: number, n = 3, locale: Locale = 'en'): string {
  return LOCALES[locale].number.format(`,.${n}~r`)(v);
}

/** A whole number with thousands separators: thousands(5048.6) → "5,049". */
export function thousands(v: number, locale: Locale = 'en'): string {
  return num(v, 0, locale);
}

/** A value already in percent: pct(66.14, 1) → "66.1%"; without `digits`, as the value has. */
export function pct(v: number, digits?: number, locale: Locale = 'en'): string {
  return `${num(v, digits, locale)}%`;
}

/** A change in percent, always signed: signedPct(17.02) → "+17.0%", signedPct(-77.93) → "−77.9%". */
export function signedPct(v: number, digits = 1, locale: Locale = 'en'): string {
  return `${LOCALES[locale].number.format(`+,.${digits}f`)(rounded(v, digits))}%`;
}

/** Percentage points: pp(2.24) → "2.2 points" (ja "2.2ポイント"); `signed` adds + or −. */
export function pp(v: number, digits = 1, opts: { signed?: boolean; locale?: Locale } = {}): string {
  const locale = opts.locale ?? 'en';
  const text = opts.signed
    ? LOCALES[locale].number.format(`+,.${digits}f`)(rounded(v, digits))
    : num(v, digits, locale);
  if (locale === 'ja') return `${text}ポイント`;
  // "1 point", but "1.0 points".
  return `${text} ${digits === 0 && Math.abs(rounded(v, 0)) === 1 ? 'point' : 'points'}`;
}

/** A multiple: times(13.04) → "13×", times(1.53, 1) → "1.5×", times(1200) → "1,200×"; ja "13倍". */
export function times(v: number, digits = 0, locale: Locale = 'en'): string {
  return `${num(v, digits, locale)}${locale === 'ja' ? '倍' : '×'}`;
}

/**
 * SI prefixes to `digits` significant figures, trailing zeros trimmed: si(2.25e15) → "2.25P";
 * with a unit, spaced as SI writes it: si(125e12, 3, 'FLOP/s') → "125 TFLOP/s". Japanese counts
 * in 万/億/兆/京 instead, the unit (in Japanese) right after: si(2.25e15, 3, '回', 'ja') →
 * "2,250兆回", si(1.5e16, 3, '', 'ja') → "1.5京".
 */
export function si(v: number, digits = 3, unit = '', locale: Locale = 'en'): string {
  if (locale === 'ja') return `${jaCount(Number(v.toPrecision(digits)))}${unit}`;
  const s = LOCALES[locale].number.format(`.${digits}~s`)(v);
  if (!unit) return s;
  const [, figure, prefix] = /^(.*?\d)(\D*)$/.exec(s)!;
  return `${figure} ${prefix}${unit}`;
}

export interface UsdOptions {
  /** Decimals of the scaled figure ($2.60B has 2); default 1 with a unit, 0 without. */
  digits?: number;
  /** Significant figures instead of decimals ($150M, $832M, $2.60B with 3); overrides `digits`. */
  sig?: number;
  /** Drop trailing zeros of the decimals ($125M rather than $125.0M); default false. */
  trim?: boolean;
  /** Words for the unit ("$2.6 billion", for the text alternative) instead of letters ("$2.6B"). */
  long?: boolean;
  /** The smallest unit to scale to, in dollars; default 1e6 (millions). */
  from?: 1e3 | 1e6 | 1e9 | 1e12;
  /** Print values under `from` in whole dollars ("$97,360") rather than in that unit ("$0.1M"). */
  fullBelow?: boolean;
  /** The largest unit to scale to, in dollars; default 1e12 (trillions). */
  upTo?: 1e6 | 1e9 | 1e12;
  locale?: Locale;
}

/**
 * US dollars, scaled to the largest unit the value reaches between `from` and `upTo` (smaller
 * values in the `from` unit, or in whole dollars with `fullBelow`):
 * usd(2.6e9, { digits: 2 }) → "$2.60B", usd(97360, { fullBelow: true }) → "$97,360",
 * usd(1.5e6, { trim: true, long: true }) → "$1.5 million".
 */
export function usd(v: number, o: UsdOptions = {}): string {
  if (o.locale === 'ja') return usdJa(v, o);
  const spec = LOCALES[o.locale ?? 'en'];
  const from = o.from ?? 1e6;
  const upTo = o.upTo ?? 1e12;
  // The largest unit the value reaches, else the smallest allowed one ($0.5B stays in billions).
  const allowed = spec.units.filter((u) => u.div <= upTo && u.div >= from);
  const unit = allowed.find((u) => Math.abs(v) >= u.div) ?? (o.fullBelow ? undefined : allowed.at(-1));
  const scaled = unit ? v / unit.div : v;
  const digits = o.digits ?? (unit ? 1 : 0);
  let text = o.sig
    ? spec.number.format(`$,.${o.sig}r`)(scaled)
    : spec.number.format(`$,.${digits}f`)(rounded(scaled, digits));
  if (o.trim && text.includes('.')) text = text.replace(/\.?0+$/, '');
  return unit ? `${text}${o.long ? unit.long : unit.short}` : text;
}

/** Dollars given in millions (as filings report them): usdM(912.1) → "$912.1M", usdM(1380, { digits: 2 }) → "$1.38B". */
export function usdM(millions: number, o: UsdOptions = {}): string {
  return usd(millions * 1e6, o);
}

/** Dollars given in billions, always in billions: usdBn(12.9) → "$12.9B", usdBn(1400, { digits: 0 }) → "$1,400B". */
export function usdBn(billions: number, o: UsdOptions = {}): string {
  return usd(billions * 1e9, { from: 1e9, upTo: 1e9, ...o });
}

/** Dollars given in trillions: usdT(1.2) → "$1.2T". */
export function usdT(trillions: number, o: UsdOptions = {}): string {
  return usd(trillions * 1e12, { from: 1e12, upTo: 1e12, ...o });
}

/**
 * A range of two formatted figures: range('$50M', '$125M') → "$50M–$125M"; in Japanese the
 * ends share the last unit, as NOTES.md writes ranges: range('5,000万ドル', '1億2,500万ドル', 'ja')
 * → "5,000万〜1億2,500万ドル", range('510倍', '1,300倍', 'ja') → "510〜1,300倍".
 */
export function range(lo: string, hi: string, locale: Locale = 'en'): string {
  if (locale !== 'ja') return `${lo}–${hi}`;
  const unit = /(ドル|倍|%|ポイント)$/.exec(hi)?.[1];
  return `${unit && lo.endsWith(unit) ? lo.slice(0, -unit.length) : lo}〜${hi}`;
}

// ---------------------------------------------------------------------------------------------
// Japanese: 万/億/兆

const MAN = [
  { div: 1e12, name: '兆' },
  { div: 1e8, name: '億' },
  { div: 1e4, name: '万' }
] as const;

/**
 * A figure already rounded to what it should say, in 万/億/兆: 912_100_000 → "9億1,210万",
 * 97_360 → "9万7,360", 1.4e12 → "1.4兆", 1.397e12 → "1兆3,970億"; under 10,000 as a plain
 * number with `decimals` (trailing zeros dropped with `trim`): 2.19 → "2.19".
 */
export function jaAmount(v: number, decimals = 0, trim = false): string {
  const sign = v < 0 ? '\u2212' : '';
  const a = Math.abs(v);
  if (a < 1e4) {
    const s = num(a, decimals);
    return sign + (trim && s.includes('.') ? s.replace(/\.?0+$/, '') : s);
  }
  let n = Math.round(a);
  // A whole or one-decimal number of 兆 reads as a decimal: 1.4兆, 5.3兆, 2兆.
  if (n >= 1e12 && n % 1e11 === 0) return `${sign}${num(n / 1e12)}兆`;
  let out = '';
  for (const u of MAN) {
    const k = Math.floor(n / u.div);
    if (k > 0) out += `${num(k)}${u.name}`;
    n -= k * u.div;
  }
  return sign + out + (n > 0 ? num(n) : '');
}

/**
 * A large count in one unit, as Japanese writes counts of operations: 989兆, 2,250兆, 1.5京
 * (10¹⁶), 4,000万; below 10,000 a plain number.
 */
function jaCount(v: number): string {
  const a = Math.abs(v);
  const unit =
    a >= 1e16
      ? { div: 1e16, name: '京' }
      : a >= 1e12
        ? MAN[0]
        : a >= 1e8
          ? MAN[1]
          : a >= 1e4
            ? MAN[2]
            : { div: 1, name: '' };
  return `${num(v / unit.div)}${unit.name}`;
}

/** US dollars in Japanese: rounded as the English figure is, then said in 万/億/兆 + ドル. */
function usdJa(v: number, o: UsdOptions): string {
  const en = LOCALES.en;
  const from = o.from ?? 1e6;
  const upTo = o.upTo ?? 1e12;
  const allowed = en.units.filter((u) => u.div <= upTo && u.div >= from);
  const unit = allowed.find((u) => Math.abs(v) >= u.div) ?? (o.fullBelow ? undefined : allowed.at(-1));
  const div = unit?.div ?? 1;
  const scaled = v / div;
  // The place of the last digit the English figure shows, as a power of ten of dollars.
  const place = o.sig
    ? Math.floor(Math.log10(Math.abs(scaled) || 1)) - o.sig + 1
    : -(o.digits ?? (unit ? 1 : 0));
  const value = rounded(scaled, Math.max(0, -place)) * div;
  const step = div * 10 ** place;
  const whole = step >= 1 ? Math.round(value / step) * step : value;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return `${jaAmount(whole, decimals, o.trim ?? false)}ドル`;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

function ymd(iso: string): [number, number, number | undefined] {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`not an ISO date or month: "${iso}"`);
  return [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
}

/** A month: month('2025-10') → "Oct 2025" ("October 2025" with `long`); ja "2025年10月". A full date gives its month. */
export function month(iso: string, locale: Locale = 'en', o: { long?: boolean } = {}): string {
  const [y, m] = ymd(iso);
  if (locale === 'ja') return `${y}年${m}月`;
  return `${(o.long ? MONTHS_LONG : MONTHS)[m - 1]} ${y}`;
}

/** A day: day('2025-09-30') → "30 Sep 2025"; ja "2025年9月30日". */
export function day(iso: string, locale: Locale = 'en'): string {
  const [y, m, d] = ymd(iso);
  if (d === undefined) throw new Error(`not a full date: "${iso}"`);
  return locale === 'ja' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A calendar quarter, given as "2025Q1" or by a date in it: quarter('2025Q1') → "Q1 2025";
 * ja "2025年1〜3月期", as Japanese papers write GDP quarters.
 */
export function quarter(q: string, locale: Locale = 'en'): string {
  const m = /^(\d{4})Q([1-4])$/.exec(q);
  const [y, n] = m ? [Number(m[1]), Number(m[2])] : ((d) => [d[0], Math.ceil(d[1] / 3)])(ymd(q));
  return locale === 'ja' ? `${y}年${3 * n - 2}〜${3 * n}月期` : `Q${n} ${y}`;
}

/** A half year, "2025-H1" or "2025H1": "H1 2025"; ja "2025年上半期" / "2025年下半期". */
export function half(h: string, locale: Locale = 'en'): string {
  const m = /^(\d{4})-?H([12])$/.exec(h);
  if (!m) throw new Error(`not a half year: "${h}"`);
  if (locale === 'ja') return `${m[1]}年${m[2] === '1' ? '上' : '下'}半期`;
  return `H${m[2]} ${m[1]}`;
}

/**
 * A fiscal quarter named by the month it ends (NVIDIA's quarters end in late January, April,
 * July and October): fiscalQuarter('2023-07') → "quarter to Jul 2023"; ja "2023年7月までの四半期".
 */
export function fiscalQuarter(endMonth: string, locale: Locale = 'en'): string {
  return locale === 'ja' ? `${month(endMonth, 'ja')}までの四半期` : `quarter to ${month(endMonth)}`;
}
