/**
 * What the attorney is told after a restore (issue 15 #2): on the Sync page in words, and in the
 * always-visible indicator as a pointer to it, until she has read it; and, while work waits,
 * never "synced".
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDatabase, type AmparoDatabase } from '../../db/database';
import { readSyncState, updateSyncState, type Recovery } from '../../db/sync-state';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { initialStatus, StatusStore, type SyncStatus } from '../../sync/sync-status';
import { SyncIndicator } from './SyncIndicator';
import { SyncPage } from './SyncPage';

const fake = vi.hoisted(() => ({
  status: null as unknown as StatusStore,
  refreshCounts: null as unknown as () => Promise<void>,
}));

vi.mock('./SyncContext', async () => {
  const { useEffect, useState } = await import('react');
  const useSync = () => {
    const [status, setStatus] = useState(fake.status.get());
    useEffect(() => fake.status.subscribe(setStatus), []);
    return {
      status,
      engine: {
        status: fake.status,
        syncNow: async () => undefined,
        confirmHeldRevocations: async () => undefined,
        refreshCounts: () => fake.refreshCounts(),
      },
    };
  };
  return { useSync, useOptionalSync: useSync };
});
vi.mock('../security/SessionContext', () => ({ useSession: () => ({ session: {} }) }));
vi.mock('../settings/useAppInfo', () => ({ useAppInfo: () => undefined }));
vi.mock('../desktop', () => ({ useActionHandler: () => undefined }));

let db: AmparoDatabase;
beforeEach(async () => {
  ({ db } = await createTestDatabase());
  setDatabase(db);
  fake.status = new StatusStore();
  // As the engine does: the status reads the sync state's counts and recovery.
  fake.refreshCounts = async () => {
    fake.status.set({ recovery: (await readSyncState(db)).recovery });
  };
});
afterEach(() => {
  cleanup();
  db.close();
});

async function show(language: 'en' | 'es', recovery: Recovery | null, status: Partial<SyncStatus>) {
  await updateSyncState(db, (s) => ({
    ...s,
    serverUrl: 'https://sync.example.org',
    email: 'ana.prueba@example.org',
    displayName: 'Ana Prueba',
    refreshToken: 'amr_refresh_test',
    lastSuccessAt: new Date().toISOString(),
    recovery,
  }));
  fake.status.set({
    ...initialStatus,
    phase: 'idle',
    lastSuccessAt: new Date().toISOString(),
    recovery,
    ...status,
  });
  const i18n: I18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <SyncIndicator />
        <SyncPage />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

// The visible line (not live: it changes every cycle); what is said aloud is the hidden status.
const indicator = () => document.querySelector<HTMLElement>('.sync-indicator .sync-state')!;
const announced = () =>
  screen.getAllByRole('status').find((e) => e.closest('.sync-indicator'))!.textContent;

describe('after a restore', () => {
  it('says this laptop was restored, points to it from the indicator, and goes once read', async () => {
    const person = await show(
      'en',
      { kind: 'laptopRestored', at: '2026-12-06T15:00:00.000Z', resent: 0, missing: 0 },
      {},
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This computer was restored from an older backup');
    expect(alert.textContent).toContain('nothing was refused');
    expect(indicator().textContent).toMatch(/^Synced .* · Restored from a backup: see Sync$/);

    await person.click(within(alert).getByRole('button', { name: 'Understood' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await readSyncState(db)).recovery).toBeNull();
    await waitFor(() => expect(indicator().textContent).not.toContain('backup'));
  });

  it('says aloud, once, that a sync found a restore (the visible line is not live)', async () => {
    await show('en', null, {});
    expect(announced()).toBe('');
    const recovery: Recovery = {
      kind: 'serverRestored',
      at: '2026-12-06T15:00:00.000Z',
      resent: 2,
      missing: 0,
    };
    act(() => fake.status.set({ ...fake.status.get(), recovery }));
    await waitFor(() => expect(announced()).toBe('Restored from a backup: see Sync'));
  });

  it('says in Spanish how many changes the restored server had lost and what could not be resent', async () => {
    await show(
      'es',
      { kind: 'serverRestored', at: '2026-12-06T15:00:00.000Z', resent: 3, missing: 2 },
      {},
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'El servidor de MCJ se restauró desde una copia de seguridad anterior y había perdido 3 de sus cambios',
    );
    expect(alert.textContent).toContain(
      '2 cambios no se pudieron volver a enviar (enviados hace más de 30 días, o en casos que ya no tiene asignados): avise a su supervisor.',
    );
    expect(indicator().textContent).toContain('Restaurado desde una copia de seguridad');
  });

  it('says how many note revisions and record changes this computer sent back for others (issue 21)', async () => {
    const recovery: Recovery = {
      kind: 'historyReset',
      at: '2026-12-06T15:00:00.000Z',
      resent: 0,
      missing: 0,
      recovered: 2,
    };
    await show('en', recovery, {});
    expect((await screen.findByRole('alert')).textContent).toContain(
      "This computer also sent back 2 note revisions or record changes that MCJ's server had lost (made on this or other computers).",
    );
  });

  it('says it in Spanish too', async () => {
    const recovery: Recovery = {
      kind: 'serverRestored',
      at: '2026-12-06T15:00:00.000Z',
      resent: 1,
      missing: 0,
      recovered: 1,
    };
    await show('es', recovery, {});
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Esta computadora también devolvió 1 versión de nota o cambio de un registro que el servidor de MCJ había perdido (hecho en esta u otra computadora).',
    );
  });

  it('never says synced while work waits, and says why it waits', async () => {
    await show('en', null, { phase: 'waiting', pending: 2, waitingReason: 'seq_renumber' });
    expect(indicator().textContent).toBe(
      'Some changes not accepted yet; will try again · 2 changes waiting',
    );
    expect(
      await screen.findByText(/Changes are being numbered again after MCJ's server/),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
