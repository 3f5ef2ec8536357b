import { PDFDocument } from '@cantoo/pdf-lib';
import type { CaseFile } from '@core/domain/case-file';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { syntheticProfile } from '@core/drafts/draft-input.fixture';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { packetFonts } from '../../../../test/pdf/pdf-text';
import { wordZip } from '../../../../test/pdf/word-zip';
import { setBridgeForTests } from '../../bridge';
import { createTestBridge } from '../../bridge/test-bridge';
import { attachmentsRepository } from '../../db/attachments-repository';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { draftsRepository } from '../../db/drafts-repository';
import { settingsRepository } from '../../db/settings-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { todayInChicago } from '../../lib/format';
import { CaseLayout } from '../case-file/CaseLayout';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { ExhibitsPage } from './ExhibitsPage';
import { packetDraftId } from './usePacketSetup';

vi.mock('./packet-fonts', () => ({ packetFonts: async () => packetFonts() }));

const WAIT = { timeout: 10_000 };
let i18n: I18n;
let bridge: ReturnType<typeof createTestBridge>;
let file: CaseFile;

async function pdfOf(pages: number): Promise<ArrayBuffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) pdf.addPage();
  return (await pdf.save()).slice().buffer;
}

function renderPage() {
  const router = createMemoryRouter(
    [
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [{ path: 'exhibits', element: <ExhibitsPage /> }],
      },
    ],
    { initialEntries: [`/cases/${file.id}/exhibits`] },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  bridge = createTestBridge();
  setBridgeForTests(bridge);
  i18n = await createI18n('en');
  const synthetic = syntheticCaseFile();
  file = {
    ...synthetic,
    flags: { ...synthetic.flags, asylumProtected: false, vawaProtected1367: false },
  };
  await settingsRepository.saveProfile(syntheticProfile);
  await documentsRepository.create('case', file.id, file);
  await attachmentsRepository.add(file.id, {
    name: 'birth-certificate.pdf',
    bytes: await pdfOf(2),
  });
  await attachmentsRepository.add(file.id, { name: 'sponsor-letter.pdf', bytes: await pdfOf(1) });
  await attachmentsRepository.add(file.id, {
    name: 'statement.docx',
    bytes: wordZip().slice().buffer,
  });
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
  setBridgeForTests(undefined);
});

