import type { LeaseState } from '@core/lease/lease-state';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import { LeaseNotice } from './LeaseNotice';

afterEach(cleanup);

async function shown(language: 'en' | 'es', state: LeaseState, fails?: Error) {
  const i18n = await createI18n(language);
  const checkIn = vi.fn(async () => {
    if (fails) throw fails;
  });
  const onCheckedIn = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <LeaseNotice state={state} checkIn={checkIn} onCheckedIn={onCheckedIn} />
    </I18nextProvider>,
  );
  return { checkIn, onCheckedIn };
}

describe('the lease on the lock screen (issue 19 #2)', () => {
  it('warns in its last 7 days with the date and the days left (en, es)', async () => {
    const state: LeaseState = {
      kind: 'warning',
      expiresAt: '2027-01-05T18:00:00.000Z',
      daysLeft: 6,
    };
    await shown('en', state);
    expect(screen.getByRole('status')).toHaveTextContent(
      "This computer must check in with MCJ's server by January 5, 2027 (6 days left).",
    );
    cleanup();
    await shown('es', state);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Esta computadora debe conectarse con el servidor de MCJ antes del 5 de enero de 2027 (quedan 6 días).',
    );
  });

  it('once ended says why and what to do, and checks in by signing in again', async () => {
    const { checkIn, onCheckedIn } = await shown('en', {
      kind: 'expired',
      expiresAt: '2027-01-05T18:00:00.000Z',
      reason: 'ended',
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      "this computer's lease ended on January 5, 2027",
    );
    expect(screen.getByRole('alert')).toHaveTextContent('is kept on this computer, encrypted');
    expect(screen.getByText(/ask an MCJ supervisor to lengthen the lease/)).toBeVisible();
    await userEvent.type(screen.getByLabelText('Email'), 'attorney1@example.org');
    await userEvent.type(screen.getByLabelText('MCJ password'), 'a long password');
    await userEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(checkIn).toHaveBeenCalledWith('attorney1@example.org', 'a long password');
    expect(onCheckedIn).toHaveBeenCalledTimes(1);
  });

  it('says when the clock was turned back, and when the server would not renew (es)', async () => {
    await shown(
      'es',
      { kind: 'expired', expiresAt: '2027-01-05T18:00:00.000Z', reason: 'clockBack' },
      new Error('lease_not_renewed'),
    );
    expect(
      screen.getByRole('heading', { name: 'Esta computadora debe conectarse con MCJ' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'el reloj de esta computadora está en una hora anterior',
    );
    await userEvent.type(screen.getByLabelText('Correo electrónico'), 'attorney1@example.org');
    await userEvent.type(screen.getByLabelText('Contraseña de MCJ'), 'a long password');
    await userEvent.click(screen.getByRole('button', { name: 'Conectarse' }));
    expect(await screen.findByText(/no renovó el plazo de esta computadora/)).toBeVisible();
  });
});
