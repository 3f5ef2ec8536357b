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

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * WCAG 2.2 A/AA problems axe finds in `main`, in the whole document, or inside the elements a
 * CSS selector names (an open dialog, a conflict card).
 */
export async function axeViolations(
  page: Page,
  scope: 'main' | 'document' | { readonly selector: string },
): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const include = scope === 'document' ? null : scope === 'main' ? 'main' : scope.selector;
  return page.evaluate(
    async ({ within, tags }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe;
      const result = (await axe.run(within ? { include: [[within]] } : document, {
        runOnly: { type: 'tag', values: tags },
      })) as {
        violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
      };
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { within: include, tags: wcagTags },
  );
}

/** No WCAG 2.2 A/AA problem at all, of any impact, in the scope (main content by default). */
export async function expectAccessible(
  page: Page,
  scope: Parameters<typeof axeViolations>[1] = 'main',
  what = '',
): Promise<void> {
  const violations = await axeViolations(page, scope);
  expect(
    violations.map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`),
    what,
  ).toEqual([]);
}
