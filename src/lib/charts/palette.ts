import type { Tone } from './types';

/**
 * The two themes' colours for each tone. The page sets them as CSS custom properties in
 * src/app.css (tests/unit/palette.test.ts keeps the two in step); standalone SVG files (downloads,
 * cards, print) use the light palette as attributes, because renderers like resvg know no CSS
 * variables. tests/unit/palette.test.ts checks the contrast ratios against `paper`.
 */
export const palette: Record<'light' | 'dark', Record<Tone, string>> = {
  light: {
    ink: '#1c1b19',
    muted: '#5d5a53',
    faint: '#e4e0d5',
    grid: '#cfcabd',
    accent: '#b23a1d',
    'accent-soft': '#c07d6a',
    contrast: '#1d5d8a',
    warn: '#8f1d2c',
    paper: '#fbfaf6'
  },
  dark: {
    ink: '#ecebe6',
    muted: '#aaa69c',
    faint: '#34322e',
    grid: '#4a4741',
    accent: '#ff8061',
    'accent-soft': '#9b5444',
    contrast: '#74b6e8',
    warn: '#ff8fa0',
    paper: '#161513'
  }
};

/** Tones that carry text or meaning-bearing marks and so must reach WCAG AA on paper. */
export const textTones: readonly Tone[] = ['ink', 'muted', 'accent', 'contrast', 'warn'];

/**
 * The fonts of a standalone SVG (downloads, frames): Latin first; Japanese text, which none of
 * those fonts has, falls through to the Japanese system fonts (macOS/iOS, Linux/Android, Windows),
 * whose kana and ideographs are one em wide, as text.ts measures them.
 */
export const fontStack =
  "'Source Sans 3', 'Helvetica Neue', Arial, 'DejaVu Sans', 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', 'Yu Gothic', Meiryo, sans-serif";
