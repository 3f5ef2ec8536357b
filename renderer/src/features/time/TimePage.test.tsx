import type { CaseFile } from '@core/domain/case-file';
import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import type { TimeEntry } from '@core/domain/case-logs';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { initialSyncState, writeSyncState } from '../../db/sync-state';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { todayInChicago } from '../../lib/format';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { TimePage } from './TimePage';

const WAIT = { timeout: 10_000 };
const me = '00000000-0000-4000-8000-0000000000f1';
const open: CaseFile = {
  ...syntheticCaseFile(),
  id: '00000000-0000-4000-8000-0000000000a1',
  reference: 'MCJ-2026-0041',
};
const closed: CaseFile = {
  ...syntheticCaseFile(),
  id: '00000000-0000-4000-8000-0000000000b1',
  reference: 'MCJ-2026-0042',
  extra: {
    closing: {
      id: '00000000-0000-4000-8000-0000000000c1',
      outcome: { kind: 'withdrawn', note: null },
      closedAt: '2026-12-07T15:00:00.000Z',
      closedBy: '00000000-0000-4000-8000-0000000000c2',
    },
  },
};
const entry = (id: string, caseId: string): TimeEntry => ({
  id,
  caseId,
  attorneyId: me,
  activity: 'research',
  date: todayInChicago(),
  minutes: 30,
  source: 'manual',
  recordedAt: '2026-12-07T16:00:00.000Z',
});

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());
beforeEach(async () => {
  const { db } = await createTestDatabase();
  setDatabase(db);
  await writeSyncState(db, { ...initialSyncState, userId: me });
  await documentsRepository.create('case', open.id, open);
  await documentsRepository.create('case', closed.id, closed);
  await caseLogsRepository.saveTimeEntry(
    entry('00000000-0000-4000-8000-0000000000d1', open.id),
    true,
  );
  await caseLogsRepository.saveTimeEntry(
    entry('00000000-0000-4000-8000-0000000000d2', closed.id),
    true,
  );
});
afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

describe('the week of time across cases', () => {
  it('keeps a closed case’s entries to read, editable only for open cases', async () => {
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter>
          <TimePage />
        </MemoryRouter>
      </I18nextProvider>,
    );
    expect(await screen.findByRole('listitem', { name: /MCJ-2026-0042/ }, WAIT)).toBeVisible();
    expect(screen.getByRole('button', { name: /^Edit: .*MCJ-2026-0041/ })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Delete: .*MCJ-2026-0041/ })).toBeVisible();
    expect(screen.queryByRole('button', { name: /MCJ-2026-0042/ })).toBeNull();
  });
});
