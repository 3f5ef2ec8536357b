/** Refused changes: a supervisor reads one and applies it after review (issue 15 #2). */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleApi } from '../../api/console-api';
import { ConsoleApp } from '../../app/ConsoleApp';
import { createConsoleI18n } from '../../i18n';
import { SessionStore } from '../../session/session-store';
import { fakeServer, session, tokens } from '../../test-support/fake-server';

const caseId = '6f1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a01';
const attorneyId = '6f1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a02';
const itemId = '6f1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a03';
const mutationId = '6f1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a04';

const refused = (appliedAt: string | null) => ({
  id: itemId,
  deviceId: '6f1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a05',
  userId: attorneyId,
  mutationId,
  seq: 7,
  caseId,
  entity: 'case',
  reason: 'not_assigned',
  payload: {
    kind: 'patch',
    mutationId,
    seq: 7,
    entity: 'case',
    entityId: caseId,
    caseId,
    baseVersion: 3,
    patch: { set: { 'custody/iceOffice': 'ERO New Orleans (test)' } },
  },
  createdAt: '2026-12-05T15:00:00.000Z',
  reviewedAt: appliedAt,
  appliedAt,
});

type Answer = { status: number; body: unknown };

async function renderQuarantine(language: 'en' | 'es', apply: () => Answer) {
  window.history.replaceState(null, '', '/console/quarantine');
  let appliedAt: string | null = null;
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({
      status: 200,
      body: { ...tokens(Date.now()), session: { ...session, role: 'supervisor' } },
    }),
    'POST /v1/console/sign-out': () => ({ status: 200, body: { ok: true } }),
    'GET /v1/admin/quarantine': () => ({ status: 200, body: { items: [refused(appliedAt)] } }),
    'GET /v1/admin/cases': () => ({
      status: 200,
      body: {
        cases: [
          {
            id: caseId,
            reference: 'MCJ-2026-0042',
            version: 3,
            assignedUserIds: [],
            deleted: false,
          },
        ],
      },
    }),
    'GET /v1/console/directory': () => ({
      status: 200,
      body: {
        users: [{ id: attorneyId, displayName: 'Ana Prueba', role: 'attorney', disabled: false }],
      },
    }),
    [`POST /v1/admin/quarantine/${itemId}/apply`]: () => {
      const answer = apply();
      if (answer.status === 200) appliedAt = (answer.body as { appliedAt: string }).appliedAt;
      return answer;
    },
  });
  const store = new SessionStore({ fetch: server.fetch });
  const i18n = await createConsoleI18n(language);
  render(<ConsoleApp i18n={i18n} store={store} api={new ConsoleApi(store, server.fetch)} />);
  const person = userEvent.setup();
  const signInLabels =
    language === 'en'
      ? { email: 'Email', password: 'Password', button: 'Sign in' }
      : { email: 'Correo electrónico', password: 'Contraseña', button: 'Iniciar sesión' };
  await person.type(screen.getByLabelText(signInLabels.email), 'supervisor@example.org');
  await person.type(screen.getByLabelText(signInLabels.password), 'a long password');
  await person.click(screen.getByRole('button', { name: signInLabels.button }));
  const item = (await screen.findByRole('article', { name: /MCJ-2026-0042/ })) as HTMLElement;
  return { server, person, item };
}

const applied = (status: 'applied' | 'conflict') => ({
  status: 200,
  body: {
    id: itemId,
    appliedAt: '2026-12-06T18:00:00.000Z',
    result: { mutationId, seq: 7, status, newVersion: 4 },
  },
});

describe('a refused change in the console', () => {
  beforeAll(() => {
    // jsdom has <dialog> without its modal methods; browsers (and the e2e specs) have both.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
  afterEach(() => cleanup());

  it('is applied after the supervisor confirms what it does, once, and shows as applied', async () => {
    const { server, person, item } = await renderQuarantine('en', () => applied('applied'));
    expect(item.textContent).toContain('Ana Prueba');
    expect(item.textContent).toContain('the case was not assigned to the sender');
    await person.click(within(item).getByRole('button', { name: 'Apply this change' }));
    const dialog = screen.getByRole('dialog', { name: 'Apply this refused change?' });
    expect(dialog.textContent).toContain('as Ana Prueba sent it');
    expect(server.calls.filter((c) => c.path.endsWith('/apply'))).toHaveLength(0);
    await person.click(within(dialog).getByRole('button', { name: 'Apply the change' }));

    expect((await screen.findByText(/Applied: the change took effect/)).getAttribute('role')).toBe(
      'status',
    );
    const calls = server.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/apply'));
    expect(calls.map((c) => c.path)).toEqual([`/v1/admin/quarantine/${itemId}/apply`]);
    expect(screen.queryByRole('dialog')).toBeNull();
    // Applied items are reviewed: shown only with the reviewed ones, marked applied, no buttons.
    await person.click(screen.getByLabelText('Also show changes already reviewed'));
    const after = await screen.findByRole('article', { name: /MCJ-2026-0042/ });
    expect(within(after).getByText('Applied')).toBeTruthy();
    expect(within(after).queryByRole('button', { name: 'Apply this change' })).toBeNull();
    expect(within(after).queryByRole('button', { name: 'Mark reviewed' })).toBeNull();
  });

  it('says when the change met a newer one and opened a conflict', async () => {
    const { person, item } = await renderQuarantine('en', () => applied('conflict'));
    await person.click(within(item).getByRole('button', { name: 'Apply this change' }));
    const dialog = screen.getByRole('dialog', { name: 'Apply this refused change?' });
    await person.click(within(dialog).getByRole('button', { name: 'Apply the change' }));
    expect(await screen.findByText(/see Conflicts/)).toBeTruthy();
  });

  it('says in Spanish why a change still cannot be applied, and changes nothing', async () => {
    const { person, item } = await renderQuarantine('es', () => ({
      status: 409,
      body: {
        code: 'conflict',
        message: 'review.quarantine.notApplicable',
        issues: [{ path: 'reason', code: 'invalid_document' }],
      },
    }));
    await person.click(within(item).getByRole('button', { name: 'Aplicar este cambio' }));
    const dialog = screen.getByRole('dialog', { name: '¿Aplicar este cambio rechazado?' });
    await person.click(within(dialog).getByRole('button', { name: 'Aplicar el cambio' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Este cambio sigue sin poder aplicarse');
    expect(alert.textContent).toContain('el registro no era válido');
    await person.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    expect(within(item).getByRole('button', { name: 'Aplicar este cambio' })).toBeTruthy();
  });

  it('says so when someone else applied it first, and updates the list', async () => {
    const { server, person, item } = await renderQuarantine('en', () => ({
      status: 409,
      body: { code: 'conflict', message: 'review.quarantine.alreadyApplied' },
    }));
    await person.click(within(item).getByRole('button', { name: 'Apply this change' }));
    const dialog = screen.getByRole('dialog', { name: 'Apply this refused change?' });
    await person.click(within(dialog).getByRole('button', { name: 'Apply the change' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'This change was already applied',
    );
    const lists = server.calls.filter((c) => c.path === '/v1/admin/quarantine');
    expect(lists.length).toBeGreaterThan(1);
  });
});
