import { getDefense } from '@core/catalog';
import type { ChecklistState } from '@core/domain/case-records';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { checklistIdFor, writeChecklist } from '../defenses/checklist-store';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { EvidenceTags } from './EvidenceTags';

const file = syntheticCaseFile();
const DOCUMENT = '7b0c5d2e-1f3a-4b6c-8d9e-0a1b2c3d4e5f';
const asylum = getDefense('asylum')!;
let i18n: I18n;

async function stored(): Promise<ChecklistState> {
  const row = await documentsRepository.get(await checklistIdFor(file.id, 'asylum'));
  return row!.doc as unknown as ChecklistState;
}

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  i18n = await createI18n('en');
  await documentsRepository.create('case', file.id, file);
  await writeChecklist(file.id, 'asylum', 'manual', (state) => state);
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

describe('EvidenceTags', () => {
  it('tags a document as evidence, which marks the item received on the synced checklist', async () => {
    const user = userEvent.setup();
    const view = render(
      <I18nextProvider i18n={i18n}>
        <EvidenceTags
          caseId={file.id}
          documentId={DOCUMENT}
          documentName="passport.pdf"
          checklists={[await stored()]}
          readOnly={false}
        />
      </I18nextProvider>,
    );
    await user.click(screen.getByText('Not tagged as evidence'));
    const item = asylum.evidence[0]!;
    await user.click(screen.getByRole('checkbox', { name: item.text.en }));
    await waitFor(async () =>
      expect((await stored()).evidence[item.id]).toMatchObject({
        status: 'received',
        documentIds: [DOCUMENT],
      }),
    );
    view.rerender(
      <I18nextProvider i18n={i18n}>
        <EvidenceTags
          caseId={file.id}
          documentId={DOCUMENT}
          documentName="passport.pdf"
          checklists={[await stored()]}
          readOnly={false}
        />
      </I18nextProvider>,
    );
    expect(screen.getByText(`Evidence: ${item.text.en}`)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: item.text.en }));
    await waitFor(async () =>
      expect((await stored()).evidence[item.id]).toMatchObject({
        status: 'needed',
        documentIds: [],
      }),
    );
  });

  it('shows on the defense page what is still missing and which document each item has', async () => {
    const { attachmentsRepository } = await import('../../db/attachments-repository');
    const { EvidenceSection } = await import('../defenses/ChecklistItems');
    const { tagEvidence } = await import('@core/documents/evidence-links');
    const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF').buffer as ArrayBuffer;
    const row = await attachmentsRepository.add(file.id, { name: 'passport.pdf', bytes: pdf });
    const item = asylum.evidence[0]!;
    const view = tagEvidence(await stored(), item.id, row.id, true);
    const editor = { setEvidence: () => undefined, flush: async () => undefined } as never;
    render(
      <I18nextProvider i18n={i18n}>
        <EvidenceSection defense={asylum} view={view} editor={editor} readOnly />
      </I18nextProvider>,
    );
    const missing = asylum.evidence.length - 1;
    expect(screen.getByRole('note')).toHaveTextContent(`Still missing: ${missing} items`);
    expect(screen.getByRole('note')).not.toHaveTextContent(item.text.en);
    expect(await screen.findByText(/document: passport\.pdf/)).toBeInTheDocument();
  });
});
