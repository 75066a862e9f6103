import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/**
 * The page's script, built after the site (`npm run build`): src/islands/main.ts and, as
 * separate chunks loaded on demand, one per chart. Written into build/islands/ with relative
 * URLs, so the site still works under a sub-path.
 */
export default defineConfig({
  plugins: [svelte()],
  resolve: {
    alias: {
      $lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
      $content: fileURLToPath(new URL('./content', import.meta.url))
    }
  },
  base: './',
  build: {
    outDir: 'build/islands',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: {
      input: 'src/islands/main.ts',
      // The entry keeps a fixed name (the HTML points at it; hosts revalidate it); chunks are hashed.
      output: { entryFileNames: 'main.js', chunkFileNames: 'c/[name].[hash].js' }
    }
  }
});
