import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

// axe is injected as a script: specs that use it need `test.use({ bypassCSP: true })`, since the
// app's CSP (rightly) forbids that.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** WCAG 2.1 A/AA problems axe finds in `main` or in the whole document. */
export async function axeViolations(
  page: Page,
  scope: 'main' | 'document',
): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(within === 'main' ? { include: [['main']] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, scope);
}

/** No WCAG 2.1 A/AA problem at all in the main content (the app frame is checked elsewhere). */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page, 'main');
  expect(violations.map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
}
