import { scanChapter } from './markdown.js';

/**
 * Every "popular claim → what the record shows → source" aside in the article, in reading
 * order: the `<Check>` components of the chapters. Build-time only; for the Sources & Methods
 * page (a list teachers can use on its own) and the content tests.
 */
export interface CheckEntry {
  /** Chapter slug (frontmatter `slug`), e.g. "gospel". */
  chapter: string;
  /** content/en/chapters/<file>.md and the line of the <Check> tag. */
  file: string;
  line: number;
  /** The popular claim, as the article states it. */
  claim: string;
  /** What the record shows: the aside's text, with Markdown and <Cite> tags removed. */
  finding: string;
  /** Source ids: the one(s) named in `source`, then any other cited in the aside. */
  sources: string[];
}

const all = import.meta.glob<string>('/content/*/chapters/*.md', {
  eager: true,
  query: '?raw',
  import: 'default'
});
const filesOf = (locale: string) =>
  Object.fromEntries(Object.entries(all).filter(([path]) => path.startsWith(`/content/${locale}/chapters/`)));
const files = filesOf('en');

/** An edition's checks (the Japanese chapters carry the same <Check>s, in Japanese). */
export function checksOf(locale: string): CheckEntry[] {
  return collectChecks(filesOf(locale));
}

/** Markdown of an aside's body as plain text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .trim();
}

export function collectChecks(input: Record<string, string> = files): CheckEntry[] {
  return Object.keys(input)
    .sort()
    .flatMap((path) => {
      const text = input[path]!;
      const file = path.replace(/^\//, '');
      const slug = /^---\r?\n[\s\S]*?^slug:\s*(\S+)\s*$/m.exec(text)?.[1] ?? file;
      return scanChapter(text, file).checks.map((c) => ({
        chapter: slug,
        file,
        line: c.line,
        claim: c.claim ?? '',
        finding: plainText(c.body),
        sources: [...new Set([...c.sources, ...c.cites.map((x) => x.id ?? '').filter(Boolean)])]
      }));
    });
}
