import { describe, expect, it } from 'vitest';
import {
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
