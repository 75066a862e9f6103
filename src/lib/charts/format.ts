import { formatLocale, type FormatLocaleObject } from 'd3-format';

/**
 * Numbers as the charts print them, for labels and for the text alternative alike (a chart's
 * describe() uses the same functions as its layout, so the alt text says what the chart shows).
 * Built on d3-format: thousands separators, rounding, and a true minus sign (U+2212), which also
 * keeps signed figures the same width as unsigned ones.
 *
 * Every function takes an optional locale, 'en' by default. A locale supplies d3-format's
 * conventions and the words for large units; a Japanese edition adds 'ja' here, where money
 * is counted in 万/億/兆 (10⁴, 10⁸, 10¹²) rather than thousands, millions and billions.
 */
export type Locale = 'en';

interface LocaleSpec {
  number: FormatLocaleObject;
  /** Large units from the largest down: divisor, short suffix ("$2.6B"), long suffix ("$2.6 billion"). */
  units: readonly { div: number; short: string; long: string }[];
}

const LOCALES: Record<Locale, LocaleSpec> = {
  en: {
    number: formatLocale({
      decimal: '.',
      thousands: ',',
      grouping: [3],
      currency: ['$', ''],
      minus: '\u2212'
    }),
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

/** Percentage points: pp(2.24) → "2.2 points"; `signed` adds + or −. */
export function pp(v: number, digits = 1, opts: { signed?: boolean; locale?: Locale } = {}): string {
  const locale = opts.locale ?? 'en';
  const text = opts.signed
    ? LOCALES[locale].number.format(`+,.${digits}f`)(rounded(v, digits))
    : num(v, digits, locale);
  // "1 point", but "1.0 points".
  return `${text} ${digits === 0 && Math.abs(rounded(v, 0)) === 1 ? 'point' : 'points'}`;
}

/** A multiple: times(13.04) → "13×", times(1.53, 1) → "1.5×", times(1200) → "1,200×". */
export function times(v: number, digits = 0, locale: Locale = 'en'): string {
  return `${num(v, digits, locale)}×`;
}

/**
 * SI prefixes to `digits` significant figures, trailing zeros trimmed: si(2.25e15) → "2.25P";
 * with a unit, spaced as SI writes it: si(125e12, 3, 'FLOP/s') → "125 TFLOP/s".
 */
export function si(v: number, digits = 3, unit = '', locale: Locale = 'en'): string {
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
