import { describe, expect, it } from 'vitest';
import { defineStates, resolveState } from '$lib/charts/state';

const states = defineStates<{ through: number; label: string | null }>({
  initial: { through: 1, label: null },
  steps: { a: { through: 2 }, b: { label: 'peak' }, c: { through: 5, label: 'end' } }
});

describe('resolveState', () => {
  it.each([
    [null, { through: 1, label: null, step: null, locale: 'en' }],
    ['a', { through: 2, label: null, step: 'a', locale: 'en' }],
    ['b', { through: 1, label: 'peak', step: 'b', locale: 'en' }],
    ['c', { through: 5, label: 'end', step: 'c', locale: 'en' }]
  ] as const)('step %s overrides the default, never the previous step', (step, expected) => {
    expect(resolveState(states, step)).toEqual(expected);
  });

  it('never changes the states it reads, so a later step cannot leak into an earlier one', () => {
    const before = structuredClone(states);
    const c = resolveState(states, 'c');
    c.through = 99;
    expect(states).toEqual(before);
    expect(resolveState(states, 'a').through).toBe(2);
  });

  it('falls back to the default state for an unknown step instead of drawing nothing', () => {
    expect(resolveState(states, 'nope')).toEqual({ through: 1, label: null, step: null, locale: 'en' });
  });

  it('carries the edition the frame is drawn for', () => {
    expect(resolveState(states, 'a', 'ja').locale).toBe('ja');
  });
});
