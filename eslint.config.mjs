import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The module boundary (README "Architecture"): a module imports the kit, core's `index.ts` and the `index.ts`
 * of the modules listed here, nothing else of `src/`; the kit imports no module (nothing outside `src/kit/`).
 */
const MODULE_DEPENDENCIES = {
  core: [],
  news: ['core'],
  networking: ['core'],
  procurement: ['core'],
  'social-enterprise': ['core', 'procurement'],
  politics: ['core'],
  applications: ['core', 'procurement'],
  notifications: ['core'],
};

const boundary = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const moduleBoundaries = Object.entries(MODULE_DEPENDENCIES).map(([name, allowed]) => ({
  files: [`src/modules/${name}/**/*.ts`],
  rules: boundary([
    {
      regex: String.raw`^\.\./\.\./(?!kit$)`,
      message: 'A module uses the platform only through the kit: import from "../../kit".',
    },
    {
      regex: allowed.length ? String.raw`^\.\./(?!(${allowed.join('|')})$)[^.]` : String.raw`^\.\./[^.]`,
      message: allowed.length
        ? `${name} may import only the index.ts of: ${allowed.join(', ')} (its exported services and types).`
        : `${name} imports no other module.`,
    },
  ]),
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'coverage/', '**/__generated__/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  ...moduleBoundaries,
  {
    files: ['src/kit/**/*.ts'],
    rules: boundary([
      {
        regex: String.raw`^\.\./`,
        message: 'The kit imports nothing outside src/kit/ (no module, no platform file).',
      },
    ]),
  },
  {
    files: ['jest.config.js', 'test/support/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', exports: 'writable', require: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Test files of the test runtime's own test (test/support/runtime.spec.ts), in plain JavaScript.
    files: ['test/support/runtime-fixtures/*.js'],
    languageOptions: { globals: { test: 'readonly', expect: 'readonly' } },
  },
  {
    // A directory's small test files, loaded by its `cases.int-spec.ts` inside a `describe` each.
    files: ['test/*/cases.int-spec.ts'],
    rules: {
      '@typescript-eslint/no-require-imports': ['error', { allow: [String.raw`^\./[\w-]+\.cases$`] }],
    },
  },
  {
    files: ['src/cli/**', 'bench/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
