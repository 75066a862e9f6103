import { compile } from 'mdsvex';
import { scanChapter } from '$lib/content/markdown.js';
import { outlineOf, type OutlineChapter } from '$lib/content/outline';
import { getSource, publisherIn } from '$lib/content/sources';
import { clipText, firstSentence } from '$lib/meta/text';
import { articleCard, LOCALES, type Locale } from '$lib/site';
import { strings } from '$lib/strings';
import { getChart, stepIds } from './charts';

/**
 * What can be shared, at build time: each chapter, each chart block and each step, from the
 * article's outline (src/lib/content/outline.ts: titles, alt texts, order, read from the
 * Markdown by the build's own scanner), plus what only sharing needs — each step's prose, and the
 * footnote numbers the article gives its citations.
 */

export interface ShareStep {
  id: string;
  /** What the chart shows at this step (the <Step alt>). */
  alt: string;
  line: number;
  /** The step's prose as Markdown, <Cite /> tags included. */
  markdown: string;
}

export interface ShareBlock {
  chart: string;
  title: string;
  line: number;
  steps: ShareStep[];
}

export interface ShareChapter {
  locale: Locale;
  file: string;
  slug: string;
  title: string;
  summary: string;
  number?: number;
  blocks: ShareBlock[];
  /** Source ids in citation order: note n of the chapter is cited[n - 1] (as the article numbers them). */
  cited: string[];
}

const raw = import.meta.glob<string>('/content/*/chapters/*.md', {
  query: '?raw',
  import: 'default',
  eager: true
});

/** The Markdown between each non-self-closing <Step …> and its </Step>, in document order. */
function stepBodies(text: string): { id: string | undefined; body: string }[] {
  const out: { id: string | undefined; body: string }[] = [];
  for (const m of text.matchAll(/<Step\b([^>]*?)(\/?)>/g)) {
    const id = /\bid\s*=\s*"([^"]*)"/.exec(m[1] ?? '')?.[1];
    if (m[2]) {
      out.push({ id, body: '' });
      continue;
    }
    const from = (m.index ?? 0) + m[0].length;
    const to = text.indexOf('</Step>', from);
    out.push({ id, body: text.slice(from, to < 0 ? undefined : to).trim() });
  }
  return out;
}

/** One chapter of the outline, with its steps' prose and its citation order. */
export function readChapter(locale: Locale, chapter: OutlineChapter, text: string): ShareChapter {
  const { file } = chapter;
  const { cites, problems } = scanChapter(text, file);
  if (problems.length) throw new Error(`Chapter errors:\n  ${problems.join('\n  ')}`);
  if (!chapter.summary) throw new Error(`${file}:1: frontmatter needs "summary" (link previews show it)`);
  const bodies = stepBodies(text);
  let k = 0;
  const blocks = chapter.charts.map((c): ShareBlock => {
    const known = stepIds(getChart(c.id));
    return {
      chart: c.id,
      title: c.title,
      line: c.line,
      steps: c.steps.map((st): ShareStep => {
        const body = bodies[k++];
        if (!body || body.id !== st.id) {
          throw new Error(`${file}:${st.line}: could not find the prose of step "${st.id}"`);
        }
        if (!known.includes(st.id)) {
          throw new Error(
            `${file}:${st.line}: chart "${c.id}" has no step "${st.id}" (its steps: ${known.join(', ')})`
          );
        }
        return { id: st.id, alt: st.alt.trim(), line: st.line, markdown: body.body };
      })
    };
  });
  const cited: string[] = [];
  for (const c of cites) if (c.id && !cited.includes(c.id)) cited.push(c.id);
  for (const id of cited) getSource(id);
  return {
    locale,
    file,
    slug: chapter.slug,
    title: chapter.title,
    summary: chapter.summary,
    number: chapter.number,
    blocks,
    cited
  };
}

const cache = new Map<Locale, ShareChapter[]>();

/** The chapters of an edition, in reading order. */
export function shareChapters(locale: Locale): ShareChapter[] {
  let list = cache.get(locale);
  if (!list) {
    list = outlineOf[locale].map((c) => {
      const text = raw[`/${c.file}`];
      if (text === undefined) throw new Error(`${c.file}: not found`);
      return readChapter(locale, c, text);
    });
    cache.set(locale, list);
  }
  return list;
}

export function getShareChapter(locale: Locale, slug: string): ShareChapter | undefined {
  return shareChapters(locale).find((c) => c.slug === slug);
}

export interface StepRef {
  chapter: ShareChapter;
  block: ShareBlock;
  step: ShareStep;
}

/** Every step of an edition, in reading order. */
export function allSteps(locale: Locale): StepRef[] {
  return shareChapters(locale).flatMap((chapter) =>
    chapter.blocks.flatMap((block) => block.steps.map((step) => ({ chapter, block, step })))
  );
}

export function findStep(locale: Locale, chapter: string, chart: string, step: string): StepRef | undefined {
  return allSteps(locale).find(
    (r) => r.chapter.slug === chapter && r.block.chart === chart && r.step.id === step
  );
}

/** The chart block a chart id is told in (its title, its chapter); the first if told twice. */
export function findBlock(
  locale: Locale,
  chart: string
): { chapter: ShareChapter; block: ShareBlock } | undefined {
  for (const chapter of shareChapters(locale)) {
    const block = chapter.blocks.find((b) => b.chart === chart);
    if (block) return { chapter, block };
  }
  return undefined;
}

