import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palette, textTones } from '$lib/charts/palette';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const DICHROMACY = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998]
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881]
  ]
} as const;

function linearRgb(hex: string): number[] {
  return [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
}

function simulatedDistance(a: string, b: string, m: readonly (readonly number[])[]): number {
  const seen = (hex: string) => {
    const v = linearRgb(hex);
    return m.map((row) => row[0]! * v[0]! + row[1]! * v[1]! + row[2]! * v[2]!);
  };
  const [x, y] = [seen(a), seen(b)];
  return Math.hypot(...x.map((c, i) => c - y[i]!));
}

describe.each(['light', 'dark'] as const)('%s palette', (theme) => {
  const p = palette[theme];
  it.each(textTones)('%s text reaches WCAG AA (4.5:1) on paper', (tone) => {
    expect(contrast(p[tone], p.paper)).toBeGreaterThanOrEqual(4.5);
  });
  it('accent-soft marks reach 3:1 against paper (WCAG 1.4.11)', () => {
    expect(contrast(p['accent-soft'], p.paper)).toBeGreaterThanOrEqual(3);
  });
  // Red–green colour blindness (Machado et al. 2009, full severity, in linear RGB): the story's two
  // series must stay apart for those readers (0.2 here; a red beside a darker red scores 0.08–0.11).
  it.each(Object.keys(DICHROMACY) as (keyof typeof DICHROMACY)[])(
    'accent and contrast stay apart for readers with %s',
    (kind) => {
      expect(simulatedDistance(p.accent, p.contrast, DICHROMACY[kind])).toBeGreaterThan(0.2);
    }
  );
});

describe('app.css', () => {
  const css = readFileSync('src/app.css', 'utf8');
  it.each(Object.keys(palette.light) as (keyof typeof palette.light)[])(
    'sets --tone-%s to light-dark(light palette value, dark palette value)',
    (tone) => {
      expect(css).toContain(`--tone-${tone}: light-dark(${palette.light[tone]}, ${palette.dark[tone]});`);
    }
  );
});
