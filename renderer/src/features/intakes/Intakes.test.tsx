import { emptyCaseFile } from '@core/domain/case-file';
import type { Intake } from '@core/domain/intake';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from '../../db/database';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { intakesRepository } from '../../db/intakes-repository';
import { initialSyncState, writeSyncState } from '../../db/sync-state';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { CasesPage } from '../cases/CasesPage';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { IntakePage } from './IntakePage';
import { NewIntakePage } from './NewIntakePage';

const WAIT = { timeout: 10_000 };
const attorney = '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0c01';
let db: AmparoDatabase;

async function renderAt(path: string, language: 'en' | 'es' = 'en') {
  const i18n: I18n = await createI18n(language);
  const router = createMemoryRouter(
    [
      { path: '/cases', element: <CasesPage /> },
      { path: '/cases/:caseId', element: <p>case page</p> },
      { path: '/intakes/new', element: <NewIntakePage /> },
      { path: '/intakes/:intakeId', element: <IntakePage /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

async function signedInAs(role: 'attorney' | 'supervisor') {
  await writeSyncState(db, { ...initialSyncState, userId: attorney, role });
}

beforeEach(async () => {
  ({ db } = await createTestDatabase());
  setDatabase(db);
  const file = emptyCaseFile({
    id: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0c02',
    reference: 'MCJ-2026-0007',
    familyName: 'Ejemplo',
    givenNames: 'Rosa',
  });
  file.identity.aNumber = '098765432';
  await documentsRepository.create('case', file.id, file);
  await db.outbox.clear(); // the case came from MCJ: nothing of it waits to be sent
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

describe('field intake on the laptop', () => {
  it('gives attorneys "New intake": filled offline, the same A-number warned beside the field, submitted and listed', async () => {
    await signedInAs('attorney');
    const person = userEvent.setup();
    const router = await renderAt('/cases');
    const start = await screen.findByRole('link', { name: 'New intake' }, WAIT);
    expect(screen.queryByRole('link', { name: 'New case' })).toBeNull();
    await person.click(start);

    await person.type(await screen.findByLabelText('Family name', {}, WAIT), 'Prueba');
    await person.type(screen.getByLabelText('Given names'), 'Ana');
    await person.type(screen.getByLabelText('A-number'), 'A 098-765-432');
    expect(
      await screen.findByText(/Another record on this computer has this A-number: MCJ-2026-0007/),
    ).toBeTruthy();
    await person.selectOptions(screen.getByLabelText('Custody status'), 'detained');
    await person.type(screen.getByLabelText('Facility'), 'Adams County Detention Center');
    await person.click(screen.getByRole('button', { name: 'Add a person' }));
    const party = screen.getByRole('group', { name: 'Person 1' });
    await person.type(within(party).getByLabelText('Name'), 'Rogelio Ejemplo Falso');
    await person.type(within(party).getByLabelText('Relationship to the client'), 'employer');
    // A hearing date without its type and format is refused, never defaulted.
    await person.type(screen.getByLabelText('Next hearing date'), '2027-01-12');
    await person.click(screen.getByRole('button', { name: 'Submit to MCJ' }));
    expect(await screen.findAllByRole('alert')).not.toHaveLength(0);
    expect(await db.outbox.count()).toBe(0);
    await person.selectOptions(screen.getByLabelText('Hearing type'), 'master');
    await person.selectOptions(screen.getByLabelText('Hearing format'), 'video');
    await person.click(screen.getByRole('button', { name: 'Submit to MCJ' }));

    expect(
      await screen.findByText('Submitted: it goes to MCJ at the next sync.', {}, WAIT),
    ).toBeTruthy();
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ kind: 'create', entity: 'intake' });
    expect(entry!.body).toMatchObject({
      state: 'submitted',
      startedBy: attorney,
      client: { familyName: 'Prueba', givenNames: 'Ana', aNumber: '098765432' },
      custody: { status: 'detained', facility: 'Adams County Detention Center' },
      court: { nextHearing: { date: '2027-01-12', type: 'master', format: 'video' } },
      parties: [{ role: 'adverse', name: 'Rogelio Ejemplo Falso', relationship: 'employer' }],
    });

    await router.navigate('/cases');
    const list = await screen.findByRole('region', { name: 'Your intakes' }, WAIT);
    expect(list).toHaveTextContent('Ana Prueba');
    expect(list).toHaveTextContent('Sent: waiting for MCJ');
    expect(list).toHaveTextContent('Not synced yet');
  });

  it('keeps "New case" for supervisors, and on a laptop no one has signed in on', async () => {
    await signedInAs('supervisor');
    await renderAt('/cases');
    expect(await screen.findByRole('link', { name: 'New case' }, WAIT)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'New intake' })).toBeNull();
    cleanup();
    await writeSyncState(db, { ...initialSyncState });
    await renderAt('/cases');
    expect(await screen.findByRole('link', { name: 'New case' }, WAIT)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'New intake' })).toBeNull();
  });

  it('in Spanish, shows a declined intake read-only with its reason until the attorney dismisses it', async () => {
    await signedInAs('attorney');
    const intake = await intakesRepository.create(attorney, {
      client: { familyName: 'Prueba', givenNames: 'Ana' },
      custody: { status: 'unknown' },
      court: {},
      flags: { asylumProtected: false, vawaProtected1367: false, minor: false },
      parties: [],
    });
    const declined: Intake = {
      ...intake,
      state: 'declined',
      submittedAt: '2026-12-01T16:00:00.000Z',
      decision: {
        by: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0c03',
        at: '2026-12-02T10:00:00.000Z',
        reason: 'Fuera de nuestra zona de servicio.',
      },
    };
    await db.outbox.clear();
    await db.docs.update(intake.id, { doc: declined as never, version: 3 });
    const person = userEvent.setup();
    const router = await renderAt(`/intakes/${intake.id}`, 'es');
    expect(
      await screen.findByText(
        'MCJ rechazó esta admisión. Motivo: Fuera de nuestra zona de servicio.',
        {},
        WAIT,
      ),
    ).toBeTruthy();
    expect(screen.getByText('Una admisión decidida ya no se puede cambiar.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enviar a MCJ' })).toBeNull();
    expect(screen.queryByLabelText('Apellidos')).toBeNull();
    await person.click(screen.getByRole('button', { name: 'Descartar' }));
    await waitFor(async () =>
      expect((await intakesRepository.get(intake.id))?.dismissedAt).toBeTruthy(),
    );
    await router.navigate('/cases');
    await screen.findByRole('link', { name: 'Nueva admisión' }, WAIT);
    expect(screen.queryByRole('region', { name: 'Sus admisiones' })).toBeNull();
  });

  it('lets the accepted case replace the intake once the case is on the laptop', async () => {
    await signedInAs('attorney');
    const intake = await intakesRepository.create(attorney, {
      client: { familyName: 'Ejemplo', givenNames: 'Rosa' },
      custody: { status: 'unknown' },
      court: {},
      flags: { asylumProtected: false, vawaProtected1367: false, minor: false },
      parties: [],
    });
    const accepted: Intake = {
      ...intake,
      state: 'accepted',
      submittedAt: '2026-12-01T16:00:00.000Z',
      decision: {
        by: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0c03',
        at: '2026-12-02T10:00:00.000Z',
        caseId: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0c09',
        caseReference: 'MCJ-2026-0009',
      },
    };
    await db.docs.update(intake.id, { doc: accepted as never, version: 3 });
    const router = await renderAt('/cases');
    // The case has not arrived yet: the intake stays, saying what became of it.
    const list = await screen.findByRole('region', { name: 'Your intakes' }, WAIT);
    expect(list).toHaveTextContent('Accepted: case MCJ-2026-0009');
    const file = emptyCaseFile({
      id: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0c09',
      reference: 'MCJ-2026-0009',
      familyName: 'Ejemplo',
      givenNames: 'Rosa',
    });
    await documentsRepository.create('case', file.id, file);
    await waitFor(
      () => expect(screen.queryByRole('region', { name: 'Your intakes' })).toBeNull(),
      WAIT,
    );
    await router.navigate(`/intakes/${intake.id}`);
    expect(await screen.findByRole('link', { name: 'Open case MCJ-2026-0009' }, WAIT)).toBeTruthy();
  });
});
