import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import laptopEn from '../../../renderer/src/i18n/locales/en/attachments.json' with { type: 'json' };
import laptopEs from '../../../renderer/src/i18n/locales/es/attachments.json' with { type: 'json' };
import { zipBytes } from '../../../server/src/test-support/document-fixtures';
import { ApiDevice, openDemoLaptop, serverUrl, signInToConsole } from '../support/console';
import { expect, test, type Page } from '../support/test';

// Issue 22's "done means" for documents, on the Playwright server (PostgreSQL under .ci/run and
// with DATABASE_URL): attorney 1's laptop, offline, takes a medical record dropped on a detained
// case and tags it as evidence; online, its upload is cut after the first chunk and resumes; the
// supervisor's console (another browser context) downloads the same bytes. A plain text file
// and a ZIP renamed .pdf are refused by the laptop, the console and the server, with reasons.
test.setTimeout(240_000);
test.use({ actionTimeout: 15_000 });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const run = Date.now().toString(36);
const medicalName = `medical-record-${run}.pdf`;
// Two and a half chunks (1 MiB each): every byte value, so a change of encoding would show.
const medical = Buffer.concat([
  Buffer.from('%PDF-1.7\n% synthetic medical record\n'),
  randomBytes(2.5 * 1024 * 1024),
  Buffer.from('\n%%EOF\n'),
]);
const plainText = Buffer.from('Medical record typed as plain text, not a scan.\n'.repeat(20));
const renamedZip = zipBytes();

async function syncNow(page: Page) {
  await page.locator('.sync-indicator').getByRole('button', { name: 'Sync now' }).click();
}

async function expectSynced(page: Page) {
  await expect(page.locator('.sync-indicator .sync-state')).toHaveText(
    /^Synced[^·]*$|^Synced .*items? to review$/,
    { timeout: 30_000 },
  );
}

/** Drops a file on the Documents page's drop zone, as a file dragged from the desktop would. */
async function dropFile(page: Page, name: string, bytes: Buffer, type: string) {
  const transfer = await page.evaluateHandle(
    ({ base64, name, type }) => {
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([raw], name, { type }));
      return data;
    },
    { base64: bytes.toString('base64'), name, type },
  );
  await page.getByText('Drop files here, or').dispatchEvent('drop', { dataTransfer: transfer });
}

/** The server's own answer to an upload of `bytes` by attorney 1 (start, one chunk, commit). */
async function serverUpload(caseId: string, name: string, bytes: Buffer) {
  const device = await ApiDevice.signIn('attorney1');
  const documentId = crypto.randomUUID();
  const call = (
    method: string,
    path: string,
    body?: Uint8Array<ArrayBuffer> | string,
    type?: string,
  ) =>
    fetch(`${serverUrl}/v1/cases/${caseId}/documents${path}`, {
      method,
      headers: {
        authorization: `Bearer ${device.token}`,
        ...(type ? { 'content-type': type } : {}),
      },
      ...(body === undefined ? {} : { body }),
    });
  const start = await call(
    'POST',
    '/uploads',
    JSON.stringify({ documentId, name, size: bytes.length, sha256: sha256(bytes) }),
    'application/json',
  );
  expect(start.status, await start.clone().text()).toBe(200);
  const chunk = await call(
    'PUT',
    `/${documentId}/chunks/0`,
    new Uint8Array(bytes),
    'application/octet-stream',
  );
  expect(chunk.status, await chunk.clone().text()).toBe(200);
  const commit = await call('POST', `/${documentId}/commit`);
  const list = await call('GET', '');
  const listed = ((await list.json()) as { documents: { id: string }[] }).documents;
  return {
    status: commit.status,
    body: (await commit.json()) as { code?: string; message?: string },
    stored: listed.some((d) => d.id === documentId),
  };
}

