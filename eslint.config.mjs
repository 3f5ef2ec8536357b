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

// The staff console shares a few laptop-app pieces (listed here) and nothing that stores data:
// never renderer/src/db/** (Dexie, encryption) or renderer/src/sync/** (docs/console.md).
const consoleNoLaptopStorage = {
  group: ['**/renderer/src/db/**', '**/renderer/src/sync/**', '**/renderer/src/bridge/**'],
  message:
    'The staff console is online only: it never imports the laptop database, sync or bridge.',
};
const consoleSharedOnly = {
  regex:
    '(^|/)renderer/src/(?!components/(FieldError|TextField|LanguageSwitch)$|lib/(format|message-key|no-form-memory|preferences)$|i18n/(languages$|create-instance$|i18n-problems$|locales/(en|es)/(validation|caseFile|drafts)\\.json$)|styles/app\\.css$)',
  message:
    'The console shares only the renderer pieces listed in eslint.config.mjs (components, lib, i18n); see docs/console.md.',
};
const browserStorage = ['localStorage', 'sessionStorage', 'indexedDB', 'caches'].map((name) => ({
  name,
  message: 'The staff console keeps no client data in the browser: fetch it, show it, forget it.',
}));

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
      // Mutation testing's sandboxes and reports (scripts/mutate.mjs).
      '.stryker',
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
    files: ['console/src/**/*.ts', 'console/src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': restrict(
        noNode,
        noElectron,
        noServer,
        noElectronDir,
        noDexie,
        consoleNoLaptopStorage,
        consoleSharedOnly,
      ),
      'no-restricted-globals': ['error', ...browserStorage],
      'no-restricted-properties': [
        'error',
        ...['localStorage', 'sessionStorage', 'indexedDB', 'caches'].map((property) => ({
          object: 'window',
          property,
          message: 'The staff console keeps no client data in the browser.',
        })),
        { object: 'document', property: 'cookie', message: 'Tokens never go in cookies.' },
      ],
    },
  },
  {
    // Tests look into storage and cookies to prove they stay empty.
    files: ['console/src/**/*.test.ts', 'console/src/**/*.test.tsx'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
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
