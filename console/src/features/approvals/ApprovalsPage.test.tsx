/** Two-person control in the console (issue 20 #3): decide, withdraw, and break-glass notices. */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { ApprovalRequestSummary } from '@core/sync/approval-schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { withModalDialogs } from '../../test-support/modal-dialogs';
import { renderSignedIn } from '../../test-support/sign-in';
import { fakeServer, session, tokens } from '../../test-support/fake-server';

const ids = {
  theirs: '5c0e1f7a-2b7d-4f4e-9d7a-1a2b3c4d5e01',
  mine: '5c0e1f7a-2b7d-4f4e-9d7a-1a2b3c4d5e02',
  glass: '5c0e1f7a-2b7d-4f4e-9d7a-1a2b3c4d5e03',
  other: '5c0e1f7a-2b7d-4f4e-9d7a-1a2b3c4d5e04',
};

const request = (over: Partial<ApprovalRequestSummary>): ApprovalRequestSummary => ({
  id: ids.theirs,
  kind: 'create_user',
  status: 'pending',
  role: 'supervisor',
  target: { userId: null, displayName: 'Rosa Nuevalíder (test)', email: 'rosa@example.org' },
  requestedBy: { userId: ids.other, displayName: 'Otto Admin (test)' },
  requestedAt: '2026-12-06T15:00:00.000Z',
  expiresAt: '2026-12-09T15:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  breakGlass: false,
  canDecide: true,
  mine: false,
  ...over,
});

async function renderApprovals(language: 'en' | 'es', role: 'supervisor' | 'admin') {
  window.history.replaceState(null, '', '/console/approvals');
  let requests = [
    request({}),
    request({
      id: ids.mine,
      kind: 'reset_password',
      target: { userId: ids.other, displayName: 'Otto Admin (test)', email: 'otto@example.org' },
      role: 'admin',
      requestedBy: { userId: session.userId, displayName: session.displayName },
      canDecide: false,
      mine: true,
    }),
    request({
      id: ids.glass,
      kind: 'grant_role',
      role: 'admin',
      status: 'approved',
      breakGlass: true,
      requestedBy: { userId: null, displayName: null },
      decidedBy: { userId: null, displayName: null },
      decidedAt: '2026-12-06T18:00:00.000Z',
      target: { userId: ids.other, displayName: 'Vidrio Roto (test)', email: 'v@example.org' },
      canDecide: false,
    }),
  ];
  let readAt: string | null = null;
  const server = fakeServer({
    'POST /v1/console/sign-in': () => ({
      status: 200,
      body: { ...tokens(Date.now()), session: { ...session, role } },
    }),
    'GET /v1/admin/approvals': () => ({
      status: 200,
      body: {
        requests,
        notices:
          role === 'supervisor'
            ? [
                {
                  id: ids.other,
                  kind: 'break_glass',
                  requestId: ids.glass,
                  createdAt: '2026-12-06T18:00:00.000Z',
                  readAt,
                },
              ]
            : [],
      },
    }),
    [`POST /v1/admin/approvals/${ids.theirs}/approve`]: () => {
      requests = requests.map((r) =>
        r.id === ids.theirs
          ? { ...r, status: 'approved', canDecide: false, decidedAt: '2026-12-07T01:00:00.000Z' }
          : r,
      );
      return {
        status: 200,
        body: { request: requests[0], temporaryPassword: 'tmp-Password-For-Rosa-1234' },
      };
    },
    [`POST /v1/admin/approvals/${ids.mine}/cancel`]: () => ({
      status: 409,
      body: { code: 'conflict', message: 'approval.notPending' },
    }),
    'POST /v1/admin/approvals/notices/read': () => {
      readAt = '2026-12-07T01:00:00.000Z';
      return { status: 200, body: { read: 1 } };
    },
  });
  const user = await renderSignedIn(server, language, 'staff@example.org');
  return { server, user };
}

withModalDialogs();
afterEach(cleanup);

describe('Approvals', () => {
  it('a second person approves after confirming and alone sees the one-time password', async () => {
    const { server, user } = await renderApprovals('en', 'admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Approvals' })).toBeTruthy();
    const pending = await screen.findByRole('table', { name: 'Waiting for approval' });
    await user.click(
      within(pending).getByRole('button', {
        name: 'Approve: New Supervisor account: Rosa Nuevalíder (test)',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Approve: New Supervisor account for Rosa Nuevalíder (test)?',
    });
    expect(within(dialog).getByText(/Otto Admin \(test\) asked for this/)).toBeTruthy();
    expect(server.calls.some((c) => c.path.endsWith('/approve'))).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    const status = await screen.findByRole('status');
    expect(within(status).getByText('tmp-Password-For-Rosa-1234')).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.getByRole('table', { name: 'Decided in the last 30 days' }).textContent,
      ).toContain('Rosa Nuevalíder (test)'),
    );
  });

  it('the requester sees no approve button on their own request, only Withdraw; a refusal is said', async () => {
    const { user } = await renderApprovals('en', 'admin');
    const pending = await screen.findByRole('table', { name: 'Waiting for approval' });
    const row = within(pending).getByRole('row', { name: /Reset password/ });
    expect(within(row).queryByRole('button', { name: /^Approve/ })).toBeNull();
    expect(within(row).getByText('You asked for this: someone else must decide.')).toBeTruthy();
    await user.click(
      within(row).getByRole('button', { name: 'Withdraw: Reset password: Otto Admin (test)' }),
    );
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Withdraw' }));
    expect(
      await screen.findByText(
        'This request was already decided (perhaps by someone else just now). The list is updated.',
      ),
    ).toBeTruthy();
  });

  it('supervisors see break-glass approvals, in Spanish too, and mark them seen', async () => {
    const { server, user } = await renderApprovals('es', 'supervisor');
    const notice = await screen.findByRole('region', {
      name: 'Aprobado sin una segunda persona (acceso de emergencia)',
    });
    expect(notice.textContent).toContain('Dar el rol de Administrador/a: Vidrio Roto (test)');
    const decided = screen.getByRole('table', { name: 'Decididas en los últimos 30 días' });
    expect(decided.textContent).toContain('acceso de emergencia en el servidor');
    await user.click(within(notice).getByRole('button', { name: 'Ya los he visto' }));
    expect(server.calls.some((c) => c.path === '/v1/admin/approvals/notices/read')).toBe(true);
    await waitFor(() =>
      expect(
        screen.queryByRole('region', {
          name: 'Aprobado sin una segunda persona (acceso de emergencia)',
        }),
      ).toBeNull(),
    );
  });
});