test('a medical record dropped offline syncs through a cut, the supervisor downloads the same bytes, and wrong files are refused everywhere', async ({
  browser,
}) => {
  const attorneyContext = await browser.newContext();
  const attorney = await openDemoLaptop(attorneyContext, 'attorney1');

  // 1. Offline, on a detained case: the medical record is dropped and tagged as bond evidence.
  await attorney.getByRole('link', { name: 'Cases', exact: true }).click();
  const caseLink = attorney
    .getByRole('row')
    .filter({ hasText: 'Detained' })
    .first()
    .getByRole('rowheader')
    .getByRole('link');
  const client = (await caseLink.textContent())!.trim();
  await caseLink.click();
  const caseId = /\/cases\/([0-9a-f-]{36})/.exec(attorney.url())![1]!;
  await attorneyContext.setOffline(true);
  const sections = attorney.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Defenses' }).click();
  // Bond goes on the case by hand (unless an earlier run on this server put it there).
  const bond = 'Bond (custody redetermination)';
  const defense = attorney.getByLabel('Defense', { exact: true });
  const checklist = attorney.getByRole('link', { name: `Open the checklist for ${bond}` });
  // Decided once the page has drawn the case's defenses (before that no checklist is listed).
  await expect(attorney.getByRole('heading', { name: 'Add a defense by hand' })).toBeVisible();
  if ((await checklist.count()) === 0) {
    await defense.selectOption({ label: bond });
    await attorney.getByRole('button', { name: 'Add to this case' }).click();
  }
  await expect(checklist).toBeVisible();
  await sections.getByRole('link', { name: 'Documents' }).click();
  await dropFile(attorney, medicalName, medical, 'application/pdf');
  await expect(attorney.getByRole('status').filter({ hasText: '1 document added.' })).toBeVisible();
  const row = attorney.getByRole('row').filter({
    has: attorney.getByRole('rowheader', { name: medicalName }),
  });
  await expect(row).toContainText('Waiting to be sent');
  await row.getByText('Not tagged as evidence').click();
  // The box follows the saved checklist (written, then read back), so a click, then its state.
  const tag = row
    .getByRole('group', { name: `${medicalName} as evidence for Bond (custody redetermination)` })
    .getByRole('checkbox', { name: 'Medical records' });
  await tag.click();
  await expect(tag).toBeChecked();
  await expect(row).toContainText('Evidence: Medical records');
  await expect(attorney.locator('.sync-indicator')).toContainText('1 document waiting');
  // The bond checklist shows the item received, with the document, and no longer missing.
  await sections.getByRole('link', { name: 'Defenses' }).click();
  await attorney.getByRole('link', { name: `Open the checklist for ${bond}` }).click();
  const evidence = attorney.getByRole('region', { name: 'Evidence' });
  const item = evidence.getByRole('group', { name: /^Medical records/ });
  await expect(item).toContainText(medicalName);
  await expect(item.getByRole('radio', { name: 'Received' })).toBeChecked();
  await expect(evidence.getByRole('note')).not.toContainText('Medical records');
  await sections.getByRole('link', { name: 'Documents' }).click();

  // The laptop refuses a plain text file and a ZIP renamed .pdf, saying why.
  await attorney.getByLabel('Choose files…').setInputFiles({
    name: 'medical-notes.txt',
    mimeType: 'text/plain',
    buffer: plainText,
  });
  await expect(attorney.getByRole('alert')).toHaveText(
    'That kind of file cannot be attached: plain text files are not accepted as evidence. Save it as PDF first.',
  );
  await dropFile(attorney, 'scans.pdf', renamedZip, 'application/pdf');
  await expect(attorney.getByRole('alert')).toHaveText(
    'That kind of file cannot be attached: it is a ZIP archive, not a Word document. Attach the files inside it one by one.',
  );
  await expect(attorney.getByRole('rowheader', { name: 'scans.pdf' })).toHaveCount(0);
  await expect(attorney.getByRole('rowheader', { name: 'medical-notes.txt' })).toHaveCount(0);

  // 2. Online: the connection drops while chunk 1 of 3 is on its way; the next sync resumes.
  const sentChunks: number[] = [];
  attorney.on('request', (request) => {
    const match = /\/documents\/[^/]+\/chunks\/(\d+)$/.exec(new URL(request.url()).pathname);
    if (match && request.method() === 'PUT') sentChunks.push(Number(match[1]));
  });
  let cut = false;
  await attorneyContext.route(/\/chunks\/1$/, async (route) => {
    if (cut) return route.continue();
    cut = true;
    await route.abort('connectionreset');
  });
  await attorneyContext.setOffline(false);
  await syncNow(attorney);
  await expect.poll(() => cut).toBe(true);
  await expect(row).not.toContainText('At MCJ');
  await syncNow(attorney);
  await expectSynced(attorney);
  await expect(row).toContainText('At MCJ');
  // Chunk 0 was sent once: the resumed upload sent only what the server did not hold.
  expect(sentChunks.filter((index) => index === 0)).toEqual([0]);
  expect(sentChunks.filter((index) => index === 2)).toEqual([2]);
  expect(sentChunks.filter((index) => index === 1)).toEqual([1, 1]);

  // 3. The supervisor, in the staff console, downloads it: the same bytes, once on the server.
  const consoleContext = await browser.newContext();
  const supervisor = await consoleContext.newPage();
  await signInToConsole(supervisor, 'supervisor');
  await supervisor.getByRole('link', { name: 'Cases', exact: true }).click();
  await supervisor
    .getByRole('row')
    .filter({ hasText: client })
    .getByRole('rowheader')
    .getByRole('link')
    .click();
  const documents = supervisor.getByRole('region', { name: 'Documents' });
  await expect(documents.getByRole('rowheader', { name: medicalName })).toHaveCount(1);
  const downloading: Promise<Download> = supervisor.waitForEvent('download');
  await documents.getByRole('button', { name: `Download ${medicalName}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(medicalName);
  const received = await readFile((await download.path())!);
  expect(received.length).toBe(medical.length);
  expect(sha256(received)).toBe(sha256(medical));

  // The console refuses the same two files before sending anything, in the reader's language.
  const add = documents.getByLabel('Add a document to this case');
  await add.setInputFiles({ name: 'medical-notes.txt', mimeType: 'text/plain', buffer: plainText });
  await expect(documents.getByRole('alert')).toHaveText(
    'Plain text files are not accepted as evidence. Save it as PDF first.',
  );
  await supervisor.getByRole('button', { name: 'Español' }).click();
  const documentos = supervisor.getByRole('region', { name: 'Documentos' });
  await documentos
    .getByLabel('Agregar un documento a este caso')
    .setInputFiles({ name: 'scans.pdf', mimeType: 'application/pdf', buffer: renamedZip });
  await expect(documentos.getByRole('alert')).toHaveText(
    'Ese archivo es un ZIP, no un documento de Word. Agregue uno por uno los archivos que contiene.',
  );

  // 4. The server refuses them on its own (a client that skips the laptop's check): nothing is
  // stored, and its reason is one the laptop shows on the document's row in both languages.
  const text = await serverUpload(caseId, 'medical-notes.pdf', plainText);
  expect(text).toMatchObject({
    status: 400,
    body: { code: 'validation_failed', message: 'attachment_text' },
    stored: false,
  });
  const zip = await serverUpload(caseId, 'scans.pdf', renamedZip);
  expect(zip).toMatchObject({
    status: 400,
    body: { code: 'validation_failed', message: 'attachment_zip_not_docx' },
    stored: false,
  });
  for (const reason of ['attachment_text', 'attachment_zip_not_docx'] as const) {
    expect(laptopEn.refused[reason]).toMatch(/^That kind of file cannot be attached: /);
    expect(laptopEs.refused[reason]).toMatch(/^Ese tipo de archivo no se puede adjuntar: /);
  }

  await attorneyContext.close();
  await consoleContext.close();
});
