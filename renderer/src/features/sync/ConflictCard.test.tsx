import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase, setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import type { LocalConflict } from '../../db/sync-review-repository';
import { createTestDatabase } from '../../db/test-database';
import { useLiveQuery } from '../../db/live';
import { createI18n } from '../../i18n';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { ConflictCard } from './ConflictCard';

const WAIT = { timeout: 8000 };
const file = {
  ...syntheticCaseFile(),
  identity: { ...syntheticCaseFile().identity, aNumber: '012345678' },
};
let i18n: I18n;

const conflict: LocalConflict = {
  id: '7d0c5b8e-1f2a-4c3d-9e4f-5a6b7c8d9e0f',
  caseId: file.id,
  status: 'open',
  createdAt: '2026-12-01T15:00:00.000Z',
  entity: 'case',
  entityId: file.id,
  fieldPath: 'identity/aNumber',
  serverValue: '012345678',
  clientValue: '087654321',
  serverActorName: 'Sam Supervisor',
  serverChangedAt: '2026-12-01T14:00:00.000Z',
  clientActorName: 'Ana Attorney',
  clientTime: '2026-12-01T13:00:00.000Z',
};

function Card() {
  const row = useLiveQuery(() => getDatabase().conflicts.get(conflict.id), []);
  return row ? (
    <ul>
      <ConflictCard conflict={row as unknown as LocalConflict} readOnly={false} />
    </ul>
  ) : null;
}

const renderCard = () =>
  render(
    <I18nextProvider i18n={i18n}>
      <Card />
    </I18nextProvider>,
  );

let removeShim: () => void = () => undefined;
beforeAll(async () => {
  removeShim = installSameRealmClone();
  i18n = await createI18n('en');
});
afterAll(() => removeShim());
beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await documentsRepository.create('case', file.id, file);
  await db.conflicts.put(conflict as never);
});
afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

const storedANumber = async () =>
  ((await documentsRepository.get(file.id))?.doc as typeof file).identity.aNumber;

describe('entering the right value of a conflicting field', () => {
  it('opens its own field with the focus in it; a second Enter does not save the kept value', async () => {
    const user = userEvent.setup();
    renderCard();
    const enter = await screen.findByRole('button', { name: 'Enter the right value' }, WAIT);
    enter.focus();
    await user.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: 'Right value for A-number' });
    expect(field).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/This is the value MCJ kept/);
    expect((await getDatabase().conflicts.get(conflict.id)) as unknown).not.toHaveProperty(
      'pendingResolution',
    );
  });

  it('refuses an invalid value with a message on the field, and saves a valid one', async () => {
    const user = userEvent.setup();
    renderCard();
    await user.click(await screen.findByRole('button', { name: 'Enter the right value' }, WAIT));
    const field = screen.getByRole('textbox', { name: 'Right value for A-number' });
    await user.clear(field);
    await user.type(field, '12{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    const message = within(screen.getByRole('group', { name: 'A-number' })).getByRole('alert');
    expect(field).toHaveAccessibleDescription(message.textContent!);
    expect(await storedANumber()).toBe('012345678');

    await user.clear(field);
    await user.type(field, 'A 099-888-777{Enter}');
    await waitFor(async () => expect(await storedANumber()).toBe('099888777'), WAIT);
    expect(await screen.findByText('Your choice is sent with the next sync.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'A-number' })).toHaveFocus();
  });

  it('gives the focus back to "Enter the right value" on Cancel', async () => {
    const user = userEvent.setup();
    renderCard();
    await user.click(await screen.findByRole('button', { name: 'Enter the right value' }, WAIT));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Enter the right value' })).toHaveFocus();
  });
});
