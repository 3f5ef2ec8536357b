import type { ManualDeadline } from '@core/domain/case-records';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTests } from '../../bridge';
import { createTestBridge } from '../../bridge/test-bridge';
import { setDatabase } from '../../db/database';
import { documentsRepository } from '../../db/documents-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { CaseLayout } from '../case-file/CaseLayout';
import { installSameRealmClone } from '../interviews/jsdom-realm.test-support';
import { asylumAnd42bCase, uuid } from '../defenses/screening-cases.fixture';
import { AgendaPage, CaseAgendaPage } from './AgendaPage';

const WAIT = { timeout: 10_000 };
const file = asylumAnd42bCase();
const overdue: ManualDeadline = {
  id: uuid(300),
  caseId: file.id,
  title: 'Send the EOIR-33',
  date: '2026-05-20',
  kind: 'filing',
  notes: 'Moved in May',
};
let i18n: I18n;

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/agenda', element: <AgendaPage /> },
      {
        path: '/cases/:caseId',
        element: <CaseLayout />,
        children: [{ path: 'agenda', element: <CaseAgendaPage /> }],
      },
    ],
    { initialEntries: [path] },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

const stored = async (id: string) =>
  (await documentsRepository.get(id))?.doc as unknown as ManualDeadline | undefined;

let removeShim: () => void = () => undefined;
beforeAll(() => {
  removeShim = installSameRealmClone();
});
afterAll(() => removeShim());

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T17:00:00Z'));
  const { db } = await createTestDatabase();
  setDatabase(db);
  i18n = await createI18n('en');
  await documentsRepository.create('case', file.id, file);
  await documentsRepository.create('deadline', file.id, overdue);
});

afterEach(() => {
  cleanup();
  setDatabase(undefined);
  setBridgeForTests(undefined);
  vi.useRealTimers();
});

describe('case agenda', () => {
  it('lists deadlines and hearings by date, overdue and upcoming said in words', async () => {
    renderAt(`/cases/${file.id}/agenda`);
    const list = await screen.findByRole('region', { name: 'Deadlines and hearings' }, WAIT);
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Overdue.*Send the EOIR-33/);
    expect(items[1]).toHaveTextContent(/^.*Within 7 days/);
    expect(within(list).getByText('1 overdue · 1 in the next 7 days')).toBeVisible();
    const hearing = within(list).getByRole('listitem', { name: /Hearing: Master calendar/ });
    expect(hearing).toHaveTextContent('Video (Webex)');
    expect(hearing).toHaveTextContent('8:30');

    const asylum = within(list).getByRole('listitem', {
      name: /Asylum application: one-year deadline/,
    });
    expect(asylum).toHaveTextContent('Possible: attorney to confirm');
    expect(asylum).toHaveTextContent('Rule asylum-one-year · INA 208(a)(2)(B)');
    const details = within(asylum).getByText(/^How this date was computed/);
    await userEvent.setup().click(details);
    expect(asylum).toHaveTextContent(/Last arrival\s*Mar 10, 2026/);
    expect(asylum).toHaveTextContent('8 CFR 1208.4(a)(2)(ii)');
    expect(asylum).toHaveTextContent('no mailbox rule');
  });

  it('adds, edits and removes the attorney’s own deadlines, refusing a title that names the client', async () => {
    const user = userEvent.setup();
    renderAt(`/cases/${file.id}/agenda`);
    const add = await screen.findByRole('region', { name: 'Add a deadline' }, WAIT);
    await user.type(within(add).getByLabelText('What is due'), 'Letters for Ana');
    await user.type(within(add).getByLabelText('Date'), '2026-06-10');
    await user.click(within(add).getByRole('button', { name: 'Add deadline' }));
    expect(within(add).getByRole('alert')).toHaveTextContent('Remove the client');
    expect(within(add).getByLabelText('What is due')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(add).getByLabelText('What is due'));
    await user.type(within(add).getByLabelText('What is due'), 'School letters');
    await user.selectOptions(within(add).getByLabelText('Kind'), 'court_order');
    await user.click(within(add).getByRole('button', { name: 'Add deadline' }));
    await screen.findByText('Deadline “School letters” added.', {}, WAIT);
    const all = await documentsRepository.listByCase('deadline', file.id);
    expect(all.map((r) => (r.doc as unknown as ManualDeadline).title).sort()).toEqual([
      'School letters',
      'Send the EOIR-33',
    ]);

    await user.click(screen.getByRole('button', { name: 'Edit “Send the EOIR-33”' }));
    const date = screen.getAllByLabelText('Date')[0]!;
    await user.clear(date);
    await user.type(date, '2026-06-03');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored(overdue.id))?.date).toBe('2026-06-03'), WAIT);

    await user.click(
      await screen.findByRole('button', { name: 'Remove “Send the EOIR-33”' }, WAIT),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await waitFor(async () => expect(await stored(overdue.id)).toBeUndefined(), WAIT);
    expect(await screen.findByText('Deadline “Send the EOIR-33” removed.', {}, WAIT)).toBeVisible();
  });

  it('exports an .ics through the host bridge, named by reference and free of names', async () => {
    const bridge = createTestBridge({ mode: 'desktop' });
    setBridgeForTests(bridge);
    const user = userEvent.setup();
    renderAt(`/cases/${file.id}/agenda`);
    await user.click(
      await screen.findByRole('button', { name: 'Export to calendar (.ics)' }, WAIT),
    );
    await screen.findByText(/Calendar file saved with \d+ entries\./, {}, WAIT);
    const request = bridge.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe('MCJ-2026-0042-agenda-2026-06-01.ics');
    expect(request.mimeType).toBe('text/calendar');
    const text = new TextDecoder().decode(request.bytes);
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('SUMMARY:Send the EOIR-33 · MCJ-2026-0042');
    expect(text).not.toMatch(/Ana|Prueba|Canary|012345678|Moved in May/);
  });
});

