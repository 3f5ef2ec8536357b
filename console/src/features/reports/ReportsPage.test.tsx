/** The reports screen: each chart's figures as a table, honest empty states, a CSV per report. */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleApi } from '../../api/console-api';
import { ConsoleApp } from '../../app/ConsoleApp';
import { createConsoleI18n } from '../../i18n';
import { SessionStore } from '../../session/session-store';
import { fakeServer, session, tokens } from '../../test-support/fake-server';

const report = {
  from: '2026-01-01',
  to: '2026-12-31',
  quarters: [
    {
      quarter: '2026-Q3',
      opened: 0,
      closed: 0,
      openedByCustody: {},
      closedByOutcome: {},
      reliefSought: {},
    },
    {
      quarter: '2026-Q4',
      opened: 2,
      closed: 1,
      openedByCustody: { detained: 2 },
      closedByOutcome: { released_bond: 1 },
      reliefSought: { asylum: 1 },
    },
  ],
  releaseDays: {
    buckets: [
      { key: '0-7', count: 0 },
      { key: '31-60', count: 1 },
    ],
    median: 40,
    count: 1,
  },
  proBono: { byVolunteer: [], byFirm: [], byCase: [], totalMinutes: 0 },
  hearingsPerWeek: [
    { week: '2026-11-30', count: 2 },
    { week: '2026-12-07', count: 1 },
  ],
};

async function renderReports(language: 'en' | 'es') {
  window.history.replaceState(null, '', '/console/reports');
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({
      status: 200,
      body: { ...tokens(Date.now()), session: { ...session, role: 'supervisor' } },
    }),
    'GET /v1/console/reports': () => ({ status: 200, body: report }),
    'GET /v1/console/directory': () => ({ status: 200, body: { users: [] } }),
  });
  const store = new SessionStore({ fetch: server.fetch });
  const i18n = await createConsoleI18n(language);
  render(<ConsoleApp i18n={i18n} store={store} api={new ConsoleApi(store, server.fetch)} />);
  const person = userEvent.setup();
  await person.type(
    screen.getByLabelText(language === 'en' ? 'Email' : 'Correo electrónico'),
    'supervisor@example.org',
  );
  await person.type(
    screen.getByLabelText(language === 'en' ? 'Password' : 'Contraseña'),
    'a long password',
  );
  await person.click(
    screen.getByRole('button', { name: language === 'en' ? 'Sign in' : 'Iniciar sesión' }),
  );
  return { server, person };
}

describe('the reports screen', () => {
  afterEach(() => cleanup());

  it('shows the bond release in its quarter as a table; charts are hidden from screen readers', async () => {
    const { person } = await renderReports('en');
    const table = await screen.findByRole('table', { name: 'Cases per quarter' });
    expect(table.textContent).toContain('2026-Q4');
    expect(table.textContent).toContain('Released on bond: 1');
    expect(table.textContent).toContain('Detained: 2');
    expect(document.querySelectorAll('canvas:not([aria-hidden="true"])')).toHaveLength(0);
    expect(screen.getByText(/No time entries yet/)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Hearings per week' }).textContent).toContain(
      '2026-11-30',
    );
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    await person.click(screen.getByRole('button', { name: 'Download CSV: Cases per quarter' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(await saved[0]!.text()).toContain(
      '2026-Q4,2,Detained: 2,Asylum: 1,1,Released on bond: 1',
    );
  });

  it('reads in Spanish', async () => {
    await renderReports('es');
    const table = await screen.findByRole('table', { name: 'Casos por trimestre' });
    expect(table.textContent).toContain('Liberación con fianza: 1');
    expect(screen.getByRole('heading', { level: 1, name: 'Informes' })).toBeTruthy();
  });
});
