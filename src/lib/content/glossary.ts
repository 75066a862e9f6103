import { publisherIn } from '$lib/content/sources';
import { scanTerms } from './markdown.js';
import { frontmatter } from './outline';
import { sources } from './sources';

/**
 * The glossary: plain-language definitions of the terms the article uses, from
 * content/<locale>/glossary.json. The /glossary/ page lists them; a <Term id> in the prose links
 * to its entry and opens the definition in the footnote popover; the teaching guide names its key
 * terms by id. Validated on load: a malformed entry, a duplicate id or an unknown source names
 * the file and entry. Build-time only.
 */
export interface GlossaryReference {
  id: string;
  publisher: string;
  title: string;
  url: string;
}

export interface GlossaryTerm {
  /** kebab-case; the entry's anchor on /glossary/ and the id a <Term> names. */
  id: string;
  /** The term as a heading shows it. */
  term: string;
  /** Japanese: the term's reading in hiragana (よみ), shown beside it and used to sort (あいうえお順). */
  reading?: string;
  /** Other names and spellings. */
  also: string[];
  /** Plain words, plain text (the popover shows it as text). */
  definition: string;
  /** Where the article meets it, in a sentence. */
  example?: string;
  /** Ids in content/sources/*.json or in the glossary's own `references`. */
  sources: string[];
}

export interface Glossary {
  file: string;
  terms: GlossaryTerm[];
  references: GlossaryReference[];
}

export interface ResolvedSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
}

const files = import.meta.glob<unknown>('/content/*/glossary.json', { eager: true, import: 'default' });

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function validateGlossary(
  file: string,
  input: unknown,
  known: (id: string) => boolean = (id) => sources.has(id)
): Glossary {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new Error(`${file}: expected { "references": […], "terms": […] }`);
  }
  const { references = [], terms } = input as { references?: unknown; terms?: unknown };
  if (!Array.isArray(references)) throw new Error(`${file}: "references" must be a list`);
  if (!Array.isArray(terms)) throw new Error(`${file}: "terms" must be a list`);
  const refs: GlossaryReference[] = references.map((r: Record<string, unknown>, i) => {
    const where = `${file}: references[${i}]`;
    for (const key of ['id', 'publisher', 'title', 'url'] as const) {
      if (!isText(r?.[key])) throw new Error(`${where}: missing "${key}"`);
    }
    if (!ID.test(r.id as string)) throw new Error(`${where}: id must be kebab-case`);
    if (!/^https:\/\/\S+$/.test(r.url as string)) throw new Error(`${where}: url must be https://…`);
    if (sources.has(r.id as string)) throw new Error(`${where}: id "${r.id}" is already a source id`);
    return r as unknown as GlossaryReference;
  });
  const refIds = new Set(refs.map((r) => r.id));
  const seen = new Set<string>();
  const list = terms.map((t: Record<string, unknown>, i): GlossaryTerm => {
    const where = `${file}: terms[${i}]${isText(t?.id) ? ` ("${t.id}")` : ''}`;
    for (const key of ['id', 'term', 'definition'] as const) {
      if (!isText(t?.[key])) throw new Error(`${where}: missing "${key}"`);
    }
    const id = t.id as string;
    if (!ID.test(id)) throw new Error(`${where}: id must be kebab-case`);
    if (seen.has(id)) throw new Error(`${where}: duplicate id`);
    seen.add(id);
    for (const key of Object.keys(t)) {
      if (!['id', 'term', 'reading', 'also', 'definition', 'example', 'sources'].includes(key)) {
        throw new Error(`${where}: unknown field "${key}"`);
      }
    }
    const also = t.also ?? [];
    const srcs = t.sources ?? [];
    if (!Array.isArray(also) || !also.every(isText)) throw new Error(`${where}: "also" must be a list of names`);
    if (!Array.isArray(srcs) || !srcs.every(isText)) throw new Error(`${where}: "sources" must be a list of ids`);
    for (const s of srcs as string[]) {
      if (!known(s) && !refIds.has(s)) {
        throw new Error(`${where}: unknown source "${s}" (not in content/sources/ nor in this file's references)`);
      }
    }
    if (t.example !== undefined && !isText(t.example)) throw new Error(`${where}: "example" must be text`);
    if (t.reading !== undefined && !(isText(t.reading) && /^[\u3041-\u309f\u30fcー・ \u3000a-zA-Z0-9]+$/.test(t.reading as string))) {
      throw new Error(`${where}: "reading" is the term's reading in hiragana`);
    }
    if (/[<>]/.test(t.definition as string)) throw new Error(`${where}: the definition is plain text (no markup)`);
    return {
      id,
      term: t.term as string,
      also: also as string[],
      definition: t.definition as string,
      example: t.example as string | undefined,
      ...(t.reading === undefined ? {} : { reading: t.reading as string }),
      sources: srcs as string[]
    };
  });
  return { file, references: refs, terms: list };
}

