// @ts-check
/**
 * `npm run lint` (with `--max-warnings 0`, `astro check` and `prettier --check`). TypeScript through
 * typescript-eslint's type-checked rules, Astro templates through eslint-plugin-astro, and its
 * jsx-a11y rules for the markup of .astro files. Every rule that is switched off says why on its line.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', '.astro/', 'node_modules/', 'screenshots/', '.bench/', 'src/schemas/json/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    // The TypeScript language service behind projectService does not read .astro files; their types
    // are `astro check`'s (in `npm run lint`, warnings failing too). JavaScript files (configs, the
    // lockfile helper) have no types of their own to check against.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused parameters named with a leading underscore are kept on purpose (callbacks with a fixed shape).
      // role="list" is on purpose: Safari drops list semantics from a <ul> styled list-style: none (our list-none).
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Views import with the `@/` alias, so that a view reads the same wherever it sits and can move.
    files: ['src/components/views/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', './*'], message: "Views import with the '@/' alias (e.g. '@/components/PageIntro.astro')." }] },
      ],
    },
  },
);