/** The step a chapter's card shows: its first chart at that chart's last step (none: a text card). */
export function chapterCardStep(chapter: ShareChapter): StepRef | undefined {
  const block = chapter.blocks[0];
  const step = block?.steps.at(-1);
  return block && step ? { chapter, block, step } : undefined;
}

/** The step the article's card shows (src/lib/site.ts); the build stops if it is gone. */
export function articleCardStep(locale: Locale): StepRef {
  const ref = findStep(locale, articleCard.chapter, articleCard.chart, articleCard.step);
  if (!ref) {
    throw new Error(
      `src/lib/site.ts: articleCard names ${articleCard.chapter}/${articleCard.chart}/${articleCard.step}, which no chapter tells`
    );
  }
  return ref;
}

/** Chapter heading as the article shows it: "2. Machine", 「第2章 マシン」 (with an ideographic space), or "The bet". */
export function chapterLabel(chapter: ShareChapter): string {
  return strings[chapter.locale].chapterLabel(chapter.number, chapter.title);
}

// ---------------------------------------------------------------------------------------------
// Prose

const ENTITY = /&(?![a-zA-Z][a-zA-Z0-9]*;|#\d+;|#x[0-9a-fA-F]+;)/g;

/**
 * A step's Markdown as HTML, rendered by mdsvex with the article's options (so quotes and
 * dashes match). Each <Cite /> becomes the superscript number the article gives it, linking to
 * the note at the end of the chapter in the article (`noteHref(n)`); a <Term> keeps its words.
 */
export async function proseHtml(
  chapter: ShareChapter,
  markdown: string,
  noteHref: (n: number) => string
): Promise<string> {
  const out = await compile(markdown, { smartypants: { dashes: 'oldschool' } });
  if (!out) throw new Error(`${chapter.file}: mdsvex returned nothing`);
  return (
    out.code
      .trim()
      .replace(ENTITY, '&amp;')
      // A glossary term (<Term id>, src/lib/article/Term.svelte) keeps its words; the glossary
      // link belongs to the article.
      .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
      .replace(/<Cite\s+id="([^"]+)"\s*\/>/g, (_, id: string) => {
        const n = chapter.cited.indexOf(id) + 1;
        if (n < 1) throw new Error(`${chapter.file}: <Cite id="${id}"> not found in the chapter's notes`);
        return `<sup class="cite"><a href="${noteHref(n)}" aria-label="${strings[chapter.locale].noteN(n)}">${n}</a></sup>`;
      })
      // Japanese: the bubbles and the 。 or 、 after them stay on one line, as in the article
      // (scripts/mdsvex-inject.js).
      .replace(/((?:<sup class="cite">[\s\S]*?<\/sup>)+)([。、）」』])/g, (m, cites: string, stop: string) =>
        chapter.locale === 'ja' ? `<span class="cite-nb">${cites}${stop}</span>` : m
      )
  );
}

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Plain text of rendered prose (footnote numbers dropped). */
export function plainText(html: string): string {
  return (
    decode(
      html
        .replace(/<sup class="cite">[\s\S]*?<\/sup>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+([,.;:!?’”)])/g, '$1')
    )
      .replace(/\s+/g, ' ')
      // Japanese has no spaces: one left where a tag was is dropped.
      .replace(JA_GAP, '')
      .trim()
  );
}

const JA = '[\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef]';
const JA_GAP = new RegExp(`(?<=${JA}) (?=${JA})`, 'g');

/**
 * A step's gist for titles: the first sentence of its prose, cut at a word to 90 characters
 * (Japanese: at a phrase, to 50 — a Japanese character carries about two English letters' worth).
 */
export function stepGist(proseText: string, locale: Locale = 'en'): string {
  return clipText(firstSentence(proseText), locale === 'ja' ? 50 : 90);
}

/** Every locale's chapters (for the sitemap and the routes' entries). */
export function editionsWithChapters(): { locale: Locale; chapters: ShareChapter[] }[] {
  return LOCALES.map((locale) => ({ locale, chapters: shareChapters(locale) }));
}

// ---------------------------------------------------------------------------------------------
// Source lines

/** The chart's source publishers, each named once, in the chart's order. */
export function sourcePublishers(chartId: string, locale: Locale = 'en'): string[] {
  const names: string[] = [];
  for (const id of getChart(chartId).sources) {
    const p = publisherIn(locale, getSource(id).publisher);
    if (!names.includes(p)) names.push(p);
  }
  return names;
}

/**
 * "Source: A; B and 2 more" (「出典：A、Bほか2件」) — as many publishers as `fits` allows (at least one), the rest
 * counted. `fits` decides whether a candidate line fits the space (measured in the card's font).
 */
export function sourceLineText(
  chartId: string,
  fits: (line: string) => boolean = () => true,
  locale: Locale = 'en'
): string {
  const names = sourcePublishers(chartId, locale);
  const line = strings[locale].sourcesLine;
  for (let n = names.length; n >= 1; n--) {
    const candidate = line(names.slice(0, n), names.length - n);
    if (fits(candidate) || n === 1) return candidate;
  }
  return line([], 0);
}
