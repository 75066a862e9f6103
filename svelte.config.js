import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { injectArticleComponents, moduleScriptSyntax } from './scripts/mdsvex-inject.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  extensions: ['.svelte', '.md'],
  preprocess: [
    // Chapters use <Scrolly>, <Step> and <Cite> without importing them: we add the import here.
    injectArticleComponents(),
    mdsvex({ extensions: ['.md'], smartypants: { dashes: 'oldschool' } }),
    // mdsvex 0.12 writes Svelte 4's `<script context="module">`; Svelte 5 wants `<script module>`.
    moduleScriptSyntax(),
    vitePreprocess()
  ],
  compilerOptions: { runes: true },
  kit: {
    // BUILD_DIR: another output folder (the e2e tests build a sub-path copy beside build/).
    adapter: adapter({
      strict: true,
      pages: process.env.BUILD_DIR ?? 'build',
      assets: process.env.BUILD_DIR ?? 'build'
    }),
    alias: { $content: 'content', $browser: 'src/browser' },
    paths: { base: process.env.BASE_PATH ?? '', relative: true },
    // The stylesheet is small: inline it so the first paint waits for no second request.
    inlineStyleThreshold: 20_000,
    prerender: {
      handleHttpError: 'fail',
      handleMissingId: 'fail',
      handleUnseenRoutes: 'fail'
    },
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
