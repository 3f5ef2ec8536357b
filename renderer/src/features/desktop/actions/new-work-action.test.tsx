/** "New case" from a shortcut, the File menu or the command list, by who is signed in (issue 17). */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTests } from '../../../bridge';
import { createTestBridge } from '../../../bridge/test-bridge';
import { setDatabase } from '../../../db/database';
import { initialSyncState, writeSyncState } from '../../../db/sync-state';
import { createTestDatabase } from '../../../db/test-database';
import { createI18n } from '../../../i18n';
import { DesktopProvider } from '../DesktopProvider';

vi.mock('../reminders/useReminderPlan', () => ({
  useNow: () => new Date('2026-12-01T15:00:00Z'),
  useReminderPlan: () => [],
}));

const userId = '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0d01';

async function pressNewCase(role: 'attorney' | 'supervisor' | null) {
  const { db } = await createTestDatabase();
  setDatabase(db);
  if (role) await writeSyncState(db, { ...initialSyncState, userId, role });
  setBridgeForTests(createTestBridge());
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <DesktopProvider>
            <Outlet />
          </DesktopProvider>
        ),
        children: [
          { index: true, element: <h1>Today page</h1> },
          { path: 'cases/new', element: <h1>New case page</h1> },
          { path: 'intakes/new', element: <h1>New intake page</h1> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <I18nextProvider i18n={await createI18n('en')}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { name: 'Today page' });
  // The role is read from the laptop's sync state as the page opens.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await userEvent.setup().keyboard('{Alt>}{Shift>}n{/Shift}{/Alt}');
  return router;
}

afterEach(() => {
  cleanup();
  setBridgeForTests(undefined);
});

describe('the New case action', () => {
  it("starts an intake for a signed-in attorney (the server refuses an attorney's case)", async () => {
    const router = await pressNewCase('attorney');
    await waitFor(() => expect(router.state.location.pathname).toBe('/intakes/new'));
  });

  it('opens the case form for a supervisor and on a laptop nobody has signed in on', async () => {
    for (const role of ['supervisor', null] as const) {
      const router = await pressNewCase(role);
      await waitFor(() => expect(router.state.location.pathname).toBe('/cases/new'));
      cleanup();
    }
  });
});
