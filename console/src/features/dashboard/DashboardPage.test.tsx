/** The caseload dashboard: the server's page of open cases as a supervisor reads it, in en and es. */
import { deadlineRule } from '@core/deadlines';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleApi } from '../../api/console-api';
import { ConsoleApp } from '../../app/ConsoleApp';
import { createConsoleI18n } from '../../i18n';
import { SessionStore } from '../../session/session-store';
import { fakeServer, session, tokens } from '../../test-support/fake-server';

const attorneyId = '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a02';
const openCase = '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a10';
const protectedCase = '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a11';

const row = (overrides: Record<string, unknown>) => ({
  caseId: openCase,
  reference: 'MCJ-2026-0101',
  clientName: 'Ana Prueba',
  aNumber: '012345678',
  identityWithheld: false,
  custodyStatus: 'detained',
  facility: 'Example Processing Center',
  detentionDate: '2026-10-01',
  daysInCustody: 66,
  nextHearing: { date: '2026-12-09', time: '09:30', type: 'master', format: 'video' },
  nearestDeadline: null,
  overdueDeadline: {
    source: 'manual',
    date: '2026-12-03',
    daysLeft: -3,
    deadlineId: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a20',
    title: 'Send the EOIR-33',
  },
  overdueCount: 2,
  deadlinesFailed: false,
  asylumProtected: false,
  vawaProtected1367: false,
  assignedUserIds: [attorneyId],
  lastDeviceSyncAt: '2026-12-06T15:00:00.000Z',
  openReviewItems: 1,
  computedFor: '2026-12-06',
  lastConfirmedFacility: null,
  lastConfirmedOn: null,
  nextRecheckDue: null,
  lastContactOn: null,
  proBonoMinutes: 0,
  volunteerLastSyncAt: '2026-12-06T15:00:00.000Z',
  ...overrides,
});

const cases = [
  row({}),
  row({
    caseId: protectedCase,
    reference: 'MCJ-2026-0102',
    clientName: '',
    aNumber: null,
    identityWithheld: true,
    asylumProtected: true,
    custodyStatus: 'released_parole',
    facility: null,
    detentionDate: null,
    daysInCustody: null,
    nextHearing: null,
    overdueDeadline: null,
    overdueCount: 0,
    nearestDeadline: {
      source: 'computed',
      date: '2027-01-10',
      daysLeft: 35,
      safeDate: '2027-01-08',
      ruleId: 'asylum-one-year',
    },
    assignedUserIds: [],
    lastDeviceSyncAt: null,
    volunteerLastSyncAt: null,
    openReviewItems: 0,
  }),
  row({
    caseId: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a12',
    reference: 'MCJ-2026-0103',
    clientName: '=HYPERLINK("x")',
    overdueDeadline: null,
    overdueCount: 0,
  }),
];

const record = {
  caseFile: {
    id: openCase,
    reference: 'MCJ-2026-0101',
    identity: { givenNames: 'Ana', familyName: 'Prueba' },
    court: {},
    hearings: [],
    custody: { status: 'released_bond', ijBondAmount: 3000 },
    eoirStatus: { status: 'pending', decisionWasOral: null },
    entries: [],
  },
  interviews: [],
  checklists: [],
  manualDeadlines: [],
  notes: [
    {
      noteId: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a30',
      final: true,
      revisions: [
        {
          id: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a31',
          parentIds: [],
          body: 'Client describes the journey (first version).',
          authorId: attorneyId,
          state: 'draft',
          receivedAt: '2026-12-06T13:00:00.000Z',
          afterFinal: false,
        },
        {
          id: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a32',
          parentIds: ['7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a31'],
          body: 'Client describes the journey (test note).',
          authorId: attorneyId,
          state: 'final',
          receivedAt: '2026-12-06T14:00:00.000Z',
          afterFinal: false,
        },
      ],
    },
  ],
  closings: [],
  derivedOutcome: { kind: 'released', release: 'bond', bondAmount: 3000 },
  exportLog: [
    {
      id: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a99',
      draft: 'parole-request',
      exportedAt: '2026-12-05T16:00:00.000Z',
      by: attorneyId,
    },
  ],
};

