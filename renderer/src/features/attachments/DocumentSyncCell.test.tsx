import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentRow } from '../../db/rows';
import { createI18n } from '../../i18n';
import { documentProgress } from '../../sync/document-sync';
import { DocumentSyncCell } from './DocumentSyncCell';

const row: AttachmentRow = {
  id: 'c6f3e8a1-2b4d-4e6f-8a0b-1c2d3e4f5a6b',
  caseId: '8a1f3c2e-1b2c-4d5e-8f90-123456789abc',
  createdAt: '2026-12-06T10:00:00.000Z',
  size: 3 * 1024 * 1024,
  name: 'medical record.pdf',
  mimeType: 'application/pdf',
  kind: 'pdf',
  syncState: 'upload',
};

async function show(document: AttachmentRow, language: 'en' | 'es' = 'en') {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <DocumentSyncCell document={document} />
    </I18nextProvider>,
  );
}

afterEach(() => {
  cleanup();
  documentProgress.set(row.id, null);
});

describe('DocumentSyncCell', () => {
  it('shows the progress of a large upload, named for the document', async () => {
    documentProgress.set(row.id, { sent: 1024 * 1024, total: 3 * 1024 * 1024 });
    await show(row);
    const bar = screen.getByRole('progressbar', { name: 'Sending medical record.pdf to MCJ' });
    expect(bar).toHaveAttribute('value', String(1024 * 1024));
    expect(bar).toHaveAttribute('max', String(3 * 1024 * 1024));
  });

  it('says a quota refused it, with the limit, in English and Spanish', async () => {
    const refused = {
      ...row,
      syncError: { message: 'documents.quota_case', limitBytes: 200 * 1024 * 1024 },
    };
    await show(refused);
    expect(screen.getByText(/over MCJ's limit of 200 MB per case/)).toBeInTheDocument();
    cleanup();
    await show(refused, 'es');
    expect(screen.getByText(/límite de MCJ de 200 MB por caso/)).toBeInTheDocument();
  });

  it('says why the server refused a file for good (plain text)', async () => {
    await show({ ...row, syncState: 'refused', syncError: { message: 'attachment_text' } });
    expect(screen.getByText('Not sent')).toBeInTheDocument();
    expect(screen.getByText(/plain text files are not accepted/)).toBeInTheDocument();
  });

  it('tells a document at MCJ from one still arriving', async () => {
    await show({ ...row, syncState: 'synced' });
    expect(screen.getByText('At MCJ')).toBeInTheDocument();
    cleanup();
    await show({ ...row, syncState: 'download' }, 'es');
    expect(screen.getByText('Llegando de MCJ…')).toBeInTheDocument();
  });
});
