/**
 * Label placement for a handful of named points: labels sit beside their point and are pushed
 * apart vertically (keeping their order) so no two overlap; a leader line joins a label to its
 * point when it had to move. Pure and deterministic. Shared by the charts of the "Change" chapter.
 */
export interface LabelRequest {
  key: string;
  /** The point the label belongs to. */
  x: number;
  y: number;
  text: string;
  side: 'left' | 'right';
}

export interface PlacedLabel extends LabelRequest {
  /** Baseline-middle position of the label text. */
  lx: number;
  ly: number;
  moved: boolean;
}

/**
 * Spread labels of one side so that their centres are at least `gap` apart and inside
 * [top, bottom]. Each side is handled separately; labels keep their vertical order.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  opts: { gap: number; top: number; bottom: number; offset: number }
): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (const side of ['left', 'right'] as const) {
    const group = requests
      .filter((r) => r.side === side)
      .sort((a, b) => a.y - b.y || a.key.localeCompare(b.key));
    const ys = group.map((r) => Math.min(opts.bottom, Math.max(opts.top, r.y)));
    // Push down, then pull up from the bottom, then push down again: a standard 1-D relaxation
    // that converges for the few labels we place.
    for (let pass = 0; pass < 3; pass++) {
      for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + opts.gap);
      if (ys.length) ys[ys.length - 1] = Math.min(ys[ys.length - 1]!, opts.bottom);
      for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - opts.gap);
      if (ys.length) ys[0] = Math.max(ys[0]!, opts.top);
    }
    group.forEach((r, i) => {
      const ly = ys[i]!;
      out.push({
        ...r,
        lx: side === 'right' ? r.x + opts.offset : r.x - opts.offset,
        ly,
        moved: Math.abs(ly - r.y) > 2
      });
    });
  }
  return out;
}

/**
 * Opacity for marks that are full in some steps and faded in others. Just under 1, so the SVG
 * keeps an opacity attribute in every frame: a mark whose attribute came and went would end up
 * with its attributes in a different order when reached by scrolling than by a link, and the
 * frames are compared as HTML.
 */
export const FULL = 0.999;
