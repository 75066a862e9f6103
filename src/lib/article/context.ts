import { getContext, setContext } from 'svelte';

/**
 * What a chapter shares with the components inside it. Plain (non-reactive) values: numbering
 * happens once, in document order, identically on the server and during hydration.
 */
export interface ChapterContext {
  slug: string;
  /** Footnote number for a source id (first citation gets the next number; repeats reuse it). */
  cite(id: string): number;
  /** Source ids in citation order, for the chapter's notes. */
  readonly cited: readonly string[];
}

const CHAPTER = Symbol('chapter');

export function createChapterContext(slug: string): ChapterContext {
  const cited: string[] = [];
  const ctx: ChapterContext = {
    slug,
    cited,
    cite(id) {
      const at = cited.indexOf(id);
      if (at >= 0) return at + 1;
      cited.push(id);
      return cited.length;
    }
  };
  return setContext(CHAPTER, ctx);
}

export function chapterContext(): ChapterContext {
  const ctx = getContext<ChapterContext | undefined>(CHAPTER);
  if (!ctx) throw new Error('<Scrolly>, <Step> and <Cite> must be used inside a chapter');
  return ctx;
}

/** What a Scrolly shares with its Steps. */
export interface ScrollyContext {
  chart: string;
  /** The URL fragment / element id of a step. */
  key(step: string): string;
  /** Steps announce themselves so the scrolly knows their alt text. */
  register(step: string, alt: string): void;
}

const SCROLLY = Symbol('scrolly');

export function setScrollyContext(ctx: ScrollyContext): ScrollyContext {
  return setContext(SCROLLY, ctx);
}

export function scrollyContext(): ScrollyContext {
  const ctx = getContext<ScrollyContext | undefined>(SCROLLY);
  if (!ctx) throw new Error('<Step> must be used inside <Scrolly>');
  return ctx;
}
