import { frontmatter, outlineOf, type Locale } from '$lib/content/outline';

/**
 * The short version: five findings at the top of the article, one line each, each linking to the
 * step that shows it — for a reader who arrived from a card and has a minute. Written per edition
 * in content/<locale>/short-version.md:
 *
 *   ---
 *   title: The short version
 *   lead: Five findings, each linked to the chart that shows it.
 *   ---
 *   - [A finding, with the figures the step states.](#chapter/chart/step)
 *
 * The lines cite through their steps: every figure in a line must be one the linked step's prose
 * states, next to its <Cite> (tests/content/short-version.test.ts checks, so the article's rule
 * "every figure cited" holds here too without footnotes in the masthead).
 */
export interface Finding {
  text: string;
  /** The step's element id and URL fragment: `chapter/chart/step`. */
  key: string;
  line: number;
}

export interface ShortVersion {
  file: string;
  title: string;
  lead: string;
  findings: Finding[];
}

const files = import.meta.glob<string>('/content/*/short-version.md', {
  query: '?raw',
  import: 'default',
  eager: true
});

const LINE = /^- \[(.+)\]\(#([a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+)\)\s*$/;

/** Reads a short version; a malformed line stops the build with its file and line. */
export function parseShortVersion(text: string, file: string): ShortVersion {
  const meta = frontmatter(text);
  if (!meta.title) throw new Error(`${file}:1: frontmatter needs "title"`);
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (m) => '\n'.repeat(m.split('\n').length - 1));
  const findings: Finding[] = [];
  let comment = false;
  body.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (comment || line.startsWith('<!--')) {
      comment = !line.includes('-->');
      return;
    }
    if (!line) return;
    const m = LINE.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: expected "- [finding](#chapter/chart/step)", found "${line}"`);
    findings.push({ text: m[1]!, key: m[2]!, line: i + 1 });
  });
  return { file, title: meta.title, lead: meta.lead ?? '', findings };
}

/**
 * The edition's short version, every link checked against the edition's steps; undefined for an
 * edition that has none yet (the content test asks every published edition for one).
 */
export function shortVersion(locale: Locale): ShortVersion | undefined {
  const file = `content/${locale}/short-version.md`;
  const text = files[`/${file}`];
  if (text === undefined) return undefined;
  const sv = parseShortVersion(text, file);
  const keys = new Set(
    outlineOf[locale].flatMap((c) => c.charts.flatMap((chart) => chart.steps.map((s) => s.key)))
  );
  for (const f of sv.findings) {
    if (!keys.has(f.key)) throw new Error(`${file}:${f.line}: no step "${f.key}" in the article`);
  }
  return sv;
}
