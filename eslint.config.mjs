// @ts-check
/**
 * `npm run lint` (with `prettier --check`). TypeScript through typescript-eslint, Astro templates
 * through eslint-plugin-astro, and its jsx-a11y rules for the markup of .astro files. Every rule
 * that is switched off says why on its line.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', '.astro/', 'node_modules/', 'screenshots/', '.bench/', 'src/schemas/json/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused parameters named with a leading underscore are kept on purpose (callbacks with a fixed shape).
      // role="list" is on purpose: Safari drops list semantics from a <ul> styled list-style: none (our list-none).
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
);
