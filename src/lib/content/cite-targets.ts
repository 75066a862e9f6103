import { publisherIn } from '$lib/content/sources';
import { cite, plain, STYLES_OF, type CiteTarget, type Segment, type Style } from './cite';
import { csvAllowed, credit } from './licences';
import { outline, outlineOf, type Locale } from './outline';
import { getSource } from './sources';
import { sitePaths } from '$lib/site';
import { strings } from '$lib/strings';
import { charts } from '$lib/server/charts';

/**
 * What the /cite/ page and the charts' data pages show: for the article, each chapter and each
 * chart, its citation in every style, and for each chart the licences of its data. Build time.
 */
export interface Citation {
  style: Style;
  name: string;
  segments: Segment[];
  text: string;
}

export interface CiteBlock {
  id: string;
  kind: CiteTarget['kind'];
  title: string;
  url: string;
  citations: Citation[];
}

export interface ChartLicence {
  publisher: string;
  title: string;
  url: string;
  licence: string;
  licenceUrl: string | null;
  credit: string | null;
}

export interface ChartCite extends CiteBlock {
  chapter: string;
  licences: ChartLicence[];
  csv: boolean;
}

function block(id: string, target: CiteTarget, locale: Locale): CiteBlock {
  return {
    id,
    kind: target.kind,
    title: target.title,
    url: target.url,
    citations: STYLES_OF[locale].map(({ id: style, name }) => {
      const segments = cite(target, style);
      return { style, name, segments, text: plain(segments) };
    })
  };
}

/** The article's publication date: the opening chapter's frontmatter `published`. */
export function publishedDate(): string {
  const date = outline[0]?.meta.published;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new Error(`${outline[0]?.file ?? 'content/en/chapters'}:1: frontmatter needs published: "YYYY-MM-DD" (citations use it)`);
  }
  return date;
}

/**
 * Each work's address: the article, and for a chapter or a chart its share page (a plain URL
 * without a fragment, which every style and BibTeX take as is; it opens the article there).
 */
export function citeTargets(locale: Locale, absoluteUrl: (path: string) => string) {
  const site = strings[locale].siteTitle;
  const published = publishedDate();
  const base = { site, published };
  const english = new Map<string, string>(
    outline.flatMap((c) => [[c.slug, c.title] as const, ...c.charts.map((ch) => [ch.id, ch.title] as const)])
  );
  // A Japanese work carries its English title (the same chapter or chart in the English edition).
  const translated = (key: string, fallback: string) =>
    locale === 'en'
      ? undefined
      : { title: english.get(key) ?? fallback, site: strings.en.siteTitle };
  const article = block(
    'article',
    {
      ...base,
      kind: 'article',
      title: site,
      url: absoluteUrl(sitePaths.article(locale)),
      key: '',
      translated: translated('', strings.en.siteTitle)
    },
    locale
  );
  const chapters = outlineOf[locale].map((c) =>
    block(
      `chapter-${c.slug}`,
      {
        ...base,
        kind: 'chapter',
        title: c.title,
        number: c.number,
        url: absoluteUrl(sitePaths.shareChapter(locale, c.slug)),
        key: c.slug,
        translated: translated(c.slug, c.title)
      },
      locale
    )
  );
  const chartCites: ChartCite[] = outlineOf[locale].flatMap((c) =>
    c.charts.map((ch) => {
      const def = charts.get(ch.id);
      if (!def) throw new Error(`${c.file}:${ch.line}: unknown chart "${ch.id}"`);
      return {
        ...block(`chart-${ch.id}`, {
          ...base,
          kind: 'chart',
          title: ch.title,
          url: absoluteUrl(
            ch.steps[0]
              ? sitePaths.shareStep(locale, c.slug, ch.id, ch.steps[0].id)
              : sitePaths.shareChapter(locale, c.slug)
          ),
          key: `chart-${ch.id}`,
          translated: translated(ch.id, ch.title)
        }, locale),
        chapter: c.slug,
        csv: csvAllowed(def),
        licences: def.sources.map((id) => {
          const s = getSource(id);
          const cr = credit(s);
          return {
            publisher: publisherIn(locale, s.publisher),
            title: s.title,
            url: s.url,
            licence: s.licence,
            licenceUrl: cr?.licenceUrl ?? null,
            credit: cr?.text ?? null
          };
        })
      };
    })
  );
  return { article, chapters, charts: chartCites };
}
