import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleApi } from '../api/console-api';
import { createConsoleI18n } from '../i18n';
import { SessionStore } from '../session/session-store';
import { fakeServer, tokens } from '../test-support/fake-server';
import { ConsoleApp } from './ConsoleApp';

const user = {
  id: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0a02',
  email: 'admin@example.org',
  displayName: 'Ari Admin (test)',
  role: 'admin',
  createdAt: '2026-12-01T15:00:00.000Z',
  disabled: false,
  languages: ['es'],
  organisation: null,
  availability: 'available',
  lastSignInAt: null,
};

async function renderConsole(language: 'en' | 'es', routes: Parameters<typeof fakeServer>[0]) {
  window.history.replaceState(null, '', '/console/accounts');
  const server = fakeServer({
    'POST /v1/console/sign-in': ({ body }) =>
      (body as { email: string }).email === 'attorney@example.org'
        ? { status: 403, body: { code: 'forbidden', message: 'console.attorneyUsesLaptop' } }
        : { status: 200, body: tokens(Date.now()) },
    'POST /v1/console/sign-out': () => ({ status: 200, body: { ok: true } }),
    'GET /v1/admin/users': () => ({ status: 200, body: { users: [user] } }),
    ...routes,
  });
  const store = new SessionStore({ fetch: server.fetch });
  const i18n = await createConsoleI18n(language);
  render(<ConsoleApp i18n={i18n} store={store} api={new ConsoleApi(store, server.fetch)} />);
  return { server, store };
}

describe('the staff console', () => {
  afterEach(() => cleanup());

  it('explains in Spanish why an attorney cannot sign in, and checks the email first', async () => {
    const person = userEvent.setup();
    await renderConsole('es', {});
    await person.type(screen.getByLabelText('Correo electrónico'), 'not an email');
    await person.type(screen.getByLabelText('Contraseña'), 'x');
    await person.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
    expect(await screen.findByText(/Escriba un correo|correo electrónico como/)).toBeTruthy();
    await person.clear(screen.getByLabelText('Correo electrónico'));
    await person.type(screen.getByLabelText('Correo electrónico'), 'attorney@example.org');
    await person.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Los abogados usan la aplicación Amparo del portátil');
  });

  it('creates an account and shows the server’s refusal of a taken email, translated', async () => {
    const person = userEvent.setup();
    const { server } = await renderConsole('en', {
      'POST /v1/admin/users': () => ({
        status: 409,
        body: { code: 'conflict', message: 'admin.user.emailTaken' },
      }),
    });
    await person.type(screen.getByLabelText('Email'), 'admin@example.org');
    await person.type(screen.getByLabelText('Password'), 'a long password');
    await person.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accounts' })).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Ari Admin (test)' })).toBeTruthy();

    await person.click(screen.getByRole('button', { name: 'New account' }));
    const form = screen.getByRole('heading', { level: 2, name: 'New account' }).parentElement!;
    await person.type(within(form).getByLabelText('Email'), 'ana.abogada@example.org');
    await person.type(within(form).getByLabelText('Name'), 'Ana Abogada (test)');
    await person.click(within(form).getByLabelText('Mam'));
    await person.click(within(form).getByLabelText('Spanish'));
    await person.type(within(form).getByLabelText('Firm or organisation'), 'Prueba LLP');
    await person.click(within(form).getByRole('button', { name: 'Create account' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'An account with this email already exists.',
    );
    const sent = server.calls.find((c) => c.path === '/v1/admin/users' && c.method === 'POST');
    expect(sent?.body).toEqual({
      email: 'ana.abogada@example.org',
      displayName: 'Ana Abogada (test)',
      role: 'attorney',
      languages: ['mam', 'es'],
      organisation: 'Prueba LLP',
      availability: 'available',
    });
  });

  it('has the first admin replace a handed-out password before signing in', async () => {
    const person = userEvent.setup();
    let changed = false;
    const { server } = await renderConsole('en', {
      'POST /v1/console/sign-in': ({ body }) =>
        changed && (body as { password: string }).password === 'river lamp seven orchard'
          ? { status: 200, body: tokens(Date.now()) }
          : { status: 403, body: { code: 'password_change_required', message: 'x' } },
      'POST /v1/auth/change-password': () => {
        changed = true;
        return { status: 200, body: { ok: true } };
      },
    });
    await person.type(screen.getByLabelText('Email'), 'first.admin@example.org');
    await person.type(screen.getByLabelText('Password'), 'handed-out-once');
    await person.click(screen.getByRole('button', { name: 'Sign in' }));
    await person.type(await screen.findByLabelText('New password'), 'river lamp seven orchard');
    await person.type(screen.getByLabelText('Type the new password again'), 'river lamp seven');
    await person.click(screen.getByRole('button', { name: 'Save and sign in' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeTruthy();
    await person.type(screen.getByLabelText('Type the new password again'), ' orchard');
    await person.click(screen.getByRole('button', { name: 'Save and sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accounts' })).toBeTruthy();
    expect(server.calls.find((c) => c.path === '/v1/auth/change-password')?.body).toEqual({
      email: 'first.admin@example.org',
      currentPassword: 'handed-out-once',
      newPassword: 'river lamp seven orchard',
    });
  });
});
