import { error } from '@sveltejs/kit';
import { editionPaths, localeOfRoute, relativeUrl, sitePaths, type Locale } from '$lib/site';
import { allSteps, chapterLabel, findStep, plainText, proseHtml, stepGist } from '$lib/server/share';
import type { PageMetaProps } from '$lib/meta/types';
import { articleData } from '$lib/server/article';
import type { EntryGenerator, PageServerLoad } from './$types';

// A share page per step: its own title, description, card and canonical URL for link previews;
// a person who opens it is sent on to the step in the article (no JavaScript needed). One
// implementation for both editions: src/routes/ja/s/… re-exports it (_entries('ja')).
export const _entries = (locale: Locale) =>
  allSteps(locale).map((r) => ({ chapter: r.chapter.slug, chart: r.block.chart, step: r.step.id }));

export const entries: EntryGenerator = () => _entries('en');

export const load: PageServerLoad = async ({ params, route }) => {
  const locale = localeOfRoute(route.id);
  const ref = findStep(locale, params.chapter, params.chart, params.step);
  if (!ref) error(404, `No step ${params.chapter}/${params.chart}/${params.step}`);
  const { chapter, block, step } = ref;
  const path = sitePaths.shareStep(locale, chapter.slug, block.chart, step.id);
  const prose = await proseHtml(chapter, step.markdown, (n) =>
    relativeUrl(path, sitePaths.articleAt(locale, `note-${chapter.slug}-${n}`))
  );
  const gist = stepGist(plainText(prose), locale);
  const steps = allSteps(locale);
  const at = steps.findIndex((r) => r.chapter === chapter && r.block === block && r.step === step);
  const neighbour = (i: number) => {
    const r = steps[i];
    return r
      ? { chapter: r.chapter.slug, chart: r.block.chart, step: r.step.id, title: r.block.title }
      : null;
  };
  const meta: PageMetaProps = {
    locale,
    title: `${block.title} — ${gist}`,
    description: step.alt,
    path,
    alternates: editionPaths(path),
    image: {
      path: sitePaths.cardStep(locale, chapter.slug, block.chart, step.id),
      alt: `${block.title}${locale === 'ja' ? '。' : '. '}${step.alt}`
    }
  };
  return {
    meta,
    fragment: `${chapter.slug}/${block.chart}/${step.id}`,
    chapter: { slug: chapter.slug, label: chapterLabel(chapter) },
    chart: block.chart,
    step: step.id,
    title: block.title,
    alt: step.alt,
    prose,
    // The article's own source line for this chart (sources, note, as-of date, licence credits).
    block: articleData(locale).charts[block.chart]!,
    previous: neighbour(at - 1),
    next: neighbour(at + 1)
  };
};
