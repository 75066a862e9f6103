/**
 * A Svelte markup preprocessor that runs before mdsvex on chapter files: it adds the import of
 * the article components (<Scrolly>, <Step>, <Cite>) so chapters stay plain Markdown.
 * mdsvex has no components option, and its `layout` option emits Svelte 4 `$$props` (breaks runes).
 */
const IMPORT = "import { Scrolly, Step, Cite } from '$lib/article';";

/** @returns {import('svelte/compiler').PreprocessorGroup} */
export function injectArticleComponents() {
  return {
    name: 'inject-article-components',
    markup({ content, filename }) {
      if (!filename?.endsWith('.md') || content.includes(IMPORT)) return;
      // Insert after the frontmatter so mdsvex still finds it at the top of the file.
      const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(content);
      const at = fm ? fm[0].length : 0;
      return { code: `${content.slice(0, at)}<script>\n  ${IMPORT}\n</script>\n\n${content.slice(at)}` };
    }
  };
}