/**
 * Sorted as a reader looks a word up: English letters before digits, ignoring case; Japanese
 * terms by their reading, in the order of the kana (あいうえお順), as a Japanese dictionary does.
 */
export function byTerm(a: GlossaryTerm, b: GlossaryTerm): number {
  if (a.reading !== undefined || b.reading !== undefined) {
    return (a.reading ?? a.term).localeCompare(b.reading ?? b.term, 'ja');
  }
  const key = (t: GlossaryTerm) => t.term.replace(/^[^A-Za-z]+/, '').toLowerCase() || t.term;
  return key(a).localeCompare(key(b), 'en');
}

const loaded = new Map<string, Glossary>();

export function glossaryFor(locale: string = 'en'): Glossary {
  let g = loaded.get(locale);
  if (!g) {
    const path = `/content/${locale}/glossary.json`;
    if (!(path in files)) throw new Error(`No glossary for "${locale}" (${path.slice(1)})`);
    g = validateGlossary(path.slice(1), files[path]);
    loaded.set(locale, g);
  }
  return g;
}

export function getTerm(id: string, locale: string = 'en'): GlossaryTerm {
  const t = glossaryFor(locale).terms.find((x) => x.id === id);
  if (!t) throw new Error(`Unknown glossary term "${id}" (add it to content/${locale}/glossary.json)`);
  return t;
}

/** A definition's source, from the registry or the glossary's own references. */
export function glossarySource(id: string, locale: string = 'en'): ResolvedSource {
  const ref = glossaryFor(locale).references.find((r) => r.id === id);
  if (ref) return ref;
  const s = sources.get(id);
  if (!s) throw new Error(`Unknown source "${id}"`);
  return { id, publisher: publisherIn(locale === 'ja' ? 'ja' : 'en', s.publisher), title: s.title, url: s.url };
}

const chapterFiles = import.meta.glob<string>('/content/*/chapters/*.md', {
  query: '?raw',
  import: 'default',
  eager: true
});

export interface TermUse {
  term: string;
  /** The chapter's slug (its fragment in the article) and title. */
  chapter: string;
  chapterTitle: string;
  file: string;
  line: number;
  /** The words the prose links. */
  text: string;
}

/** Every <Term> in an edition's chapters, in reading order. */
export function termUses(locale: string = 'en', input: Record<string, string> = chapterFiles): TermUse[] {
  const prefix = `/content/${locale}/chapters/`;
  return Object.keys(input)
    .filter((p) => p.startsWith(prefix))
    .sort()
    .flatMap((path) => {
      const text = input[path]!;
      const file = path.slice(1);
      const meta = frontmatter(text);
      return scanTerms(text, file).terms.map((u) => ({
        term: u.id ?? '',
        chapter: meta.slug ?? '',
        chapterTitle: meta.title ?? '',
        file,
        line: u.line,
        text: u.text
      }));
    });
}
