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
import { reviewIdFor } from './review-store';

const WAIT = { timeout: 10_000 };
const file = syntheticCaseFile();
const subject = { kind: 'interview' as const, interviewId: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f60' };
const markA = 'a'.repeat(64);
const markB = 'b'.repeat(64);

afterEach(cleanup);

async function renderPanel(liveHash: string, savedHash?: () => Promise<string | null>) {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await writeSyncState(db, { ...initialSyncState, userId: '5b0c7a1e-5b2d-4c8e-9f6a-1b2c3d4e5f61' });
  await documentsRepository.create('case', file.id, file);
  const i18n = await createI18n('en');
  const view = (hash: string) => (
    <I18nextProvider i18n={i18n}>
      <ReviewStatusPanel
        caseId={file.id}
        subject={subject}
        liveHash={hash}
        {...(savedHash ? { savedHash } : {})}
      />
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

  it('marks the version saved by the click, while the screen still draws the one before it', async () => {
    // The click saved typing that was waiting (mark B); the screen's live read still says A.
    const { rerender } = await renderPanel(markA, () => Promise.resolve(markB));
    const panel = await screen.findByRole('group', { name: 'Review by MCJ' }, WAIT);
    await userEvent.click(within(panel).getByRole('button', { name: 'Mark ready for review' }));
    await within(panel).findByText('Marked ready for review. MCJ sees it after the next sync.');
    const stored = async () =>
      (await documentsRepository.get(await reviewIdFor(file.id, subject)))!.doc;
    // The badge follows the stored mark through a live query, a moment after the message.
    await within(panel).findByText('Ready for review', {}, WAIT);
    expect(panel).not.toHaveTextContent('Changed since marked ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The lagging mark A is never reported to MCJ as the memo's current version.
    expect(await stored()).toMatchObject({ contentHash: markB, currentHash: markB });
    rerender(markB);
    expect(panel).toHaveTextContent('Ready for review');
    rerender(markA);
    await within(panel).findByText(/Changed since marked ready/, {}, WAIT);
  });

  it('does not mark anything when the waiting typing could not be saved', async () => {
    await renderPanel(markA, () => Promise.resolve(null));
    const panel = await screen.findByRole('group', { name: 'Review by MCJ' }, WAIT);
    await userEvent.click(within(panel).getByRole('button', { name: 'Mark ready for review' }));
    await within(panel).findByText(/Not marked: some typing could not be saved yet/, {}, WAIT);
    expect(panel).toHaveTextContent('Not sent for review');
    expect(await documentsRepository.get(await reviewIdFor(file.id, subject))).toBeUndefined();
  });
});
