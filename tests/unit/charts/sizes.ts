import type { Size } from '$lib/charts/types';

/**
 * Sizes a chart must read well at: phone sticky panels (the smallest, 296×324, is what a
 * 320×640 phone leaves the chart), desktop panels, the static frame images (480×400, FRAME_SIZE
 * in src/lib/server/charts.ts), and card-like landscape formats.
 */
export const CHART_SIZES: readonly Size[] = [
  { width: 296, height: 324 },
  { width: 320, height: 480 },
  { width: 375, height: 560 },
  { width: 760, height: 620 },
  { width: 1200, height: 800 },
  { width: 480, height: 400 },
  { width: 640, height: 480 },
  { width: 1200, height: 630 }
];
