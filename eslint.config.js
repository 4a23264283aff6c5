import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noNode = { group: ['node:*'], message: 'core/ is pure: pass I/O in from services.' };
const uiLibs = ['react', 'ink', 'react/*', 'ink-*'];
const ioLibs = ['node-fetch', 'conf', 'linkedom', '@mozilla/readability', 'p-limit'];

/** Layering from STYLE.md: cli → commands → (ui | output) → services → core, never upward. */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'editions/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...uiLibs, ...ioLibs].filter((p) => !p.includes('*')),
        patterns: [noNode, { group: [...new Set([...uiLibs, ...ioLibs].map((p) => (p.includes('*') ? p : `${p}/*`)))], message: 'core/ is pure: no UI or I/O libraries.' }, { group: ['**/services/*', '**/ui/*', '**/commands/*', '**/output/*', '**/cli', '**/program'], message: 'core/ imports nothing above it.' }],
      }],
      'no-restricted-globals': ['error', 'process', 'fetch'],
      // Time comes in as an argument so the core stays deterministic.
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass `now` in.' },
      ],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'ink'],
        patterns: [{ group: ['**/ui/*', '**/commands/*', '**/output/*', '**/cli', '**/program'], message: 'services/ import only core/.' }],
      }],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['node-fetch', 'conf'],
        patterns: [{ group: ['**/commands/*', '**/cli', '**/program'], message: 'ui/ gets services through context.' }],
      }],
    },
  },
  {
    files: ['src/output/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'ink', 'node-fetch', 'conf'],
        patterns: [{ group: ['**/ui/*', '**/commands/*', '**/cli', '**/program'], message: 'output/ prints result objects only.' }],
      }],
    },
  },
  {
    // Plain JS scripts (bench, scripts) run on Node; TypeScript checks the rest.
    files: ['**/*.js', '**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
  {
    // CommonJS entries of the bundle's parts (scripts/vendor/): require is how they import.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