async function renderCases(language: 'en' | 'es') {
  window.history.replaceState(null, '', '/console/');
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({
      status: 200,
      body: { ...tokens(Date.now()), session: { ...session, role: 'supervisor' } },
    }),
    'GET /v1/console/dashboard': (call) => {
      const query = new URL(call.path, 'http://x').searchParams;
      const filters = (query.get('filters') ?? '').split(',').filter(Boolean);
      const rows = filters.includes('overdue') ? cases.filter((c) => c.overdueCount > 0) : cases;
      return {
        status: 200,
        body: {
          rows,
          total: rows.length,
          counts: {
            detained: 1,
            hearingSoon: 1,
            overdue: 1,
            unassigned: 1,
            noRecentSync: 1,
            review: 1,
          },
          today: '2026-12-06',
        },
      };
    },
    'GET /v1/console/dashboard/export': () => ({
      status: 200,
      body: { rows: cases, truncated: false },
    }),
    [`GET /v1/console/cases/${openCase}/record`]: () => ({ status: 200, body: record }),
    [`GET /v1/console/cases/${openCase}`]: () => ({
      status: 200,
      body: {
        summary: cases[0],
        notes: [
          {
            noteId: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a30',
            revisionId: '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a31',
            body: 'Client describes the journey (test note).',
            authorId: attorneyId,
            receivedAt: '2026-12-06T14:00:00.000Z',
            revisions: 2,
            final: true,
          },
        ],
      },
    }),
    'GET /v1/console/directory': () => ({
      status: 200,
      body: {
        users: [{ id: attorneyId, displayName: 'Abby Abogada', role: 'attorney', disabled: false }],
      },
    }),
  });
  const store = new SessionStore({ fetch: server.fetch });
  const i18n = await createConsoleI18n(language);
  render(<ConsoleApp i18n={i18n} store={store} api={new ConsoleApi(store, server.fetch)} />);
  const person = userEvent.setup();
  const labels =
    language === 'en'
      ? { email: 'Email', password: 'Password', button: 'Sign in' }
      : { email: 'Correo electrónico', password: 'Contraseña', button: 'Iniciar sesión' };
  await person.type(screen.getByLabelText(labels.email), 'supervisor@example.org');
  await person.type(screen.getByLabelText(labels.password), 'a long password');
  await person.click(screen.getByRole('button', { name: labels.button }));
  return { server, person };
}

const rowOf = async (reference: string) =>
  (await screen.findByRole('link', { name: reference })).closest('tr') as HTMLElement;

