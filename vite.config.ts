import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Test stages (scripts/test-all.mjs runs them in this order):
//   unit     — layouts, states, validators, content checks, chart snapshots (no build needed)
//   build    — checks on the prerendered HTML in build/
//   e2e      — Chromium on the served build: scrolling, links, no-JS, reduced motion, axe
//   preview  — not a test: renders chart PNGs to look at (PREVIEW=<chart-id>)
const stage = process.env.PREVIEW ? 'preview' : (process.env.TEST_STAGE ?? 'unit');
const include = {
  unit: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/snapshot/**/*.test.ts'],
  build: ['tests/build/**/*.test.ts'],
  e2e: ['tests/e2e/**/*.test.ts'],
  preview: ['tests/preview/*.test.ts']
}[stage];

export default defineConfig({
  plugins: [sveltekit()],
  server: { fs: { allow: ['content'] } },
  test: {
    include,
    environment: 'node',
    env: { TZ: 'UTC' },
    // One Chromium at a time on a two-core machine.
    fileParallelism: stage !== 'e2e',
    testTimeout: stage === 'e2e' ? 120_000 : 10_000,
    hookTimeout: stage === 'e2e' ? 60_000 : 10_000
  }
});
