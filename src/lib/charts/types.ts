import type { Locale } from '$lib/locale';

/**
 * The chart contract. A chart is a pure function of (data, state, size) → Scene; the engine
 * resolves the state from the active step id, tweens scenes by mark id, renders the scene to SVG
 * on the server (static HTML, print, standalone files) and in the browser.
 */

/** Pixel size of the drawing area. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Semantic colours. The page maps them to CSS custom properties (light and dark themes, both
 * WCAG AA on the page background); standalone SVG maps them to the light palette in `palette.ts`.
 * Never let meaning rest on tone alone: label the mark or vary its shape/dash too.
 */
export type Tone =
  | 'ink' // body text, axis labels
  | 'muted' // secondary text, de-emphasised marks
  | 'faint' // background marks that only give context
  | 'grid' // gridlines and axes
  | 'accent' // the series the story is about
  | 'accent-soft' // the same series, de-emphasised
  | 'contrast' // a second series to compare with
  | 'warn' // losses, risks, falls
  | 'paper'; // page background (for halos and knock-outs)

interface MarkBase {
  /** Stable id: marks with the same id in two scenes are tweened into each other. */
  id: string;
  /** 0..1; default 1. Entering marks fade in from 0, leaving marks fade out to 0. */
  opacity?: number;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Tone | 'none';
  stroke?: Tone;
  strokeWidth?: number;
  /** SVG stroke-dasharray, e.g. "4 3": dashed outlines mean "not (yet) real". */
  dash?: string;
  rx?: number;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: Tone | 'none';
  stroke?: Tone;
  strokeWidth?: number;
}

export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: Tone;
  strokeWidth?: number;
  dash?: string;
}

/** A polyline or polygon through `points`; tweened point by point (shorter side padded). */
export interface PathMark extends MarkBase {
  kind: 'path';
  points: ReadonlyArray<readonly [number, number]>;
  closed?: boolean;
  fill?: Tone | 'none';
  stroke?: Tone;
  strokeWidth?: number;
  dash?: string;
  /** Draw an arrowhead at the last point. */
  arrow?: boolean;
  /**
   * Money in motion: in the live page, `dots` small circles travel along the path, one lap every
   * `seconds` (SVG animateMotion: no layout, no script per frame). Omitted in static frames and
   * under reduced motion, so a path must read correctly without them.
   */
  flow?: { dots: number; seconds: number; tone?: Tone };
}

export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  /** Font size in px at the scene's size. */
  size: number;
  fill: Tone;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  /** Where `y` sits: the text's baseline (default), middle or top. */
  baseline?: 'alphabetic' | 'middle' | 'hanging';
  /** Draw a paper-coloured halo behind the text so it stays legible over marks. */
  halo?: boolean;
}

export type Mark = RectMark | CircleMark | LineMark | PathMark | TextMark;

/** Everything needed to draw one frame, in pixels. Marks are drawn in order (later on top). */
export interface Scene {
  width: number;
  height: number;
  marks: readonly Mark[];
}

/** A chart's states: a complete default plus per-step overrides, keyed by the step ids of the prose. */
export interface ChartStates<S extends object> {
  initial: S;
  steps: Readonly<Record<string, Partial<S>>>;
}

/** The state the layout receives: the resolved step state and the step it belongs to. */
export type Resolved<S extends object> = S & {
  /** The active step id, or null before the first step. */
  step: string | null;
  /** The edition the frame is drawn for: the language of its labels, numbers and text alternative. */
  locale: Locale;
};

/**
 * A chart's user-visible words, one set per edition with the same keys: titles, labels, legends,
 * notes, the text alternative's sentences and the data table's headers, in the chart folder's
 * `strings.ts`. A sentence with numbers in it is a function of those numbers (formatted by
 * format.ts for the same locale), never fragments glued together, since word order differs:
 *
 *   const en = { title: 'Share of venture capital', filled: (share: string) => `${share} of all VC` };
 *   export const strings = { en, ja: { title: '…', filled: (share) => `…${share}…` } } satisfies ChartStrings<typeof en>;
 *
 * `satisfies` makes a missing or misspelt Japanese key a compile error. Layout and describe
 * read `strings[state.locale]`; `table` reads `strings[locale]`.
 */
export type ChartStrings<T> = Readonly<Record<Locale, T>>;

/** A table of the numbers behind a chart, for the data table and the CSV download. */
export interface DataTable {
  columns: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

/** Everything the engine needs to know about one chart. One per folder, in `index.ts`. */
export interface ChartDefinition<D = unknown, S extends object = object> {
  /** kebab-case; equals the folder name and the `chart` attribute in Markdown. */
  id: string;
  /** Ids in the sources registry (content/sources/*.json), shown as the chart's source line. */
  sources: readonly string[];
  /** One line under the chart, per edition: caveats, definitions, units. */
  note?: Readonly<Record<Locale, string>>;
  /** Validated, immutable data. */
  data: D;
  states: ChartStates<S>;
  /** Pure: the same inputs give the same scene. */
  layout: (data: D, state: Resolved<S>, size: Size) => Scene;
  /** Pure: a plain-language description of what the frame shows, for SVG <desc> and downloads. */
  describe: (data: D, state: Resolved<S>) => string;
  /** The numbers behind the chart, with column headers in the edition's language. */
  table: (data: D, locale: Locale) => DataTable;
}

/** The erased form the engine handles. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChart = ChartDefinition<any, any>;
