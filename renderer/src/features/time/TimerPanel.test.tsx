import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { setDatabase } from '../../db/database';
import { initialSyncState, writeSyncState } from '../../db/sync-state';
import { createTestDatabase } from '../../db/test-database';
import { timerRepository } from '../../db/timer-repository';
import { createI18n } from '../../i18n';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { TimerPanel } from './TimerPanel';

const caseA = '00000000-0000-4000-8000-0000000000a1';
const caseB = '00000000-0000-4000-8000-0000000000b1';
const references = new Map([
  [caseA, 'MCJ-2026-0041'],
  [caseB, 'MCJ-2026-0042'],
]);

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await writeSyncState(db, {
    ...initialSyncState,
    userId: '00000000-0000-4000-8000-0000000000f1',
  });
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

async function renderPanel(caseId: string) {
  const i18n = await createI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <TimerPanel caseId={caseId} references={references} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('the running-timer indicator', () => {
  it('counts from the saved start, also after the screen is rebuilt (lock, reload), and stops into an entry', async () => {
    const started = new Date(Date.now() - (62 * 60 + 5) * 1000);
    await timerRepository.start({ caseId: caseA, activity: 'drafting' }, started);

    const first = await renderPanel(caseA);
    expect(await screen.findByText(/^Running: Drafting since /)).toBeVisible();
    expect(screen.getByTestId('timer-elapsed').textContent).toMatch(/^1:02:(0[5-9]|1\d)$/);
    first.unmount();

    await renderPanel(caseA);
    const elapsed = await screen.findByTestId('timer-elapsed');
    expect(elapsed.textContent).toMatch(/^1:02:(0[5-9]|1\d)$/);
    const before = elapsed.textContent;
    await waitFor(() => expect(elapsed.textContent).not.toBe(before), { timeout: 2500 });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Stop timer' }));
    expect(await screen.findByText(/^Timer stopped: /)).toBeVisible();
    expect(await timerRepository.current()).toBeNull();
    const { timeEntries } = await caseLogsRepository.forCase(caseA);
    expect(timeEntries).toMatchObject([
      { caseId: caseA, activity: 'drafting', minutes: 62, source: 'timer' },
    ]);
    expect(await screen.findByRole('button', { name: 'Start timer' })).toBeVisible();
  });

  it("shows another case's running timer as a link to it, not as this case's", async () => {
    await timerRepository.start({ caseId: caseB, activity: 'hearing' });
    await renderPanel(caseA);
    expect(await screen.findByText(/The timer is running for MCJ-2026-0042/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open it' })).toHaveAttribute(
      'href',
      `/cases/${caseB}/time`,
    );
    expect(screen.queryByTestId('timer-elapsed')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Stop timer' })).toBeNull();
  });
});
