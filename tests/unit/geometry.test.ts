import { describe, expect, it } from 'vitest';
import { activeIndex, progressWithin } from '$lib/scrolly/geometry';

describe('activeIndex', () => {
  it.each([
    ['before the first step', [600, 1400, 2200], 500, -1],
    ['first step at the line', [500, 1300, 2100], 500, 0],
    ['between steps', [-300, 450, 1250], 500, 1],
    ['after a fling past every step', [-5000, -4200, -3400], 500, 2],
    ['no steps', [], 500, -1]
  ])('%s', (_, tops, trigger, expected) => {
    expect(activeIndex(tops, trigger)).toBe(expected);
  });
});

describe('progressWithin', () => {
  it.each([
    [500, 1300, 500, 0],
    [100, 900, 500, 0.5],
    [-400, 400, 500, 1],
    [600, 1400, 500, 0],
    [500, 500, 500, 0]
  ])('top %s, end %s, trigger %s → %s', (top, end, trigger, expected) => {
    expect(progressWithin(top, end, trigger)).toBe(expected);
  });
});
