import { scanChapter } from '../src/lib/content/markdown.js';

/**
 * A Svelte markup preprocessor that runs before mdsvex on chapter files:
 * 1. it stops the build on the mistakes mdsvex would swallow (a <Step> without alt, a duplicate
 *    step id, Markdown without blank lines around it…), naming the file and line;
 * 2. it adds the import of the article components (<Scrolly>, <Step>, <Cite>, <Check>, <Term>) so chapters stay
 *    plain Markdown. (mdsvex has no components option, and its `layout` option emits Svelte 4
 *    `$$props`, which breaks runes mode.)
 * Checks that need the chart and source registries live in tests/content (run before the build).
 */
const IMPORT = "import { Scrolly, Step, Cite, Check, Term } from '$lib/article';";

/**
 * Wraps one or more <Cite /> and the closing punctuation right after them (。、）」』) in a span
 * that does not break: `<span class="cite-nb"><Cite id="a" />。</span>`.
 * @param {string} text
 */
export function keepCitesWithPunctuation(text) {
  return text.replace(/((?:<Cite id="[^"]+" \/>)+)([。、）」』])/g, '<span class="cite-nb">$1$2</span>');
}

/** @returns {import('svelte/compiler').PreprocessorGroup} */
export function injectArticleComponents() {
  return {
    name: 'inject-article-components',
    markup({ content, filename }) {
      if (!filename?.endsWith('.md')) return;
      const file = filename.slice(filename.indexOf('content/'));
      const { problems } = scanChapter(content, file);
      if (problems.length) throw new Error(`Chapter errors:\n  ${problems.join('\n  ')}`);
      if (content.includes(IMPORT)) return;
      // Insert after the frontmatter so mdsvex still finds it at the top of the file.
      const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(content);
      const at = fm ? fm[0].length : 0;
      // The page renders each chapter's title as <h2>: a chapter's own `## Section` becomes <h3>.
      let body = content.slice(at).replace(/^(#{1,5})(?= )/gm, '#$1');
      // Japanese: a note's bubble is an inline-block, after which a browser may break the line,
      // so 。 or 、 would start the next one (a rule of Japanese typesetting forbids it). The
      // bubbles and the punctuation after them are kept on one line.
      if (file.startsWith('content/ja/')) body = keepCitesWithPunctuation(body);
      return { code: `${content.slice(0, at)}<script>\n  ${IMPORT}\n</script>\n\n${body}` };
    }
  };
}

/**
 * Runs after mdsvex: its frontmatter export uses Svelte 4's `<script context="module">`, which
 * Svelte 5 accepts with a deprecation warning on every build; write Svelte 5's `<script module>`.
 * @returns {import('svelte/compiler').PreprocessorGroup}
 */
export function moduleScriptSyntax() {
  return {
    name: 'module-script-syntax',
    markup({ content, filename }) {
      if (!filename?.endsWith('.md')) return;
      return { code: content.replace(/<script context="module">/g, '<script module>') };
    }
  };
}
