import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The page's script, built after the site (`npm run build`): src/browser/main.ts and, as
 * separate chunks loaded on demand, one per chart. Written into build/js/ with relative URLs,
 * so the site still works under a sub-path. Everything under src/browser/ ships; so do the chart
 * folders and the chart kit it imports from src/lib/charts/ — nothing else.
 */
export default defineConfig({
  resolve: {
    alias: {
      $lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
      $content: fileURLToPath(new URL('./content', import.meta.url))
    }
  },
  base: './',
  build: {
    outDir: `${process.env.BUILD_DIR ?? 'build'}/js`,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: {
      // One entry per kind of page (each page loads exactly one); they share the chart chunks.
      // main: the article; present, copy: the classroom pages; embed: the embed pages (src/routes/embed/).
      input: {
        main: 'src/browser/main.ts',
        present: 'src/browser/present.ts',
        copy: 'src/browser/copy.ts',
        embed: 'src/browser/embed.ts'
      },
      // Entries keep fixed names (the HTML points at them; hosts revalidate them); chunks are hashed.
      output: { entryFileNames: '[name].js', chunkFileNames: 'c/[name].[hash].js' }
    }
  }
});
