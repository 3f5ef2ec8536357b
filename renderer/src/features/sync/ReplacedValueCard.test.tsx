/** A replaced ordinary value, as each of its two authors sees it in Review (issue 15 #6). */
import { emptyCaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setDatabase, type AmparoDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import type { LocalConflict } from '../../db/sync-review-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { ReplacedValueCard } from './ReplacedValueCard';

const WAIT = { timeout: 10_000 };
const caseId = '7d8a2c4e-1b3f-4a5d-8e6f-0a1b2c3d4e5f';
const office = '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const field = '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b';
const notice: LocalConflict = {
  id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  caseId,
  status: 'open',
  createdAt: '2026-11-27T15:00:00.000Z',
  entity: 'case',
  entityId: caseId,
  fieldPath: 'custody/facilityPhone',
  kind: 'overwritten',
  serverValue: '601-555-0100',
  clientValue: '601-555-0199',
  serverActorId: office,
  serverActorName: 'Supervisor Prueba',
  serverChangedAt: '2026-11-27T14:00:00.000Z',
  clientActorId: field,
  clientActorName: 'Ana Prueba',
  clientTime: '2026-11-26T16:40:00-06:00',
};

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

let db: AmparoDatabase;
let i18n: I18n;
beforeEach(async () => {
  ({ db } = await createTestDatabase());
  setDatabase(db);
  i18n = await createI18n('en');
  const file = emptyCaseFile({
    id: caseId,
    reference: 'MCJ-2026-0042',
    familyName: 'Prueba',
    givenNames: 'Ana',
  }) as unknown as JsonObject;
  await documentsRepository.create('case', caseId, {
    ...file,
    custody: { ...(file['custody'] as object), facilityPhone: '601-555-0199' },
  });
  await db.conflicts.put(notice as never);
});
afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

const show = (me: string) =>
  render(
    <I18nextProvider i18n={i18n}>
      <ul>
        <ReplacedValueCard conflict={notice} me={me} readOnly={false} />
      </ul>
    </I18nextProvider>,
  );

describe('a value replaced by a stale offline edit', () => {
  it('tells the person whose value was replaced, with the edit’s recorded time, and restores it', async () => {
    show(office);
    expect(
      screen.getByText(
        /Your value 601-555-0100 .* was replaced by 601-555-0199 from a change Ana Prueba made offline on/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Restore 601-555-0100' }, WAIT),
    );
    await waitFor(async () =>
      expect(await db.conflicts.get(notice.id)).toMatchObject({
        pendingResolution: { resolution: 'restore' },
      }),
    );
  });

  it('tells the person whose offline edit replaced it', async () => {
    show(field);
    expect(
      screen.getByText(
        /Your change made offline on .* replaced 601-555-0100, which Supervisor Prueba had set/,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Keep 601-555-0199' }, WAIT)).toBeEnabled();
  });

  it('offers no restore once the field changed again', async () => {
    await documentsRepository.update(caseId, (doc) => ({
      ...doc,
      custody: { ...(doc['custody'] as object), facilityPhone: '601-555-0123' },
    }));
    show(field);
    expect(await screen.findByText(/changed again since/, undefined, WAIT)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Restore/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Understood' })).toBeEnabled();
  });
});
