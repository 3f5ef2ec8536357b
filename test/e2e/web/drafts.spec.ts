import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/test';
import JSZip from 'jszip';
import { expectAccessible } from '../support/axe';
import { setUpPassphrase } from '../support/session';

// Synthetic person only: "Ana Prueba".

/** The visible text of a WordprocessingML part. */
function wordText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
}

// axe is injected as a script; the app's CSP (rightly) forbids that.
test.use({ bypassCSP: true });

test('drafts: missing data first, then a motion to continue downloads without the client name', async ({
  page,
}) => {
  await page.goto('./');
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Family name (as on the NTA)').fill('Prueba');
  await page.getByLabel('Given names').fill('Ana');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Prueba' })).toBeVisible();
  const identity = page.getByRole('region', { name: 'Identity' });
  await identity.getByLabel('A-number').fill('a-12345678');
  await expect(identity.getByRole('status')).toContainText('Saved at');

  const tabs = page.getByRole('navigation', { name: 'Case sections' });
  await tabs.getByRole('link', { name: 'Drafts' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Drafts' })).toBeVisible();
  await page.getByRole('radio', { name: /^Motion to continue/ }).check();
  const missing = page.getByRole('region', { name: 'Missing data' });
  const inAmparo = missing.getByRole('region', { name: 'Fill in Amparo' });
  await expect(inAmparo).toContainText('Immigration court');
  await expect(inAmparo).toContainText('Next hearing date');
  await expect(inAmparo).not.toContainText('A-number');
  await expect(missing.getByRole('region', { name: 'Complete in the document' })).toContainText(
    "DHS's position on the motion",
  );
  await expectAccessible(page);

  // The missing court: follow the link, fill it, come back.
  await inAmparo
    .getByRole('listitem')
    .filter({ hasText: 'Immigration court' })
    .getByRole('link', { name: 'Fill in: Court and hearings' })
    .click();
  const court = page.getByRole('region', { name: 'Immigration court' });
  await court.getByLabel('Immigration court', { exact: true }).fill('Memphis Immigration Court');
  await expect(court.getByRole('status')).toContainText('Saved at');
  await tabs.getByRole('link', { name: 'Drafts' }).click();
  await page.getByRole('radio', { name: /^Motion to continue/ }).check();
  await expect(
    page.getByRole('region', { name: 'Fill in Amparo' }).getByText('Immigration court'),
  ).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate Word document (.docx)' }).click();
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^AMP-\d{4}-\d+-motion-to-continue-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(name).not.toMatch(/Ana|Prueba/);
  await expect(
    page.getByRole('status').filter({ hasText: `Download started: ${name}.` }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Export log' })).toContainText(name);

  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const body = wordText(await zip.file('word/document.xml')!.async('string'));
  expect(body).toContain("RESPONDENT'S MOTION TO CONTINUE");
  expect(body).toContain('Prueba, Ana');
  expect(body).toContain('Memphis Immigration Court');
  expect(body).toContain('[[next hearing date]]');
  expect(body).toContain('8 CFR 1003.29');
  const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
  expect(headers.length).toBeGreaterThan(0);
  for (const header of headers) {
    expect(wordText(await zip.file(header)!.async('string'))).toContain('A-Number: A 012 345 678');
  }
});
