import { resolve } from 'node:path';
import { latestTemplate } from '../../../core/templates';
import { agreeWording, wordingForm } from '../../../core/templates/spanish-agreement';
import { pageTexts } from '../../pdf/pdf-text';
import { axeViolations } from '../support/axe';
import { setUpPassphrase } from '../support/session';
import { expect, test, type Page } from '../support/test';

const shots = resolve(import.meta.dirname, '../../../docs/screenshots');
const updateShots = process.env['AMPARO_UPDATE_SCREENSHOTS'] === '1';

test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
test.setTimeout(180_000);

async function noSeriousViolations(page: Page, what: string) {
  const serious = (await axeViolations(page, 'document'))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.targets.length})`);
  expect(serious, what).toEqual([]);
}

test('the visit kit prints the interview’s questions in order, in the language chosen', async ({
  page,
}) => {
  const template = latestTemplate('detained-client')!;
  await page.goto('./');
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Family name (as on the NTA)').fill('Visita');
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('link', { name: 'Interviews', exact: true }).click();
  const launcher = page.getByRole('region', { name: 'Paper kit for a visit' });
  await launcher.getByLabel('Interview for the kit').selectOption(template.id);
  await launcher.getByLabel('Language of the kit').selectOption('es');
  await launcher.getByRole('link', { name: 'Open the visit kit' }).click();

  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('This copy is not encrypted');
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kit de visita');
  await noSeriousViolations(page, 'visit kit in Spanish');
  if (updateShots) await page.screenshot({ path: `${shots}/visit-kit-es.png` });

  const pdf = await page.pdf({ format: 'Letter' });
  // Lines wrap anywhere on paper: compare without whitespace.
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  const text = squeeze((await pageTexts(new Uint8Array(pdf))).join(''));
  // No gender is recorded for a new case: Spanish wording agrees as the app does.
  const form = wordingForm('unknown');
  let from = 0;
  for (const section of template.sections) {
    for (const question of section.questions) {
      const prompt = squeeze(agreeWording(question.attorneyPrompt.es, form)).slice(0, 24);
      const at = text.indexOf(prompt, from);
      expect(at, `question ${question.id} after the previous one`).toBeGreaterThanOrEqual(from);
      from = at;
    }
  }
  expect(text).toContain(squeeze('Hoja del plan de liberación'));
  expect(text).not.toContain(squeeze('Release plan worksheet'));

  await page.goBack();
  const again = page.getByRole('region', { name: 'Paper kit for a visit' });
  await again.getByLabel('Interview for the kit').selectOption(template.id);
  await again.getByLabel('Language of the kit').selectOption('en');
  await page.getByRole('link', { name: 'Open the visit kit' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    `Visit kit: ${template.title.en}`,
  );
  await noSeriousViolations(page, 'visit kit in English');
  if (updateShots) await page.screenshot({ path: `${shots}/visit-kit-en.png` });

  // Data entry afterwards: the interview screen numbers questions as the paper does.
  await page.getByRole('link', { name: 'Back to the case' }).click();
  await page.getByRole('link', { name: 'Interviews', exact: true }).click();
  await page.getByLabel('Interview template').selectOption(template.id);
  await page.getByRole('button', { name: 'Start interview' }).click();
  const second = template.sections[1]!;
  await page.getByRole('button', { name: `Next section: ${second.title.en}` }).click();
  await expect(page.getByRole('heading', { level: 3, name: second.title.en })).toBeVisible();
  const firstOfSecond = page.locator(
    `[data-question="${second.questions[0]!.id}"] .question-number`,
  );
  await expect(firstOfSecond).toHaveText(`${template.sections[0]!.questions.length + 1}.`);
});
