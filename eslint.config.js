// Layering (../shared/DESIGN.md): each folder may import only the layers below it.
// The rules here make a wrong import a lint error rather than a review comment.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'http',
  'crypto',
  'url',
  'stream',
  'zlib',
];

function forbid(groups, message) {
  return { group: groups, message };
}

const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '**/dist/',
      'release/',
      '.tsbuild/',
      'test-results/',
      'playwright-report/',
      // AssemblyScript (its own types: i32, f64, load<T>); checked by its compiler, asc.
      'corpus/common/align/assembly/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['scripts/**', 'bin/**', 'test/**', '*.config.*', 'corpus/node/**', 'electron/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The CLI's launcher is CommonJS so that Node starts it without its ES module loader.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  layer(
    ['shared/**'],
    [
      forbid(nodeBuiltins, 'shared/ is pure: no Node built-ins.'),
      forbid(
        ['electron', 'better-sqlite3', 'react', 'react-dom', 'monaco-editor', '@monaco-editor/*'],
        'shared/ imports nothing but itself.',
      ),
      forbid(
        ['**/corpus/**', '**/renderer/**', '**/electron/**', '**/test/**'],
        'shared/ imports nothing but itself.',
      ),
    ],
  ),
  layer(
    ['corpus/common/**'],
    [
      forbid(nodeBuiltins, 'corpus/common is pure TypeScript: no Node built-ins.'),
      forbid(
        ['electron', 'better-sqlite3', 'react', 'react-dom', 'monaco-editor', '@monaco-editor/*'],
        'corpus/common may import only shared/.',
      ),
      forbid(
        ['**/corpus/node/**', '../node/**', '**/renderer/**', '**/electron/**'],
        'corpus/common may import only shared/.',
      ),
    ],
  ),
  layer(
    ['corpus/node/**'],
    [
      forbid(
        ['electron', 'react', 'react-dom', 'monaco-editor', '@monaco-editor/*'],
        'corpus/node must run without Electron or a DOM.',
      ),
      forbid(
        ['**/renderer/**', '**/electron/**'],
        'corpus/node must not reach into the UI or the shell.',
      ),
    ],
  ),
  layer(
    ['electron/main/**'],
    [
      forbid(
        ['react', 'react-dom', 'monaco-editor', '@monaco-editor/*'],
        'electron/main never imports UI code.',
      ),
      forbid(['**/renderer/**'], 'electron/main never imports the renderer.'),
      forbid(['../preload/**', '**/electron/preload/**'], 'main and preload share only shared/.'),
    ],
  ),
  layer(
    ['electron/preload/**'],
    [
      forbid(nodeBuiltins, 'the preload exposes only the corpus bridge.'),
      forbid(
        ['better-sqlite3', 'react', 'react-dom'],
        'the preload exposes only the corpus bridge.',
      ),
      forbid(
        ['**/corpus/**', '**/renderer/**', '../main/**'],
        'the preload may only `import type` from shared/.',
      ),
    ],
  ),
  layer(
    ['renderer/**'],
    [
      forbid(nodeBuiltins, 'the renderer runs in a browser: no Node built-ins.'),
      forbid(['electron', 'better-sqlite3'], 'the renderer talks only to a CorpusClient.'),
      forbid(
        ['**/corpus/node/**', '**/electron/**'],
        'the renderer may import shared/ and corpus/common only.',
      ),
    ],
  ),
);
