import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import type { I18nProblem } from '../../renderer/src/i18n/i18n-problems';

// Renderer test files share one jsdom per worker (vitest.config.ts). Each file still starts as in
// a fresh environment: Amparo's own modules evaluated anew (app-wide singletons such as the flush
// registry start empty; libraries in node_modules stay loaded, which is the time saved), an empty
// "disk", and no rendered tree left behind.
vi.resetModules();
// Imported after the reset, so this file and the test file share one instance of the module.
const { onI18nProblem } = await import('../../renderer/src/i18n/i18n-problems');
beforeAll(() => {
  const disk = new IDBFactory();
  globalThis.indexedDB = disk;
  Dexie.dependencies.indexedDB = disk;
});
afterEach(cleanup);

// Any missing translation, or a key that names a group of strings, fails the test that rendered
// it (in either language). A test that provokes one on purpose clears `i18nProblems` itself.
// One list per worker (files share it, one at a time), whichever copy of this module a test imports.
const sharedList = Symbol.for('amparo.test.i18nProblems');
const holder = globalThis as { [sharedList]?: I18nProblem[] };
export const i18nProblems: I18nProblem[] = (holder[sharedList] ??= []);
onI18nProblem((problem) => i18nProblems.push(problem));

beforeEach(() => {
  i18nProblems.length = 0;
});

afterEach(() => {
  const problems = i18nProblems.splice(0).map((p) => `${p.kind} ${p.language} ${p.key}`);
  expect(problems, 'translation problems').toEqual([]);
});
