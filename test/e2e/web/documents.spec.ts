import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { reloadAndUnlock, setUpPassphrase } from '../support/session';

async function savedBytes(page: Page, name: string): Promise<Buffer> {
  const download: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save a copy of ${name}` }).click();
  return readFile((await (await download).path())!);
}

test('attaches documents to a case, refuses unknown file types, and keeps them across a reload', async ({
  page,
}) => {
  // Not text-only: every byte value, so a change of encoding on the way would show.
  const scan = Buffer.concat([
    Buffer.from('%PDF-1.7\nsynthetic NTA scan\n'),
    Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
    Buffer.from('\n%%EOF'),
  ]);
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
    buffer: scan,
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
  expect(await readFile((await file.path())!)).toEqual(scan);

  await reloadAndUnlock(page);
  await expect(page.getByRole('rowheader', { name: 'nta-scan.pdf' })).toBeVisible();
  // After the reload the bytes come back from the sealed store, not from memory: the same bytes.
  const reloaded = await savedBytes(page, 'nta-scan.pdf');
  expect(reloaded.length).toBe(scan.length);
  expect(reloaded.equals(scan)).toBe(true);
});
