import { describe, expect, it } from 'vitest';
import { activeIndex } from '$browser/geometry';

describe('activeIndex', () => {
  it.each([
    ['before the first step', [600, 1400, 2200], 500, -1],
    ['first step at the line', [500, 1300, 2100], 500, 0],
    ['between steps', [-300, 450, 1250], 500, 1],
    ['after a fling past every step', [-5000, -4200, -3400], 500, 2],
    ['a step just below the line does not count', [-300, 501, 1250], 500, 0],
    ['no steps', [], 500, -1]
  ])('%s', (_, tops, trigger, expected) => {
    expect(activeIndex(tops, trigger)).toBe(expected);
  });
});
