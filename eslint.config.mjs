// Module boundaries live here, not in review: a violation fails `npm run lint`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Exact names (not gitignore-style patterns): a pattern such as `domain` would also match our own
// `core/domain` folder.
const nodeBuiltinPaths = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)].map(
  (name) => ({ name, message: 'Node built-ins are not available here.' }),
);

const noNode = { group: ['node:*'], message: 'Node built-ins are not available here.' };
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/ may import electron.',
};
const noServer = {
  group: ['**/server/**', '@server/*'],
  message: 'The server is a separate program.',
};
const noRenderer = { group: ['**/renderer/**'], message: 'The renderer is a separate program.' };
const noElectronDir = {
  group: ['**/electron/main/**', '**/electron/preload/**'],
  message: 'Electron main/preload code is a separate program.',
};
const noDexie = {
  group: ['dexie', 'dexie/*', 'dexie-react-hooks'],
  message: 'Only renderer/src/db/ may import Dexie; use a repository or hook.',
};
const noUi = {
  group: ['react', 'react-dom', 'react/*', 'i18next', 'react-i18next'],
  message: 'core/ is pure.',
};

const restrict = (...patterns) =>
  patterns.includes(noNode)
    ? ['error', { paths: nodeBuiltinPaths, patterns }]
    : ['error', { patterns }];
const amparoGlobal = [
  'error',
  { name: 'amparo', message: 'Only renderer/src/bridge/ may touch window.amparo.' },
];
const amparoProperty = [
  'error',
  {
    object: 'window',
    property: 'amparo',
    message: 'Only renderer/src/bridge/ may touch window.amparo.',
  },
  {
    object: 'globalThis',
    property: 'amparo',
    message: 'Only renderer/src/bridge/ may touch window.amparo.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'release',
      'release-smoke',
      'coverage',
      '.data',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        noNode,
        noElectron,
        noServer,
        noRenderer,
        noElectronDir,
        noDexie,
        noUi,
        { group: ['@core/*'], message: 'Inside core/, use relative imports.' },
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': restrict(noNode, noElectron, noServer, noElectronDir, noDexie),
      'no-restricted-globals': amparoGlobal,
      'no-restricted-properties': amparoProperty,
      'no-restricted-syntax': [
        'error',
        {
          // `(window as …).amparo` slips past no-restricted-properties.
          selector:
            'MemberExpression[property.name="amparo"][object.type=/^(TSAsExpression|TSNonNullExpression|TSTypeAssertion)$/]',
          message: 'Only renderer/src/bridge/ may touch window.amparo.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts', 'renderer/src/db/**/*.tsx'],
    rules: { 'no-restricted-imports': restrict(noNode, noElectron, noServer, noElectronDir) },
  },
  {
    files: ['renderer/src/bridge/**/*.ts'],
    rules: {
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(noServer, noRenderer, noDexie) },
  },
  {
    // Main labels menus and notifications with the renderer's desktop strings: JSON data, not code.
    files: ['electron/main/i18n/desktop-strings.ts'],
    rules: {
      'no-restricted-imports': restrict(noServer, noDexie, {
        regex: '(^|/)renderer/(?!src/i18n/locales/(en|es)/desktop\\.json$)',
        message: 'The renderer is a separate program.',
      }),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(noNode, noServer, noRenderer, noDexie) },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(noElectron, noRenderer, noElectronDir, noDexie) },
  },
  {
    // Web specs take `test` from support/test.ts, which fails a test on any translation problem.
    files: ['test/e2e/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import test and expect from '../support/test' (it checks translations).",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'scripts/**/*.ts',
      'bench/**/*.mjs',
      'bench/**/*.ts',
      'test/sync-sim/cli.ts',
      'server/src/main.ts',
      'server/src/cli/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
