import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { pageTexts } from '../../pdf/pdf-text';
import { wordZip } from '../../pdf/word-zip';
import { axeViolations } from '../support/axe';
import { setUpPassphrase } from '../support/session';
import { expect, test, type Page } from '../support/test';

const shots = resolve(import.meta.dirname, '../../../docs/screenshots');
const updateShots = process.env['AMPARO_UPDATE_SCREENSHOTS'] === '1';

test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
test.setTimeout(180_000);

async function pdfOf(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) pdf.addPage([612, 792]).drawText(`Source page ${i + 1}`);
  return Buffer.from(await pdf.save());
}

/** A real JPEG, drawn and encoded by the browser itself. */
async function jpegFrom(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 300;
    canvas.height = 200;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#4a7';
    context.fillRect(0, 0, 300, 200);
    return canvas.toDataURL('image/jpeg', 0.8);
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

async function noSeriousViolations(page: Page, what: string) {
  const serious = (await axeViolations(page, 'document'))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.targets.length})`);
  expect(serious, what).toEqual([]);
}

test('builds an exhibit packet whose pages, numbers, index and certificate read back', async ({
  page,
}) => {
  await page.goto('./');
  await setUpPassphrase(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Family name (as on the NTA)').fill('Peña');
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('link', { name: 'Documents', exact: true }).click();
  await page.getByLabel('Choose files…').setInputFiles([
    { name: 'birth-certificate.pdf', mimeType: 'application/pdf', buffer: await pdfOf(2) },
    { name: 'sponsor-letter.pdf', mimeType: 'application/pdf', buffer: await pdfOf(1) },
    { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await jpegFrom(page) },
    {
      name: 'statement.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(wordZip()),
    },
  ]);
  await expect(page.getByText('4 documents added.')).toBeVisible();

  await page.getByRole('link', { name: 'Exhibits', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Exhibit packet', level: 2 })).toBeVisible();
  const available = page.getByRole('region', { name: 'Case documents' });
  await expect(available.getByText(/Word documents cannot go into a packet/)).toBeVisible();
  for (const name of ['birth-certificate.pdf', 'sponsor-letter.pdf', 'photo.jpg'])
    await available.getByRole('button', { name: `Add ${name} to the packet` }).click();
  // The photo goes first, from the keyboard.
  await page.getByRole('button', { name: 'Move exhibit C up' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Move exhibit B up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Description of exhibit A')).toHaveValue('photo');
  await page
    .getByLabel('Exhibit C is translated into English (adds a certificate of translation)')
    .check();
  await page.getByLabel("Translator's name").fill('Nguyễn Thị Lan');
  await page.getByLabel("Translator's address").fill('100 Test St, Jackson, MS');
  await page.getByLabel('Translated from (language, in English)').fill('Spanish');
  await page.getByLabel('A-number').fill('A 000 000 001');
  await page.getByLabel('Immigration court (city, state)').fill('Oakdale, Louisiana');
  await page
    .getByRole('group', { name: 'Attorney on the cover' })
    .getByLabel('Name')
    .fill('Vera Abogada');
  await page.getByLabel('Mailing address').fill('1 Test Plaza, Jackson, MS');
  await page.getByLabel('Address of the office served').fill('1010 E Whatley Rd, Oakdale, LA');
  await page.getByLabel('Signed by').fill('Vera Abogada');
  await noSeriousViolations(page, 'packet builder in English');
  if (updateShots) await page.screenshot({ path: `${shots}/exhibit-packet-en.png` });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Build and save the packet' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^AMP-\d{4}-\d+-packet-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByText('Packet download started: 11 pages in one PDF.')).toBeVisible();
  const texts = await pageTexts(new Uint8Array(await readFile((await download.path())!)));
  // cover, index, A (tab, photo), B (tab, 2 pages), C (tab, 1 page, certificate), proof of service
  expect(texts).toHaveLength(11);
  texts.forEach((text, i) => expect(text).toContain(`A 000 000 001 Page ${i + 1} of 11`));
  expect(texts[0]).toContain('Peña');
  for (const [letter, range] of [
    ['A', '3-4'],
    ['B', '5-7'],
    ['C', '8-10'],
  ] as const) {
    expect(texts[1]).toMatch(new RegExp(`${letter} \\S+ ${range}`));
    expect(texts[Number(range.split('-')[0]) - 1]).toContain(`EXHIBIT ${letter}`);
  }
  expect(texts[6]).toContain('Source page 2');
  expect(texts[9]).toContain('CERTIFICATE OF TRANSLATION');
  expect(texts[9]).toContain('Nguyễn Thị Lan');
  expect(texts[10]).toContain('PROOF OF SERVICE');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(
    page.getByRole('heading', { name: 'Paquete de anexos de prueba', level: 2 }),
  ).toBeVisible();
  await noSeriousViolations(page, 'packet builder in Spanish');
  if (updateShots) await page.screenshot({ path: `${shots}/exhibit-packet-es.png` });
});
