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

describe.each(['light', 'dark'] as const)('%s palette', (theme) => {
  const p = palette[theme];
  it.each(textTones)('%s text reaches WCAG AA (4.5:1) on paper', (tone) => {
    expect(contrast(p[tone], p.paper)).toBeGreaterThanOrEqual(4.5);
  });
  it('accent-soft marks reach 3:1 against paper (WCAG 1.4.11)', () => {
    expect(contrast(p['accent-soft'], p.paper)).toBeGreaterThanOrEqual(3);
  });
  it('accent and contrast are told apart by more than hue (lightness differs or labels are used)', () => {
    expect(p.accent).not.toBe(p.contrast);
  });
});

describe('app.css', () => {
  const css = readFileSync('src/app.css', 'utf8');
  it.each(Object.entries(palette.light))('sets --tone-%s to the light palette value', (tone, hex) => {
    expect(css).toContain(`--tone-${tone}: ${hex};`);
  });
  it.each(Object.entries(palette.dark))('sets --tone-%s to the dark palette value', (tone, hex) => {
    const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));
    expect(dark).toContain(`--tone-${tone}: ${hex};`);
  });
});
