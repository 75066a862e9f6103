import type { PageMetaProps } from '$lib/meta/types';
import { editions, relativeUrl, sitePaths, type Locale } from '$lib/site';
import { articleData, type ChartBlock } from './article';
import { chapterLabel, findBlock, plainText, proseHtml, stepGist, type StepRef } from './share';

/**
 * What an embed page shows (src/routes/embed/): a chart's steps — each with its frame, its text
 * alternative and its prose — its title, its source line and the way back to the article.
 *
 * Canonical: an embed page is a framed copy of what the step's share page already is (the same
 * frame, prose and sources), so its canonical URL, og:url and card are the share page's; the
 * whole-chart embed opens on its first step, so it points at that step's share page. Search
 * engines then fold embed URLs into pages that stand on their own, and a pasted embed URL
 * previews as the step. Embeds are not in the sitemap (it lists canonical pages only).
 */

export interface EmbedStep {
  id: string;
  /** What the chart shows at this step: the frame's text alternative. */
  alt: string;
  /** The step's prose as HTML; footnote numbers as in the article, linking to its notes. */
  html: string;
  /** The step's element id in the article (and URL fragment): `machine/the-loop/amd`. */
  key: string;
}

export interface EmbedData {
  meta: PageMetaProps;
  locale: Locale;
  chart: string;
  title: string;
  chapter: { slug: string; label: string };
  steps: EmbedStep[];
  /** The chart's source line, as the article shows it. */
  block: ChartBlock;
  siteName: string;
}

/** Meta for a page whose canonical is the share page of `ref` (the share page's own title and card). */
function shareMeta(locale: Locale, ref: StepRef, gist: string, title?: string): PageMetaProps {
  const { chapter, block, step } = ref;
  return {
    locale,
    title: title ?? `${block.title} — ${gist}`,
    description: step.alt,
    path: sitePaths.shareStep(locale, chapter.slug, block.chart, step.id),
    image: {
      path: sitePaths.cardStep(locale, chapter.slug, block.chart, step.id),
      alt: `${block.title}. ${step.alt}`
    }
  };
}

/**
 * The embed of a chart (all its steps, `step` undefined) or of one step. Undefined when the
 * chart is not told in the article or has no such step.
 */
export async function embedData(
  locale: Locale,
  chart: string,
  stepId?: string
): Promise<EmbedData | undefined> {
  const found = findBlock(locale, chart);
  if (!found) return undefined;
  const { chapter, block } = found;
  const chosen = stepId === undefined ? block.steps : block.steps.filter((s) => s.id === stepId);
  if (chosen.length === 0) return undefined;
  const path =
    stepId === undefined ? sitePaths.embedChart(locale, chart) : sitePaths.embedStep(locale, chart, stepId);
  const steps: EmbedStep[] = [];
  const gists: string[] = [];
  for (const s of chosen) {
    const html = await proseHtml(chapter, s.markdown, (n) =>
      relativeUrl(path, sitePaths.articleAt(locale, `note-${chapter.slug}-${n}`))
    );
    gists.push(stepGist(plainText(html)));
    steps.push({ id: s.id, alt: s.alt, html, key: `${chapter.slug}/${chart}/${s.id}` });
  }
  const first = { chapter, block, step: chosen[0]! };
  return {
    meta: shareMeta(locale, first, gists[0]!, stepId === undefined ? block.title : undefined),
    locale,
    chart,
    title: block.title,
    chapter: { slug: chapter.slug, label: chapterLabel(chapter) },
    steps,
    block: articleData(locale).charts[chart]!,
    siteName: editions[locale].name
  };
}