describe('the caseload dashboard', () => {
  afterEach(() => cleanup());

  it('lands a supervisor on Cases: custody, hearing, the overdue deadline in red, who and review', async () => {
    await renderCases('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
    const open = await rowOf('MCJ-2026-0101');
    expect(screen.getByRole('table')).toBeTruthy();
    expect(open.textContent).toContain('Ana Prueba');
    expect(open.textContent).toContain('Detained · Example Processing Center · 66 days in custody');
    expect(open.textContent).toContain('Master calendar · Video (Webex)');
    const deadline = within(open).getByText(/Send the EOIR-33/);
    expect(deadline.textContent).toContain('3 days overdue');
    expect(deadline.className).toBe('deadline-overdue');
    expect(open.textContent).toContain('and 1 more overdue');
    await within(open).findByText('Abby Abogada');
    // The review count opens the case's review page.
    expect(
      within(open)
        .getByRole('link', { name: '1 item to review in case MCJ-2026-0101' })
        .getAttribute('href'),
    ).toBe(`/console/reviews/${open.querySelector('a')!.getAttribute('href')!.split('/').pop()}`);
    // A protected client seen by someone the server withholds the name from: said, not blank.
    const hidden = await rowOf('MCJ-2026-0102');
    expect(hidden.textContent).toContain('Protected client (name not shown)');
    expect(hidden.textContent).toContain('asylum (8 CFR 208.6)');
    expect(hidden.textContent).toContain(deadlineRule('asylum-one-year').name.en);
    expect(hidden.textContent).toContain('in 35 days');
    expect(hidden.textContent).toContain('Not assigned');
    expect(document.title).not.toContain('Ana');
  });

  it('asks the server for a filter and shows its counts; sorting is a button in a header with aria-sort', async () => {
    const { person, server } = await renderCases('en');
    await rowOf('MCJ-2026-0102');
    await person.click(screen.getByLabelText('Overdue deadline (1 case)'));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'MCJ-2026-0102' })).toBeNull());
    expect(server.calls.at(-1)!.path).toContain('filters=overdue');
    expect(screen.getByRole('status').textContent).toBe('Cases 1–1 of 1');
    const hearing = screen.getByRole('columnheader', { name: /Next hearing/ });
    expect(hearing.getAttribute('aria-sort')).toBe('ascending');
    await person.click(within(hearing).getByRole('button'));
    await waitFor(() => expect(hearing.getAttribute('aria-sort')).toBe('descending'));
    expect(server.calls.at(-1)!.path).toContain('dir=desc');
    const client = screen.getByRole('columnheader', { name: /Client/ });
    expect(client.getAttribute('aria-sort')).toBe('none');
  });

  it('searches on the server after typing stops, and exports a CSV with formulas neutralised', async () => {
    const { person, server } = await renderCases('en');
    await rowOf('MCJ-2026-0101');
    await person.type(
      screen.getByLabelText('Search by reference, client name or A-number'),
      'Prueba',
    );
    await waitFor(() => expect(server.calls.some((c) => c.path.includes('q=Prueba'))).toBe(true));
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    await person.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = await saved[0]!.text();
    expect(text).toContain('MCJ-2026-0101,Ana Prueba,Abby Abogada');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('opens a case and its notes in Spanish; the tab title carries the reference, not the name', async () => {
    const { person, server } = await renderCases('es');
    await person.click(await screen.findByRole('link', { name: 'MCJ-2026-0101' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Caso MCJ-2026-0101' }),
    ).toBeTruthy();
    const note = await screen.findByRole('article', { name: /Abby Abogada/ });
    expect(note.textContent).toContain('Client describes the journey (test note).');
    expect(note.textContent).toContain('Definitiva');
    expect(note.textContent).toContain('Versiones (2)');
    expect(note.textContent).not.toContain('bifurcación');
    // The closing form proposes what the case file says: released on bond, $3,000.
    expect(
      await screen.findByText('Propuesta según el expediente: Liberación con fianza, $3000'),
    ).toBeTruthy();
    // Each section of the case view loads on its own: wait for each, never only for the first.
    expect(await screen.findByText(/vencido hace 3 días/)).toBeTruthy();
    // A draft exported is named, not shown by its kind's id.
    const exports = await screen.findByRole('region', { name: 'Borradores exportados' });
    await waitFor(() => expect(exports.textContent).toContain('MCJ-2026-0101'));
    expect(exports.textContent).toContain(
      'Solicitud de parole humanitario (ICE ERO) · caso MCJ-2026-0101 · 5 dic 2026',
    );
    expect(exports.textContent).not.toContain('parole-request');
    expect(document.title).toContain('MCJ-2026-0101');
    expect(document.title).not.toContain('Ana');
    expect(server.calls.every((call) => call.init.cache === 'no-store')).toBe(true);
    // Nothing of the case in the browser's storage.
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(stored).not.toContain('Prueba');
    expect(stored).not.toContain('journey');
  });
});
