import { describe, expect, it } from 'vitest';
import {
  day,
  fiscalQuarter,
  half,
  month,
  quarter,
  range,
  sig,
  num,
  pct,
  pp,
  si,
  signedPct,
  thousands,
  times,
  usd,
  usdBn,
  usdM,
  usdT
} from '$lib/charts/format';

const MINUS = '\u2212';

describe('format', () => {
  it.each([
    [num(5048.62, 2), '5,048.62'],
    [num(-3.2, 1), `${MINUS}3.2`],
    [num(7.5), '7.5'],
    [num(-0.01, 1), '0.0'],
    // Rounded as decimals, not as their binary approximations (3.6499…, 1.00499…).
    [pct((2.19 / 60) * 100, 1), '3.7%'],
    [num(1.005, 2), '1.01'],
    [num(-2.5), '−2.5'],
    [num(-2.5, 0), '−3'],
    [thousands(5048.6), '5,049'],
    [pct(66.14, 1), '66.1%'],
    [pct(75), '75%'],
    [signedPct(17.02), '+17.0%'],
    [signedPct(-77.93), `${MINUS}77.9%`],
    [signedPct(0.02), '+0.0%'],
    [signedPct(-25, 0), `${MINUS}25%`],
    [pp(2.24), '2.2 points'],
    [pp(-1.04, 1, { signed: true }), `${MINUS}1.0 points`],
    [times(13.04), '13×'],
    [times(1.53, 1), '1.5×'],
    [times(1240), '1,240×'],
    [si(2.25e15), '2.25P'],
    [si(989.4e12), '989T'],
    [si(1.5e16), '15P'],
    [si(125e12, 3, 'FLOP/s'), '125 TFLOP/s'],
    [si(1e15, 3, 'FLOP/s'), '1 PFLOP/s'],
    [sig(1.66667), '1.67'],
    [sig(45.662), '45.7'],
    [sig(15), '15']
  ])('%s = %s', (got, want) => expect(got).toBe(want));

  it('prints dollars in the largest unit the value reaches', () => {
    expect(usd(2.6e9, { digits: 2 })).toBe('$2.60B');
    expect(usd(150e6, { digits: 0 })).toBe('$150M');
    expect(usd(97360, { fullBelow: true })).toBe('$97,360');
    expect(usd(1.5e6, { fullBelow: true, trim: true })).toBe('$1.5M');
    expect(usd(125e6, { trim: true })).toBe('$125M');
    expect(usd(1.5e6, { trim: true, long: true })).toBe('$1.5 million');
    expect(usd(-4.5e9)).toBe(`${MINUS}$4.5B`);
    expect(usdM(912.1)).toBe('$912.1M');
    expect(usdM(1380.6, { digits: 2 })).toBe('$1.38B');
    expect(usdBn(12.9)).toBe('$12.9B');
    expect(usdBn(0.5)).toBe('$0.5B');
    expect(usdBn(1400, { digits: 0 })).toBe('$1,400B');
    expect(usdT(1.2)).toBe('$1.2T');
    expect(usd(2.6e9, { sig: 3 })).toBe('$2.60B');
    expect(usd(832e6, { sig: 3 })).toBe('$832M');
    expect(usd(1e5, { from: 1e3 })).toBe('$100.0K');
    expect(usd(1e5, { from: 1e3, trim: true })).toBe('$100K');
    expect(usd(0.55, { fullBelow: true, sig: 3, trim: true })).toBe('$0.55');
    expect(usd(15, { fullBelow: true, sig: 3, trim: true })).toBe('$15');
  });

  it('uses the true minus sign, never a hyphen', () => {
    for (const s of [num(-1), pct(-5), signedPct(-5), usd(-5e9), times(-2)]) {
      expect(s).toContain(MINUS);
      expect(s).not.toContain('-');
    }
  });
});

