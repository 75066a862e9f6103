import type { Locale } from '$lib/locale';
import type { AnyChart, ChartStates, Resolved } from './types';

/**
 * The state for a step: the default with that step's overrides on top. Overrides are relative to
 * the default, never to the previous step, so every step's frame is the same however the reader
 * got there (scrolled, jumped, reloaded, printed).
 * An unknown step id is a programming error caught by the content test; at runtime it falls back
 * to the default state rather than drawing nothing.
 */
export function resolveState<S extends object>(
  states: ChartStates<S>,
  step: string | null,
  locale: Locale = 'en'
): Resolved<S> {
  const overrides = step !== null ? states.steps[step] : undefined;
  return { ...states.initial, ...overrides, step: overrides ? step : null, locale };
}

/** The scene for a step in an edition: resolve, then lay out. */
export function sceneFor(
  chart: AnyChart,
  step: string | null,
  size: { width: number; height: number },
  locale: Locale = 'en'
) {
  const state = resolveState(chart.states, step, locale);
  return { state, scene: chart.layout(chart.data, state, size) };
}

/** Helper so a chart's states.ts is type-checked against its state type. */
export function defineStates<S extends object>(states: ChartStates<S>): ChartStates<S> {
  return states;
}

/**
 * The resolved state of every step, the default first: for a layout that must make room for
 * what any step draws (the tallest caption of all steps), passed to it explicitly.
 */
export function stepStates<S extends object>(states: ChartStates<S>): S[] {
  return [states.initial, ...Object.values(states.steps).map((s) => ({ ...states.initial, ...s }))];
}
