import { describe, expect, it } from 'vitest';
import { clamp01, defineStates, resolveState } from '$lib/charts/state';

const states = defineStates<{ through: number; label: string | null }>({
  initial: { through: 1, label: null },
  steps: { a: { through: 2 }, b: { label: 'peak' }, c: { through: 5, label: 'end' } }
});

describe('resolveState', () => {
  it.each([
    [null, { through: 1, label: null, step: null }],
    ['a', { through: 2, label: null, step: 'a' }],
    ['b', { through: 1, label: 'peak', step: 'b' }],
    ['c', { through: 5, label: 'end', step: 'c' }]
  ] as const)('step %s overrides the default, never the previous step', (step, expected) => {
    expect(resolveState(states, step)).toEqual({ ...expected, progress: 0 });
  });

  it('gives the same state for a step whatever came before', () => {
    const direct = resolveState(states, 'b');
    resolveState(states, 'c');
    expect(resolveState(states, 'b')).toEqual(direct);
  });

  it('falls back to the default state for an unknown step instead of drawing nothing', () => {
    expect(resolveState(states, 'nope')).toEqual({ through: 1, label: null, step: null, progress: 0 });
  });

  it.each([
    [0.4, 0.4],
    [-1, 0],
    [7, 1],
    [NaN, 0]
  ])('clamps progress %s to %s', (p, expected) => {
    expect(resolveState(states, 'a', p).progress).toBe(expected);
    expect(clamp01(p)).toBe(expected);
  });
});
