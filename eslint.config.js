import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    rules: {
      // {@html} only ever receives our own build-time markup (static islands), never user input.
      'svelte/no-at-html-tags': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-nocheck': 'allow-with-description' }]
    }
  },
  {
    // Measurement scripts adapted from shared/bench: kept close to the originals.
    files: ['scripts/bench/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' }
  },
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'tests/snapshot/svg/'] }
);