describe('agenda of every case', () => {
  it('shows each item with its case, linking to the case agenda', async () => {
    const other = { ...asylumAnd42bCase(), id: uuid(400), reference: 'MCJ-2026-0043' };
    await documentsRepository.create('case', other.id, other);
    renderAt('/agenda');
    expect(await screen.findByRole('heading', { level: 1, name: 'Agenda' }, WAIT)).toBeVisible();
    const links = await screen.findAllByRole('link', { name: 'Ana Prueba · MCJ-2026-0042' }, WAIT);
    expect(links[0]).toHaveAttribute('href', `/cases/${file.id}/agenda`);
    expect(screen.getAllByRole('link', { name: /MCJ-2026-0043/ }).length).toBeGreaterThan(0);
    const choice = screen.getByLabelText('Case');
    expect(within(choice).getAllByRole('option')).toHaveLength(2);
  });

  it('shows a closed case’s deadlines with nothing to change, and offers only open cases', async () => {
    const closing = {
      id: uuid(501),
      outcome: { kind: 'withdrawn', note: null },
      closedAt: '2026-05-30T15:00:00.000Z',
      closedBy: uuid(502),
    };
    await documentsRepository.update(file.id, (doc) => ({
      ...doc,
      extra: { ...(doc['extra'] as object), closing },
    }));
    const other = { ...asylumAnd42bCase(), id: uuid(400), reference: 'MCJ-2026-0043' };
    await documentsRepository.create('case', other.id, other);
    renderAt('/agenda');
    expect(await screen.findByText('Send the EOIR-33', {}, WAIT)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Edit “Send the EOIR-33”' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove “Send the EOIR-33”' })).toBeNull();
    // Only the open case is offered (one case: no choice shown), and a new deadline goes to it.
    const add = screen.getByRole('region', { name: 'Add a deadline' });
    expect(within(add).queryByLabelText('Case')).toBeNull();
    const user = userEvent.setup();
    await user.type(within(add).getByLabelText('What is due'), 'School letters');
    await user.type(within(add).getByLabelText('Date'), '2026-06-10');
    await user.click(within(add).getByRole('button', { name: 'Add deadline' }));
    await screen.findByText('Deadline “School letters” added.', {}, WAIT);
    expect(await documentsRepository.listByCase('deadline', other.id)).toHaveLength(1);
    expect(await documentsRepository.listByCase('deadline', file.id)).toHaveLength(1);
  });
});
