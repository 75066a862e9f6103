import type { Size } from './types';

/**
 * Every drawing size the product serves a chart at, by where it is seen. One list: the layout
 * tests, the in-browser label-fit check, the static frames, the cards and the presenter all read
 * it, and an e2e test (tests/e2e/engine.test.ts) checks every chart's live canvas at each
 * viewport against it — so a CSS change that shrinks a phone's chart cannot go unnoticed. A
 * canvas's height varies by chart with its title and source line (up to 11% under, 15% over).
 */
export const SURFACE_SIZES = {
  /** The sticky chart on a 320×568 phone (the smallest screen we support). */
  phoneSmall: { width: 296, height: 233 },
  /** The sticky chart on a 390×844 phone. */
  phone: { width: 366, height: 412 },
  /** A phone held sideways (844×390): chart beside the text (a one-line title and source). */
  phoneLandscape: { width: 451, height: 287 },
  /** A 768×1024 tablet held upright. */
  tablet: { width: 744, height: 535 },
  /** A 1024×768 screen (a tablet held sideways, a small projector showing the article). */
  tabletLandscape: { width: 472, height: 568 },
  /** The sticky chart on a 1440×900 desktop. */
  desktop: { width: 888, height: 767 },
  /** The article on a 1920×1080 screen or projector. */
  wide: { width: 1368, height: 964 },
  /** Presenter mode on a 1024×768 projector. */
  projectorSmall: { width: 600, height: 520 },
  /** Presenter mode on a 1920×1080 projector. */
  projector: { width: 1100, height: 820 },
  /** The static frames: no-JavaScript reading, print, the opening frame before a chart loads. */
  frame: { width: 480, height: 400 },
  /**
   * The chart inside a 1200×630 social card: 1120 px wide between the margins, laid out at 480×168
   * and drawn at 7/3, so the smallest chart text (12 px) is 28 px on the card and every label
   * reads in a 600×315 thumbnail. (At 560 wide and 2×, 12.5 px labels were 25 px.) The height is
   * what is left under a two-line title and above the source line (src/lib/server/cards.ts).
   */
  card: { width: 480, height: 168 }
} as const satisfies Record<string, Size>;

export type Surface = keyof typeof SURFACE_SIZES;

/** Size of the static frames (SVG files) and of the opening frame in the HTML. */
export const FRAME_SIZE: Size = SURFACE_SIZES.frame;

/** The standalone downloads (SVG and PNG), at 800×600. */
export const DOWNLOAD_SIZE: Size = { width: 800, height: 600 };

export const ALL_SIZES: readonly Size[] = Object.values(SURFACE_SIZES);
