import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, expect } from 'vitest';
import { onI18nProblem, type I18nProblem } from '../../renderer/src/i18n/i18n-problems';

// Any missing translation, or a key that names a group of strings, fails the test that rendered
// it (in either language). A test that provokes one on purpose clears `i18nProblems` itself.
export const i18nProblems: I18nProblem[] = [];
onI18nProblem((problem) => i18nProblems.push(problem));

beforeEach(() => {
  i18nProblems.length = 0;
});

afterEach(() => {
  const problems = i18nProblems.splice(0).map((p) => `${p.kind} ${p.language} ${p.key}`);
  expect(problems, 'translation problems').toEqual([]);
});
