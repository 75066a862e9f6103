import { outlineOf } from '$lib/content/outline';
import { sourceLine } from '$lib/server/article';
import { charts } from '$lib/server/charts';
import { allSteps, proseHtml } from '$lib/server/share';
import { localeOfRoute, relativeUrl, sitePaths } from '$lib/site';
import { strings } from '$lib/strings';
import type { PageServerLoad } from './$types';

/**
 * Presenter mode: every step of the article, in reading order, with what a teacher needs beside
 * it (its alt text, its chart's sources, the next step). The browser script (src/browser/present.ts)
 * shows one at a time; without it the page is a list of the steps and their frames.
 */
export const load: PageServerLoad = async ({ route }) => {
  // One load for both editions (src/routes/ja/present/ re-exports it).
  const locale = localeOfRoute(route.id);
  const outline = outlineOf[locale];
  const t = strings[locale];
  // Each step's prose, rendered once by the share pages' renderer (footnotes numbered as in the
  // article, linking to its notes).
  const prose = new Map<string, string>();
  for (const r of allSteps(locale)) {
    const key = `${r.chapter.slug}/${r.block.chart}/${r.step.id}`;
    const note = (n: number) =>
      relativeUrl(
        `${sitePaths.article(locale)}present/`,
        sitePaths.articleAt(locale, `note-${r.chapter.slug}-${n}`)
      );
    prose.set(key, await proseHtml(r.chapter, r.step.markdown, note));
  }
  const flat = outline.flatMap((c) =>
    c.charts.flatMap((chart) =>
      chart.steps.map((st) => ({
        key: st.key,
        chapter: c.slug,
        chapterLabel: t.chapterLabel(c.number, c.title),
        chart: chart.id,
        chartTitle: chart.title,
        step: st.id,
        alt: st.alt,
        // Named as the article's source lines name them (a publisher twice gets its dates).
        sources: sourceLine(charts.get(chart.id)?.sources ?? [], locale)
      }))
    )
  );
  const steps = flat.map((s, i) => ({
    ...s,
    n: i + 1,
    prose: prose.get(s.key) ?? null,
    next: flat[i + 1]
      ? { n: i + 2, chartTitle: flat[i + 1]!.chartTitle, alt: flat[i + 1]!.alt, key: flat[i + 1]!.key }
      : null
  }));
  return {
    locale,
    steps,
    chapters: outline
      .filter((c) => c.charts.length)
      .map((c) => ({
        slug: c.slug,
        label: t.chapterLabel(c.number, c.title),
        first: steps.find((s) => s.chapter === c.slug)!
      }))
  };
};
