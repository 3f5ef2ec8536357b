import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { initialSyncState, writeSyncState } from '../../db/sync-state';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { ReviewStatusPanel } from './ReviewStatusPanel';

const WAIT = { timeout: 10_000 };
const file = syntheticCaseFile();
const subject = { kind: 'interview' as const, interviewId: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f60' };
const markA = 'a'.repeat(64);
const markB = 'b'.repeat(64);

afterEach(cleanup);

async function renderPanel(liveHash: string) {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await writeSyncState(db, { ...initialSyncState, userId: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f61' });
  await documentsRepository.create('case', file.id, file);
  const i18n = await createI18n('en');
  const view = (hash: string) => (
    <I18nextProvider i18n={i18n}>
      <ReviewStatusPanel caseId={file.id} subject={subject} liveHash={hash} />
    </I18nextProvider>
  );
  const rendered = render(view(liveHash));
  return { rerender: (hash: string) => rendered.rerender(view(hash)) };
}

describe('the review badge on the laptop', () => {
  it('shows the memo ready as soon as it is marked, without leaving the screen', async () => {
    await renderPanel(markA);
    const panel = await screen.findByRole('group', { name: 'Review by MCJ' }, WAIT);
    expect(panel).toHaveTextContent('Not sent for review');
    await userEvent.click(within(panel).getByRole('button', { name: 'Mark ready for review' }));
    await within(panel).findByText('Ready for review', {}, WAIT);
    expect(within(panel).queryByRole('button', { name: /Mark/ })).toBeNull();
  });

  it('says so when the memo changed after it was marked ready', async () => {
    const { rerender } = await renderPanel(markA);
    const panel = await screen.findByRole('group', { name: 'Review by MCJ' }, WAIT);
    await userEvent.click(within(panel).getByRole('button', { name: 'Mark ready for review' }));
    await within(panel).findByText('Ready for review', {}, WAIT);
    rerender(markB);
    await within(panel).findByText(/Changed since marked ready/, {}, WAIT);
    await within(panel).findByRole('button', { name: 'Mark this version ready for review' });
  });
});
