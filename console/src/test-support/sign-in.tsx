import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsoleApi } from '../api/console-api';
import { ConsoleApp } from '../app/ConsoleApp';
import { createConsoleI18n } from '../i18n';
import { SessionStore } from '../session/session-store';
import type { fakeServer } from './fake-server';

/** Renders the console against the fake server and signs in by password, in that language. */
export async function renderSignedIn(
  server: ReturnType<typeof fakeServer>,
  language: 'en' | 'es',
  email: string,
) {
  const store = new SessionStore({ fetch: server.fetch });
  const i18n = await createConsoleI18n(language);
  render(<ConsoleApp i18n={i18n} store={store} api={new ConsoleApi(store, server.fetch)} />);
  const user = userEvent.setup();
  const labels =
    language === 'en'
      ? { email: 'Email', password: 'Password', button: 'Sign in' }
      : { email: 'Correo electrónico', password: 'Contraseña', button: 'Iniciar sesión' };
  await user.type(screen.getByLabelText(labels.email), email);
  await user.type(screen.getByLabelText(labels.password), 'a long password');
  await user.click(screen.getByRole('button', { name: labels.button }));
  return user;
}
