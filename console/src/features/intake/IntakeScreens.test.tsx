import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConsoleApi } from '../../api/console-api';
import { ConsoleApp } from '../../app/ConsoleApp';
import { createConsoleI18n } from '../../i18n';
import { SessionStore } from '../../session/session-store';
import { fakeServer, session, tokens } from '../../test-support/fake-server';
import { check, ids, intakeDoc, summary, volunteers } from './intake-test-data';

type Routes = Parameters<typeof fakeServer>[0];

async function openConsole(path: string, language: 'en' | 'es', routes: Routes) {
  window.history.replaceState(null, '', `/console/${path}`);
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({
      status: 200,
      body: { ...tokens(Date.now()), session: { ...session, role: 'supervisor' } },
    }),
    'GET /v1/console/directory': () => ({
      status: 200,
      body: {
        users: [
          {
            id: ids.attorney1,
            displayName: 'Abogada Uno (test)',
            role: 'attorney',
            disabled: false,
          },
          {
            id: ids.supervisor,
            displayName: 'Sofía Supervisora (test)',
            role: 'supervisor',
            disabled: false,
          },
        ],
      },
    }),
    'GET /v1/admin/volunteers': () => ({ status: 200, body: { volunteers } }),
    'GET /v1/admin/cases': () => ({
      status: 200,
      body: {
        cases: [
          {
            id: ids.plantedCase,
            reference: 'MCJ-2026-0042',
            version: 3,
            assignedUserIds: [ids.attorney2],
            deleted: false,
          },
        ],
      },
    }),
    ...routes,
  });
  const store = new SessionStore({ fetch: server.fetch });
  const i18n = await createConsoleI18n(language);
  render(<ConsoleApp i18n={i18n} store={store} api={new ConsoleApi(store, server.fetch)} />);
  const person = userEvent.setup();
  await person.type(
    screen.getByLabelText(language === 'es' ? 'Correo electrónico' : 'Email'),
    'sofia@example.org',
  );
  await person.type(
    screen.getByLabelText(language === 'es' ? 'Contraseña' : 'Password'),
    'a long password',
  );
  await person.click(
    screen.getByRole('button', { name: language === 'es' ? 'Iniciar sesión' : 'Sign in' }),
  );
  return { server, person };
}

