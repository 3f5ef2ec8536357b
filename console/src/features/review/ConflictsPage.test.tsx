/**
 * Conflicts in the console: a value replaced by a later change (issue 15 #6) waits for a person
 * here too, labelled for what it is (the replaced value, and the value now current), with a way
 * to restore it; legal-fact conflicts keep their choice.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleApi } from '../../api/console-api';
import { ConsoleApp } from '../../app/ConsoleApp';
import { createConsoleI18n } from '../../i18n';
import { SessionStore } from '../../session/session-store';
import { fakeServer, session, tokens } from '../../test-support/fake-server';

const caseId = '7e2d9b63-2d2f-4e8b-8b46-1d7f2f3c4b01';
const office = '7e2d9b63-2d2f-4e8b-8b46-1d7f2f3c4b02';
const field = '7e2d9b63-2d2f-4e8b-8b46-1d7f2f3c4b03';
const id = (n: number) => `7e2d9b63-2d2f-4e8b-8b46-1d7f2f3c4c0${n}`;

const conflict = (n: number, over: Record<string, unknown>) => ({
  id: id(n),
  caseId,
  entity: 'case',
  entityId: caseId,
  fieldPath: 'custody/facilityPhone',
  kind: 'overwritten',
  status: 'auto_resolved',
  serverValue: '601-555-0100',
  clientValue: '601-555-0199',
  serverActorId: office,
  serverChangedAt: '2026-12-06T14:00:00.000Z',
  clientActorId: field,
  clientDeviceId: id(9),
  clientTime: '2026-12-05T16:40:00-06:00',
  mutationId: id(8),
  createdAt: '2026-12-06T15:00:00.000Z',
  resolvedAt: null,
  resolvedBy: null,
  ...over,
});

const replaced = conflict(1, {});
const acknowledged = conflict(2, {
  fieldPath: 'court/judge',
  serverValue: 'IJ Old (test)',
  clientValue: 'IJ New (test)',
  resolvedAt: '2026-12-06T16:00:00.000Z',
  resolvedBy: field,
});
const legal = conflict(3, {
  kind: 'legal_field',
  status: 'open',
  fieldPath: 'custody/status',
  serverValue: 'released_recognizance',
  clientValue: 'released_bond',
});

type Answer = { status: number; body: unknown };

async function renderConflicts(language: 'en' | 'es', resolve: () => Answer) {
  window.history.replaceState(null, '', '/console/conflicts');
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({
      status: 200,
      body: { ...tokens(Date.now()), session: { ...session, role: 'supervisor' } },
    }),
    'POST /v1/console/sign-out': () => ({ status: 200, body: { ok: true } }),
    'GET /v1/admin/conflicts': ({ path }) => ({
      status: 200,
      body: {
        items: path.includes('status=open') ? [legal] : [replaced, acknowledged, legal],
      },
    }),
    'GET /v1/admin/cases': () => ({
      status: 200,
      body: {
        cases: [
          {
            id: caseId,
            reference: 'MCJ-2026-0042',
            version: 4,
            assignedUserIds: [],
            deleted: false,
          },
        ],
      },
    }),
    'GET /v1/console/directory': () => ({
      status: 200,
      body: {
        users: [
          { id: office, displayName: 'Supervisor Prueba', role: 'supervisor', disabled: false },
          { id: field, displayName: 'Ana Prueba', role: 'attorney', disabled: false },
        ],
      },
    }),
    [`POST /v1/admin/conflicts/${replaced.id}/resolve`]: resolve,
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
  await screen.findAllByRole('article');
  return { server, person };
}

const articles = () => screen.getAllByRole('article');
const replacedItem = () => articles().find((a) => a.textContent!.includes('601-555-0100'))!;

describe('conflicts in the console', () => {
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
  afterEach(() => cleanup());

  it('waits with a replaced value nobody acknowledged, labelled for what it is, and restores it', async () => {
    const { server, person } = await renderConflicts('en', () => ({
      status: 200,
      body: {
        conflict: {
          ...replaced,
          status: 'resolved',
          resolvedAt: '2026-12-06T18:00:00.000Z',
          resolvedBy: office,
        },
      },
    }));
    // Waiting for a person: the legal conflict and the replaced value; not the acknowledged one.
    expect(articles()).toHaveLength(2);
    expect(screen.queryByText('IJ Old (test)')).toBeNull();
    const item = replacedItem();
    const before = within(item).getByRole('region', { name: 'Replaced value' });
    expect(before.textContent).toContain('601-555-0100');
    expect(before.textContent).toContain('Supervisor Prueba');
    const now = within(item).getByRole('region', { name: 'Current value (the later change)' });
    expect(now.textContent).toContain('601-555-0199');
    expect(now.textContent).toContain('Ana Prueba');
    expect(within(item).queryByRole('button', { name: "Use the laptop's value" })).toBeNull();

    await person.click(within(item).getByRole('button', { name: 'Restore the replaced value' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore the replaced value?' });
    await person.click(within(dialog).getByRole('button', { name: 'Restore the replaced value' }));
    expect(
      await screen.findByText(/Restored: the replaced value is the case's value again/),
    ).toBeTruthy();
    const sent = server.calls.find((c) => c.path.endsWith(`${replaced.id}/resolve`));
    expect(sent?.body).toEqual({ resolution: 'restore' });
  });

  it('says in Spanish when the detail changed again and there is nothing to restore', async () => {
    const { person } = await renderConflicts('es', () => ({
      status: 409,
      body: { code: 'conflict', message: 'review.conflict.changedSince' },
    }));
    const item = replacedItem();
    expect(within(item).getByRole('region', { name: 'Valor reemplazado' })).toBeTruthy();
    await person.click(
      within(item).getByRole('button', { name: 'Restaurar el valor reemplazado' }),
    );
    const dialog = screen.getByRole('dialog', { name: '¿Restaurar el valor reemplazado?' });
    await person.click(
      within(dialog).getByRole('button', { name: 'Restaurar el valor reemplazado' }),
    );
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Este dato cambió de nuevo desde entonces',
    );
  });

  it('keeps the legal-fact choice, and shows acknowledged replaced values with the resolved ones', async () => {
    const { person } = await renderConflicts('en', () => ({ status: 500, body: {} }));
    const legalItem = articles().find((a) => a.textContent!.includes('released_bond'))!;
    expect(within(legalItem).getByRole('region', { name: 'On the server' })).toBeTruthy();
    expect(within(legalItem).getByRole('button', { name: "Use the laptop's value" })).toBeTruthy();
    await person.click(screen.getByLabelText('Also show resolved conflicts'));
    expect(await screen.findByText('IJ Old (test)')).toBeTruthy();
  });
});