describe('Exhibit packet', () => {
  it('orders documents from the keyboard, checks the form, and saves one numbered PDF', async () => {
    const user = userEvent.setup();
    renderPage();
    const available = await screen.findByRole('region', { name: 'Case documents' }, WAIT);
    expect(within(available).getByText(/Word documents cannot go into a packet/)).toBeVisible();
    expect(within(available).queryByRole('button', { name: /statement\.docx/ })).toBeNull();
    await user.click(within(available).getByRole('button', { name: /birth-certificate\.pdf/ }));
    await user.click(within(available).getByRole('button', { name: /sponsor-letter\.pdf/ }));

    await user.click(screen.getByRole('button', { name: 'Move exhibit B up' }));
    expect(screen.getByLabelText('Description of exhibit A')).toHaveValue('sponsor-letter');
    expect(screen.getByLabelText('Description of exhibit B')).toHaveValue('birth-certificate');
    expect(screen.getByText('sponsor-letter is now exhibit A.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Build and save the packet' }));
    const address = screen.getByLabelText('Address of the office served');
    await waitFor(() => expect(address).toHaveFocus());
    expect(address).toHaveAccessibleDescription('This field is required.');
    expect(bridge.saveFile).not.toHaveBeenCalled();

    await user.type(address, '1010 E Whatley Rd, Oakdale, LA');
    await user.type(
      screen.getByLabelText('Immigration court (city, state)'),
      '{Control>}a{/Control}Oakdale, Louisiana',
    );
    await user.click(screen.getByRole('button', { name: 'Build and save the packet' }));
    await screen.findByText('Packet download started: 8 pages in one PDF.', {}, WAIT);
    const request = bridge.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe(`${file.reference}-packet-${todayInChicago()}.pdf`);
    expect(request.mimeType).toBe('application/pdf');
    // cover, index, tab A, 1 page, tab B, 2 pages, proof of service
    expect((await PDFDocument.load(request.bytes)).getPageCount()).toBe(8);

    // The case's export log (synced to MCJ) records what went in, in filing order, no name.
    const attached = await attachmentsRepository.list(file.id);
    const byName = new Map(attached.map((row) => [row.name, row.id]));
    // Each exhibit by the SHA-256 of its bytes (kept since it was added, not yet sent).
    const shaOf = async (name: string) => {
      const content = await attachmentsRepository.content(byName.get(name)!);
      const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(content!)));
      return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    };
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', request.bytes));
    const logged = await waitFor(async () => {
      const rows = await documentsRepository.listByCase('draftExport', file.id);
      expect(rows).toHaveLength(1);
      return rows[0]!.doc;
    });
    expect(logged).toMatchObject({
      caseId: file.id,
      draftKind: 'exhibit-packet',
      fileName: request.suggestedName,
      hash: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
      outcome: 'downloaded',
      protectedCase: false,
      pageCount: 8,
      exhibits: [
        { documentId: byName.get('sponsor-letter.pdf'), sha256: await shaOf('sponsor-letter.pdf') },
        {
          documentId: byName.get('birth-certificate.pdf'),
          sha256: await shaOf('birth-certificate.pdf'),
        },
      ],
    });
    expect(JSON.stringify(logged)).not.toContain(file.identity.familyName);
  });

  it('asks for the translator of a translated exhibit, and keeps what was typed across a remount', async () => {
    const user = userEvent.setup();
    const view = renderPage();
    const available = await screen.findByRole('region', { name: 'Case documents' }, WAIT);
    await user.click(within(available).getByRole('button', { name: /sponsor-letter\.pdf/ }));
    await user.click(screen.getByLabelText(/Exhibit A is translated/));
    await user.type(screen.getByLabelText("Translator's name"), 'Nguyễn Thị Lan');
    await user.click(screen.getByRole('button', { name: 'Build and save the packet' }));
    expect(screen.getByLabelText("Translator's address")).toHaveAccessibleDescription(
      'This field is required.',
    );
    await waitFor(async () =>
      expect(await draftsRepository.get(packetDraftId(file.id))).toMatchObject({
        items: [{ title: 'sponsor-letter', translator: { name: 'Nguyễn Thị Lan' } }],
      }),
    );
    view.unmount();
    renderPage();
    expect(await screen.findByLabelText("Translator's name", {}, WAIT)).toHaveValue(
      'Nguyễn Thị Lan',
    );
  });

  it('builds a protected case’s packet only after the attorney confirms where it goes', async () => {
    file = { ...file, flags: { ...file.flags, asylumProtected: true } };
    await documentsRepository.update(file.id, () => file);
    renderPage();
    const build = await screen.findByRole('button', { name: 'Build and save the packet' }, WAIT);
    expect(build).toBeDisabled();
    await userEvent.setup().click(screen.getByLabelText(/This case is protected/));
    expect(build).toBeEnabled();
  });

  it('names the exhibit that cannot go in, and saves nothing', async () => {
    const locked = await PDFDocument.create();
    locked.addPage();
    locked.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
    await attachmentsRepository.add(file.id, {
      name: 'medical-record.pdf',
      bytes: (await locked.save()).slice().buffer,
    });
    const user = userEvent.setup();
    renderPage();
    const available = await screen.findByRole('region', { name: 'Case documents' }, WAIT);
    await user.click(within(available).getByRole('button', { name: /medical-record\.pdf/ }));
    await user.type(screen.getByLabelText('Address of the office served'), '1010 E Whatley Rd');
    await user.click(screen.getByRole('button', { name: 'Build and save the packet' }));
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent(
      'Exhibit A (medical-record) is a password-protected PDF',
    );
    expect(bridge.saveFile).not.toHaveBeenCalled();
    expect(await documentsRepository.listByCase('draftExport', file.id)).toEqual([]);
  });
});
