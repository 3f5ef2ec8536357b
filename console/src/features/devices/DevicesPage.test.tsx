/** Devices: an administrator sets how long one laptop may stay offline (issue 19 #2). */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { withModalDialogs } from '../../test-support/modal-dialogs';
import { renderSignedIn } from '../../test-support/sign-in';
import { fakeServer, tokens, type RecordedCall } from '../../test-support/fake-server';

const attorneyId = '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a02';
const deviceId = '7a1d8a52-1c1e-4d7a-9a35-0c6f1e2b3a05';

const laptop = (leaseDays: number | null) => ({
  id: deviceId,
  userId: attorneyId,
  name: 'Laptop A (test)',
  platform: 'win32',
  appVersion: '0.2.0',
  createdAt: '2026-11-01T15:00:00.000Z',
  lastSeenAt: '2026-12-05T15:00:00.000Z',
  lastAckedSeq: 4,
  leaseExpiresAt: '2027-01-04T15:00:00.000Z',
  revokedAt: null,
  wipeSentAt: null,
  signedOutAt: null,
  leaseDays,
});

async function renderDevices(language: 'en' | 'es') {
  window.history.replaceState(null, '', '/console/devices');
  let leaseDays: number | null = null;
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({ status: 200, body: tokens(Date.now()) }),
    'GET /v1/admin/devices': () => ({ status: 200, body: { devices: [laptop(leaseDays)] } }),
    'GET /v1/admin/staff-sessions': () => ({ status: 200, body: { sessions: [] } }),
    'GET /v1/console/directory': () => ({
      status: 200,
      body: {
        users: [{ id: attorneyId, displayName: 'Ana Prueba', role: 'attorney', disabled: false }],
      },
    }),
    [`POST /v1/admin/devices/${deviceId}/lease`]: (call) => {
      leaseDays = (call.body as { days: number }).days;
      return { status: 200, body: { device: laptop(leaseDays) } };
    },
  });
  const user = await renderSignedIn(server, language, 'admin@example.org');
  return { server, user };
}

const leaseCalls = (calls: RecordedCall[]) =>
  calls.filter((call) => call.method === 'POST' && call.path.endsWith('/lease'));

withModalDialogs();
afterEach(cleanup);

describe('Devices: lease length of one laptop', () => {
  it('refuses a length outside 1 to 365 days, saying so, and sends nothing', async () => {
    const { server, user } = await renderDevices('en');
    await user.click(
      await screen.findByRole('button', { name: 'Lease length of Laptop A (test) of Ana Prueba' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'How long may Laptop A (test) of Ana Prueba stay offline?',
    });
    const days = within(dialog).getByLabelText('Days offline allowed (1 to 365)');
    for (const wrong of ['0', '366', '12.5', 'forty']) {
      await user.clear(days);
      await user.type(days, wrong);
      await user.click(within(dialog).getByRole('button', { name: 'Save lease length' }));
      expect(days.getAttribute('aria-invalid')).toBe('true');
      const described = document.getElementById(days.getAttribute('aria-describedby') ?? '');
      expect(described?.textContent).toBe('Enter a whole number of days from 1 to 365.');
    }
    expect(leaseCalls(server.calls)).toEqual([]);
  });

  it('saves a longer lease, says when it applies, and shows it on the row', async () => {
    const { server, user } = await renderDevices('en');
    await user.click(
      await screen.findByRole('button', { name: 'Lease length of Laptop A (test) of Ana Prueba' }),
    );
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Days offline allowed (1 to 365)'), '60');
    await user.click(within(dialog).getByRole('button', { name: 'Save lease length' }));
    expect(
      await screen.findByText(
        'Laptop A (test) of Ana Prueba gets a lease of 60 days at its next sync.',
      ),
    ).toBeTruthy();
    expect(leaseCalls(server.calls).map((call) => call.body)).toEqual([{ days: 60 }]);
    expect(await screen.findByText('Lease: 60 days')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks Spanish', async () => {
    const { user } = await renderDevices('es');
    await user.click(
      await screen.findByRole('button', {
        name: 'Duración del permiso de Laptop A (test) de Ana Prueba',
      }),
    );
    expect(screen.getByLabelText('Días sin conexión permitidos (de 1 a 365)')).toBeTruthy();
  });
});
