import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mdsvex } from 'mdsvex';
import { injectArticleComponents, moduleScriptSyntax } from './scripts/mdsvex-inject.js';

// The one inline script, the boot script at the start of <body> in src/app.html, applies the
// reader's saved theme and reading mode before the first paint (no flash of the wrong theme).
// It is allowed by its hash, read from that file, so script-src stays 'self' otherwise. Keep it
// on one line, with no '<' in it.
const boot = /<script>([^<]+)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1];
if (!boot) throw new Error('src/app.html: the boot script is missing');
const bootHash = `sha256-${createHash('sha256').update(boot).digest('base64')}`;

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
        'script-src': ['self', bootHash],
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
