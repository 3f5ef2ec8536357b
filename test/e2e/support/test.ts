import { test as base, expect, type BrowserContext } from '@playwright/test';
import type { I18nProblem } from '../../../renderer/src/i18n/i18n-problems';

/**
 * Every web spec's `test`: any translation missing in the UI language, or a key that names a
 * group of strings, on any screen a test renders fails that test (the app reports each lookup
 * through a page binding it calls when present). Contexts a test opens itself (the laptops of
 * the sync specs) are watched too.
 */
export const test = base.extend<{ translationProblems: I18nProblem[] }>({
  translationProblems: [
    async ({ context, browser }, use) => {
      const problems: I18nProblem[] = [];
      const watch = (watched: BrowserContext) =>
        watched.exposeBinding('amparoI18nProblem', (_source, problem: I18nProblem) => {
          problems.push(problem);
        });
      await watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const opened = await newContext(...args);
        await watch(opened);
        return opened;
      };
      try {
        await use(problems);
      } finally {
        browser.newContext = newContext;
      }
      const seen = [...new Set(problems.map((p) => `${p.kind} ${p.language} ${p.key}`))];
      expect(seen, 'translation problems on the screens this test rendered').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page, Locator, BrowserContext } from '@playwright/test';
