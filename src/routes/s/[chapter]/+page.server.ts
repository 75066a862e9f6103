import { error } from '@sveltejs/kit';
import { editionPaths, editions, localeOfRoute, relativeUrl, sitePaths, type Locale } from '$lib/site';
import {
  chapterCardStep,
  chapterLabel,
  getShareChapter,
  plainText,
  proseHtml,
  shareChapters,
  stepGist
} from '$lib/server/share';
import type { PageMetaProps } from '$lib/meta/types';
import type { EntryGenerator, PageServerLoad } from './$types';

// A share page per chapter: its card, title and summary for link previews, and a way on to the
// chapter in the article (a refresh, no JavaScript needed) and to each of its steps. One
// implementation for both editions: src/routes/ja/s/[chapter]/ re-exports it (_entries('ja')).
export const _entries = (locale: Locale) => shareChapters(locale).map((c) => ({ chapter: c.slug }));

export const entries: EntryGenerator = () => _entries('en');

export const load: PageServerLoad = async ({ params, route }) => {
  const locale = localeOfRoute(route.id);
  const chapter = getShareChapter(locale, params.chapter);
  if (!chapter) error(404, `No chapter "${params.chapter}"`);
  const path = sitePaths.shareChapter(locale, chapter.slug);
  const label = chapterLabel(chapter);
  const cardRef = chapterCardStep(chapter);
  const blocks = await Promise.all(
    chapter.blocks.map(async (b) => ({
      chart: b.chart,
      title: b.title,
      steps: await Promise.all(
        b.steps.map(async (s) => ({
          id: s.id,
          gist: stepGist(
            plainText(
              await proseHtml(chapter, s.markdown, (n) =>
                relativeUrl(path, sitePaths.articleAt(locale, `note-${chapter.slug}-${n}`))
              )
            ),
            locale
          )
        }))
      )
    }))
  );
  const meta: PageMetaProps = {
    locale,
    title: `${label} — ${editions[locale].name}`,
    description: chapter.summary,
    path,
    alternates: editionPaths(path),
    image: {
      path: sitePaths.cardChapter(locale, chapter.slug),
      alt: cardRef
        ? `${label} — ${cardRef.block.title}${locale === 'ja' ? '。' : '. '}${cardRef.step.alt}`
        : `${label}${locale === 'ja' ? '：' : ': '}${chapter.summary}`
    }
  };
  return {
    meta,
    slug: chapter.slug,
    label,
    summary: chapter.summary,
    frame: cardRef ? { chart: cardRef.block.chart, step: cardRef.step.id, alt: cardRef.step.alt } : null,
    blocks
  };
};
