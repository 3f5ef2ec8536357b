import { expect, test } from '../support/test';
import { reloadAndUnlock, setUpPassphrase } from '../support/session';

test('attaches documents to a case, refuses unknown file types, and keeps them across a reload', async ({
  page,
}) => {
  await page.goto('./');
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Family name (as on the NTA)').fill('Documento');
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByText('No documents yet.')).toBeVisible();

  await page.getByLabel('Choose files…').setInputFiles({
    name: 'nta-scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\nsynthetic NTA scan\n%%EOF'),
  });
  await expect(page.getByText('1 document added.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'nta-scan.pdf' })).toBeVisible();

  await page.getByLabel('Choose files…').setInputFiles({
    name: 'tool.exe',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]),
  });
  await expect(page.getByText('That kind of file cannot be attached.')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of nta-scan.pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^AMP-\d{4}-\d{6}-document-1\.pdf$/);

  await reloadAndUnlock(page);
  await expect(page.getByRole('rowheader', { name: 'nta-scan.pdf' })).toBeVisible();
});
