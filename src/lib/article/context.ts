import { getContext, setContext } from 'svelte';
import type { ArticleData } from '$lib/server/article';

/**
 * What the components of a prerendered page share. Plain (non-reactive) values: the page is
 * rendered once, at build time, and never hydrated.
 */

const ARTICLE = Symbol('article');

/** The build's data for the page (source lines, citations), set once by the page. */
export function setArticleData(data: ArticleData): ArticleData {
  return setContext(ARTICLE, data);
}

export function articleData(): ArticleData {
  const data = getContext<ArticleData | undefined>(ARTICLE);
  if (!data) throw new Error('Article components need the page to call setArticleData(data) first');
  return data;
}

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
