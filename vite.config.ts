import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `npm run dev` reloads the page when a chapter, a chart or a component changes. The page is
 * rendered on the server and not hydrated, so those modules are not in the browser's module
 * graph and Vite would not tell the browser; this plugin does (a full reload, which keeps the
 * URL fragment, so the reader stays at their step).
 */
function reloadOnServerChange(): Plugin {
  return {
    name: 'reload-on-server-change',
    apply: 'serve',
    hotUpdate({ file, server }) {
      if (/\/(content|src)\//.test(file) && !file.includes('/src/browser/')) {
        server.ws.send({ type: 'full-reload' });
      }
    }
  };
}

// Test stages, picked by TEST_STAGE (scripts/test-all.mjs runs them in order and sets it):
//   unit     — layouts, states, validators, content checks, chart snapshots (no build needed)
//   layout   — every chart label measured in Chromium: inside the frame, no overlaps (no build needed)
//   build-html — checks on the prerendered HTML in build/
//   e2e      — Chromium on the served build: scrolling, links, no-JS, reduced motion, axe
//   engines  — the core reading checks in Firefox and WebKit (Debian's firefox-esr, WebKitGTK)
//   preview  — not a test: renders chart PNGs to look at (`PREVIEW=<chart-id> npm run charts:preview`)
const stages: Record<string, string[]> = {
  unit: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/snapshot/**/*.test.ts'],
  layout: ['tests/layout/**/*.test.ts'],
  'build-html': ['tests/build/**/*.test.ts'],
  e2e: ['tests/e2e/**/*.test.ts'],
  engines: ['tests/engines/**/*.test.ts'],
  preview: ['tests/preview/*.test.ts']
};
const stage = process.env.TEST_STAGE ?? 'unit';
const include = stages[stage];
if (!include) throw new Error(`Unknown TEST_STAGE "${stage}". Stages: ${Object.keys(stages).join(', ')}`);
const inBrowser = stage === 'e2e' || stage === 'layout';

export default defineConfig({
  plugins: [sveltekit(), reloadOnServerChange()],
  server: { fs: { allow: ['content'] } },
  test: {
    include,
    environment: 'node',
    env: { TZ: 'UTC' },
    // One Chromium at a time on a two-core machine.
    fileParallelism: !inBrowser,
    // Firefox and WebKit side by side: they spend most of their time waiting for the page's tweens.
    ...(stage === 'engines' ? { maxWorkers: 2 } : {}),
    testTimeout: inBrowser ? 120_000 : 10_000,
    hookTimeout: inBrowser ? 60_000 : 10_000
  }
});
