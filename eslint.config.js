// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Type-checked rules for TypeScript (the project service reads tsconfig.json,
 * so the rules see the same types as `astro check`), Astro's recommended rules
 * for components, Node and browser globals. Layout is Prettier's job.
 * Needs `astro sync` first for the types of `astro:content` (`npm run lint` does it).
 */
export default tseslint.config(
  {
    // The benchmark baseline is a separate bare Astro site, kept free of this project's tooling.
    ignores: ['dist/', '.astro/', 'tests/.tmp/', 'node_modules/', 'tests/bench/baseline/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'tests/bench/*.mjs', 'tests/support/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // tsconfig's noPropertyAccessFromIndexSignature asks for record['key']; this rule asks for the opposite.
      '@typescript-eslint/dot-notation': 'off',
      // `T[]` and `Array<T>` both read well; which to use is not worth a rule.
      '@typescript-eslint/array-type': 'off',
      // Parameters a signature needs but the body does not use start with `_`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `title || url` on strings means "an empty title counts as none", which is what we want.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // No-op callbacks are deliberate: `.catch(() => {})` on a promise awaited later, a logger that drops messages.
      '@typescript-eslint/no-empty-function': 'off',
      // `ok ? passed++ : failed++` reads as a statement.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
    },
  },
  {
    files: ['**/*.astro'],
    // astro-eslint-parser has no project service; it finds tsconfig.json itself.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // astro-eslint-parser gives JSX expressions in templates the error type, so every `.map(() => <li/>)` would be flagged.
      '@typescript-eslint/no-unsafe-return': 'off',
      // Its types also differ from astro check's: an assertion check needs (`h${n}` as 'h2' | 'h3') looks unneeded to it.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // Plain JavaScript (config, benchmarks, the inline theme script) has no types to check against.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