describe('intake screens', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: opening one only sets `open`, which is what roles read.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('takes a pending intake through the conflict check, a waiver with its reason, and acceptance with an assignment', async () => {
    let checked = false;
    let decided = false;
    let accepted = false;
    const { server, person } = await openConsole('intakes', 'en', {
      'GET /v1/admin/intakes': () => ({ status: 200, body: { intakes: [summary()] } }),
      'GET /v1/admin/intakes/5a1e0000-0000-4000-8000-000000000001': () => ({
        status: 200,
        body: {
          summary: summary({
            conflictDecision: decided ? 'waived' : null,
            ...(accepted ? { state: 'accepted', caseReference: 'MCJ-2026-0050' } : {}),
          }),
          intake: accepted
            ? {
                ...intakeDoc,
                state: 'accepted',
                decision: {
                  by: ids.supervisor,
                  at: '2026-12-02T11:00:00.000Z',
                  caseId: ids.newCase,
                  caseReference: 'MCJ-2026-0050',
                },
              }
            : intakeDoc,
          checks: decided
            ? [
                check({
                  decision: 'waived',
                  reason: 'Consent in writing.',
                  decidedBy: ids.supervisor,
                  decidedAt: '2026-12-02T10:30:00.000Z',
                }),
              ]
            : checked
              ? [check()]
              : [],
        },
      }),
      'POST /v1/admin/intakes/5a1e0000-0000-4000-8000-000000000001/conflict-checks': () => {
        checked = true;
        return { status: 200, body: check() };
      },
      'POST /v1/admin/conflict-checks/5a1e0000-0000-4000-8000-000000000002/decision': ({
        body,
      }) => {
        if (!(body as { reason?: string }).reason)
          return {
            status: 400,
            body: {
              code: 'validation_failed',
              message: 'validation_failed',
              issues: [{ path: 'body.reason', code: 'validation.intake.reasonRequired' }],
            },
          };
        decided = true;
        return { status: 200, body: check({ decision: 'waived' }) };
      },
      'POST /v1/admin/intakes/5a1e0000-0000-4000-8000-000000000001/accept': ({ body }) => {
        if (!(body as { confirmDuplicateANumber: boolean }).confirmDuplicateANumber)
          return { status: 409, body: { code: 'conflict', message: 'intake.duplicateANumber' } };
        accepted = true;
        return {
          status: 200,
          body: {
            intakeId: ids.intake,
            state: 'accepted',
            caseId: ids.newCase,
            caseReference: 'MCJ-2026-0050',
          },
        };
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Intakes' })).toBeTruthy();
    const row = (await screen.findByRole('rowheader', { name: 'INT-2026-000123' })).closest('tr')!;
    expect(within(row).getByText('Ana Prueba')).toBeTruthy();
    expect(within(row).getByText('Same A-number as MCJ-2026-0007')).toBeTruthy();
    expect(within(row).getByText('Not checked yet')).toBeTruthy();
    await person.click(within(row).getByRole('link', { name: 'INT-2026-000123' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Intake INT-2026-000123' }),
    ).toBeTruthy();
    expect(screen.getByText(/José Ángel Pérez · Adverse party · ex-spouse/)).toBeTruthy();
    expect(screen.getByText('VAWA, T or U (8 U.S.C. 1367)')).toBeTruthy();
    await person.click(screen.getByRole('button', { name: 'Run the conflict check' }));
    const hits = await screen.findByRole('table', { name: 'Matches found: 1' });
    const hit = within(hits).getByRole('rowheader', { name: 'MCJ-2026-0042' }).closest('tr')!;
    expect(within(hit).getByText('Adverse party · abuser')).toBeTruthy();
    expect(within(hit).getByText('Perez, Jose A.')).toBeTruthy();
    expect(within(hit).getByText('José Ángel Pérez (Adverse party)')).toBeTruthy();

    await person.click(screen.getByRole('radio', { name: 'Waived' }));
    await person.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect((await screen.findByText('Give the reason.')).getAttribute('role')).toBe('alert');
    expect(screen.getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');
    await person.type(screen.getByLabelText('Reason'), 'Consent in writing.');
    await person.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByText('Decision recorded: Waived.')).toBeTruthy();

    await person.click(
      screen.getByRole('checkbox', { name: /^Abogada Uno \(test\) · Spanish, Mam · Prueba LLP/ }),
    );
    await person.click(screen.getByRole('button', { name: 'Accept and open the case' }));
    const dialog = await screen.findByRole('dialog', { name: 'Same A-number as another record' });
    expect(dialog.textContent).toContain('MCJ-2026-0007');
    await person.click(within(dialog).getByRole('button', { name: 'Go on anyway' }));
    expect(await screen.findByText(/Accepted: case MCJ-2026-0050 is open/)).toBeTruthy();
    const sent = server.calls.filter((c) => c.path.endsWith('/accept')).map((c) => c.body);
    expect(sent).toEqual([
      { assignTo: [ids.attorney1], confirmDuplicateANumber: true, noteLanguage: 'en' },
    ]);
  });

  it('in Spanish, declines with a reason and shows why a decided intake cannot be decided again', async () => {
    const { person } = await openConsole(`intakes/${ids.intake}`, 'es', {
      'GET /v1/admin/intakes/5a1e0000-0000-4000-8000-000000000001': () => ({
        status: 200,
        body: { summary: summary({ duplicateANumber: [] }), intake: intakeDoc, checks: [] },
      }),
      'POST /v1/admin/intakes/5a1e0000-0000-4000-8000-000000000001/decline': () => ({
        status: 409,
        body: { code: 'conflict', message: 'intake.transition.notSubmitted' },
      }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Admisión INT-2026-000123' }),
    ).toBeTruthy();
    const decline = screen.getByRole('button', { name: 'Rechazar la admisión' });
    expect(decline.hasAttribute('disabled')).toBe(true);
    await person.type(screen.getByLabelText(/Motivo del rechazo/), 'Fuera de nuestra zona.');
    await person.click(decline);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Ya se decidió sobre esta admisión',
    );
  });
});
