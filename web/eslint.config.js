import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { featureBoundaries } from './eslint/featureBoundaries.js';

export default defineConfig(
  { ignores: ['dist', 'coverage', 'node_modules', '**/generated/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'feature-boundaries': featureBoundaries },
    rules: {
      'feature-boundaries/no-cross-feature-imports': 'error',
      // One import style: relative paths, as every file writes them.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@shared', '@shared/*'], message: 'Import src/shared by a relative path.' }] },
      ],
      // A leading underscore marks a name kept on purpose (an ignored argument, a property left out).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Missing dependencies are bugs: the few deliberate omissions say why where they happen.
      'react-hooks/exhaustive-deps': 'error',
      // Not yet: the pages load data in effects that first reset their state, and hooks keep the
      // latest callback in a ref read during render. Both are correct today; adopting these rules
      // means moving to a data loader and useEffectEvent, a change of its own.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
    },
  },
  {
    // Node scripts: the configuration of Vite, Vitest and ESLint itself, and the type generator.
    files: ['*.{js,ts}', 'eslint/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['public/sw.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    // Loaded by a plain <script> before the app, to set the theme before the first paint.
    files: ['public/theme.js'],
    languageOptions: { sourceType: 'script' },
    rules: { 'no-var': 'off' },
  },
);