// Japanese, as content/ja/NOTES.md writes figures: 億/兆 with commas inside a unit, 倍, ポイント,
// 2025年10月, 2025年1〜3月期 — with the figures the article prints.
describe('format, Japanese', () => {
  const ja = 'ja' as const;
  it.each([
    // Money: as precise as the English figure, spelled out in 万/億/兆.
    [usdM(912.1, { locale: ja }), '9億1,210万ドル'],
    [usdM(186.6, { locale: ja }), '1億8,660万ドル'],
    [usdM(9.2, { locale: ja }), '920万ドル'],
    [usdM(1380.2, { digits: 2, locale: ja }), '13億8,000万ドル'],
    [usdM(10, { digits: 0, locale: ja }), '1,000万ドル'],
    [usdBn(13, { digits: 0, locale: ja }), '130億ドル'],
    [usdBn(193.7, { locale: ja }), '1,937億ドル'],
    [usdBn(10.32, { digits: 2, locale: ja }), '103億2,000万ドル'],
    [usdBn(75.2, { locale: ja }), '752億ドル'],
    [usdBn(12.9, { locale: ja }), '129億ドル'],
    [usdBn(1400, { digits: 0, locale: ja }), '1.4兆ドル'],
    [usdT(1.4, { locale: ja }), '1.4兆ドル'],
    [usdT(5.3, { locale: ja }), '5.3兆ドル'],
    [usdT(2, { digits: 0, locale: ja }), '2兆ドル'],
    [usdBn(1397, { digits: 0, locale: ja }), '1兆3,970億ドル'],
    [usd(97360, { fullBelow: true, trim: true, locale: ja }), '9万7,360ドル'],
    [usd(1.5e6, { fullBelow: true, trim: true, locale: ja }), '150万ドル'],
    [usd(125e6, { fullBelow: true, trim: true, locale: ja }), '1億2,500万ドル'],
    [usd(0.55, { fullBelow: true, sig: 3, trim: true, locale: ja }), '0.55ドル'],
    [usd(2.19, { fullBelow: true, sig: 3, trim: true, locale: ja }), '2.19ドル'],
    [usd(60, { fullBelow: true, sig: 3, trim: true, locale: ja }), '60ドル'],
    [usd(832e6, { sig: 3, locale: ja }), '8億3,200万ドル'],
    [usd(-4.5e9, { locale: ja }), `${MINUS}45億ドル`],
    // Percentages, points, multiples, counts.
    [pct(64, 0, ja), '64%'],
    [pct(66.14, 1, ja), '66.1%'],
    [signedPct(-77.93, 1, ja), `${MINUS}77.9%`],
    [pp(1.8, 1, { locale: ja }), '1.8ポイント'],
    [pp(-1.04, 1, { signed: true, locale: ja }), `${MINUS}1.0ポイント`],
    [times(13.04, 0, ja), '13倍'],
    [times(27.4, 0, ja), '27倍'],
    [times(1.53, 1, ja), '1.5倍'],
    [si(125e12, 3, '', ja), '125兆'],
    [si(989.4e12, 3, '', ja), '989兆'],
    [si(2.25e15, 3, '', ja), '2,250兆'],
    [si(9e15, 3, '', ja), '9,000兆'],
    [si(1.5e16, 3, '', ja), '1.5京'],
    [si(1e16, 3, '', ja), '1京'],
    // Dates.
    [month('2025-10', ja), '2025年10月'],
    [month('2025-10-01', ja), '2025年10月'],
    [day('2025-09-30', ja), '2025年9月30日'],
    [quarter('2025Q1', ja), '2025年1〜3月期'],
    [quarter('1999-07-01', ja), '1999年7〜9月期'],
    [half('2025-H1', ja), '2025年上半期'],
    [fiscalQuarter('2023-07', ja), '2023年7月までの四半期'],
    // Ranges share their unit: 7,200億〜7,450億ドル.
    [range('7,200億ドル', '7,450億ドル', ja), '7,200億〜7,450億ドル'],
    [range('5,000万ドル', '1億2,500万ドル', ja), '5,000万〜1億2,500万ドル'],
    [range('510倍', '1,300倍', ja), '510〜1,300倍'],
    [range('$50M', '$125M'), '$50M–$125M']
  ])('%s = %s', (got, want) => expect(got).toBe(want));

  it('keeps English dates as the English charts print them', () => {
    expect(month('2025-10')).toBe('Oct 2025');
    expect(month('2025-01', 'en', { long: true })).toBe('January 2025');
    expect(day('2000-03-10')).toBe('10 Mar 2000');
    expect(quarter('2025Q2')).toBe('Q2 2025');
    expect(half('2025-H1')).toBe('H1 2025');
    expect(fiscalQuarter('2023-07')).toBe('quarter to Jul 2023');
  });

  it('uses the true minus sign in Japanese too', () => {
    for (const s of [num(-1, 0, ja), signedPct(-5, 0, ja), usd(-5e9, { locale: ja }), times(-2, 0, ja)]) {
      expect(s).toContain(MINUS);
      expect(s).not.toContain('-');
    }
  });
});
