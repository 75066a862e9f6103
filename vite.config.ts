import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  server: { fs: { allow: ['content'] } },
  test: {
    include: process.env.PREVIEW
      ? ['tests/preview/*.test.ts']
      : ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/snapshot/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' }
  }
});
