/**
 * Two-person control, adversarially: nobody approves their own request or a request about
 * themselves, a request is decided once (also when two approvers race), lapsed and cancelled
 * requests cannot be approved, attorneys cannot approve, an admin cannot give themselves a role by
 * any route, and an admin whose request waits still receives no case contents. Break-glass on
 * the server host is audited and every supervisor is told.
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalListResponse, ApprovalRequestSummary } from '@core/sync/approval-schemas';
import { createConfig } from '../app/app-config';
import { hashPassword } from '../auth/password-hasher';
import { enrolWithSecret } from '../auth/mfa/mfa-service';
import { parseCliArgs, runAdminCommand } from '../cli/admin-commands';
import { insertUser } from '../repositories/users-repository';
import type { Session, TestApp, TestOrg, TestUser } from '../test-support/test-app';
import {
  CHEAP_PASSWORD_PARAMS,
  consoleSignIn,
  createTestApp,
  createTestOrg,
  signIn,
  TEST_MFA_KEY,
  TEST_TOTP_SECRET,
} from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

describe.each(testBackends())('two-person control on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let admin2: TestUser;
  let s: Record<'admin' | 'admin2' | 'supervisor', Session>;
  let attorney: Session;
  const config = createConfig({ passwordParams: CHEAP_PASSWORD_PARAMS });

  const staff = async (role: 'admin' | 'supervisor', name: string): Promise<TestUser> => {
    const user: TestUser = {
      id: randomUUID(),
      email: `${name}-${randomUUID().slice(0, 6)}@example.org`,
      password: `pw-${name}-long-enough`,
      role,
    };
    await insertUser(t.db, {
      id: user.id,
      orgId: org.orgId,
      email: user.email,
      displayName: `${name} (test)`,
      role,
      password: await hashPassword(user.password, CHEAP_PASSWORD_PARAMS),
    });
    await enrolWithSecret(t.db, TEST_MFA_KEY, user.id, TEST_TOTP_SECRET);
    return user;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    admin2 = await staff('admin', 'second-admin');
    s = {
      admin: await consoleSignIn(t.app, org.admin),
      admin2: await consoleSignIn(t.app, admin2),
      supervisor: await consoleSignIn(t.app, org.supervisor),
    };
    attorney = await signIn(t.app, org.attorneyA);
  });
  afterAll(() => t.close());

  const send = (who: Session, method: InjectOptions['method'], url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const decide = (who: Session, id: string, decision: 'approve' | 'reject' | 'cancel') =>
    send(who, 'POST', `/v1/admin/approvals/${id}/${decision}`);
  const list = async (who: Session) =>
    (await send(who, 'GET', '/v1/admin/approvals')).json<ApprovalListResponse>();
  const requestSupervisor = async (who = s.admin) => {
    const email = `new-sup-${randomUUID().slice(0, 8)}@example.org`;
    const response = await send(who, 'POST', '/v1/admin/users', {
      email,
      displayName: 'Nueva Supervisora (test)',
      role: 'supervisor',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ outcome: string; request: ApprovalRequestSummary }>();
    expect(body.outcome).toBe('pending_approval');
    return { email, request: body.request, body: response.body };
  };
  const userByEmail = async (email: string) =>
    (
      await t.db.query<{ id: string; role: string }>(
        'SELECT id, role FROM users WHERE lower(email) = lower($1)',
        [email],
      )
    ).rows[0];
  const audited = async (action: string, approvalId: string) =>
    (
      await t.db.query<{
        outcome: string;
        actorId: string | null;
        details: Record<string, unknown>;
      }>(
        `SELECT outcome, actor_id AS "actorId", details FROM audit_log
         WHERE action = $1 AND details->>'approvalId' = $2 ORDER BY id`,
        [action, approvalId],
      )
    ).rows;

  it('a new supervisor waits: no account, no password for the admin; the requester cannot approve', async () => {
    const { email, request, body } = await requestSupervisor();
    expect(await userByEmail(email)).toBeUndefined();
    expect(body).not.toContain('temporaryPassword');
    expect(request).toMatchObject({ kind: 'create_user', status: 'pending', mine: true });
    expect(request.canDecide).toBe(false);

    const own = await decide(s.admin, request.id, 'approve');
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ message: 'approval.ownRequest' });
    expect(await userByEmail(email)).toBeUndefined();
    expect(await audited('approval.approve', request.id)).toEqual([
      expect.objectContaining({ outcome: 'denied', actorId: org.admin.id }),
    ]);

    const seen = (await list(s.supervisor)).requests.find((r) => r.id === request.id)!;
    expect(seen).toMatchObject({ canDecide: true, mine: false });
    const approved = await decide(s.supervisor, request.id, 'approve');
    expect(approved.statusCode).toBe(200);
    const decided = approved.json<{ request: ApprovalRequestSummary; temporaryPassword: string }>();
    expect(decided.temporaryPassword.length).toBeGreaterThan(15);
    expect(decided.request).toMatchObject({ status: 'approved', breakGlass: false });
    expect(await userByEmail(email)).toMatchObject({ role: 'supervisor' });
    expect(await audited('approval.requested', request.id)).toHaveLength(1);
    expect(await audited('admin.user_create', request.id)).toHaveLength(1);
    expect(await audited('approval.approved', request.id)).toEqual([
      expect.objectContaining({ outcome: 'ok', actorId: org.supervisor.id }),
    ]);

    const twice = await decide(s.admin2, request.id, 'approve');
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ message: 'approval.notPending' });
    // The one-time password exists once, shown to the approver only.
    expect((await list(s.admin)).requests.find((r) => r.id === request.id)).not.toHaveProperty(
      'temporaryPassword',
    );
  });

  it('an admin asking to become supervisor still receives no case contents, by any route', async () => {
    const viaPatch = await send(s.admin, 'PATCH', `/v1/admin/users/${org.admin.id}`, {
      role: 'supervisor',
    });
    expect(viaPatch.statusCode).toBe(400);
    const viaCreate = await send(s.admin, 'POST', '/v1/admin/users', {
      email: org.admin.email,
      displayName: 'Me again',
      role: 'supervisor',
    });
    expect(viaCreate.statusCode).toBe(409);
    const chosen = await send(s.admin, 'POST', '/v1/admin/users', {
      email: `mine-${randomUUID().slice(0, 6)}@example.org`,
      displayName: 'A supervisor whose password I chose',
      role: 'supervisor',
      password: 'a password the admin knows well',
    });
    expect(chosen.statusCode).toBe(400);
    expect(chosen.json()).toMatchObject({ message: 'approval.noChosenPassword' });

    const asked = await send(s.admin, 'POST', `/v1/admin/users/${org.admin.id}/role`, {
      role: 'supervisor',
    });
    expect(asked.json()).toMatchObject({ outcome: 'pending_approval', user: { role: 'admin' } });
    const requestId = asked.json<{ requestId: string }>().requestId;
    expect((await decide(s.admin, requestId, 'approve')).statusCode).toBe(403);
    // Asking again while one waits is refused; the role stays what it was.
    const again = await send(s.admin, 'POST', `/v1/admin/users/${org.admin.id}/role`, {
      role: 'supervisor',
    });
    expect(again.statusCode).toBe(409);
    expect((await userByEmail(org.admin.email))!.role).toBe('admin');
    for (const url of ['/v1/console/cases', '/v1/console/dashboard']) {
      const response = await send(s.admin, 'GET', url);
      expect(response.statusCode, url).toBe(403);
    }
    const laptop = await signIn(t.app, org.admin);
    expect((await send(laptop, 'GET', '/v1/sync/pull')).statusCode).toBe(403);
    // A supervisor says no: it never applies.
    expect((await decide(s.supervisor, requestId, 'reject')).statusCode).toBe(200);
    expect((await decide(s.admin2, requestId, 'approve')).statusCode).toBe(409);
    expect((await userByEmail(org.admin.email))!.role).toBe('admin');
  });

  it('the account a request is about cannot approve it; attorneys cannot approve at all', async () => {
    const asked = await send(s.admin, 'POST', `/v1/admin/users/${admin2.id}/role`, {
      role: 'supervisor',
    });
    const requestId = asked.json<{ requestId: string }>().requestId;
    const self = await decide(s.admin2, requestId, 'approve');
    expect(self.statusCode).toBe(403);
    expect(self.json()).toMatchObject({ message: 'approval.ownAccount' });
    expect((await decide(attorney, requestId, 'approve')).statusCode).toBe(403);
    expect((await send(attorney, 'GET', '/v1/admin/approvals')).statusCode).toBe(403);
    expect((await decide(s.admin, requestId, 'cancel')).statusCode).toBe(200);
  });

  it('lapsed and cancelled requests cannot be approved; only the requester cancels', async () => {
    const lapsed = (await requestSupervisor()).request;
    await t.db.query(
      `UPDATE approval_requests SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [lapsed.id],
    );
    const late = await decide(s.supervisor, lapsed.id, 'approve');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ message: 'approval.expired' });
    expect((await list(s.supervisor)).requests.find((r) => r.id === lapsed.id)).toMatchObject({
      status: 'expired',
      canDecide: false,
    });

    const withdrawn = (await requestSupervisor()).request;
    const notMine = await decide(s.admin2, withdrawn.id, 'cancel');
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json()).toMatchObject({ message: 'approval.notYours' });
    expect((await decide(s.admin, withdrawn.id, 'cancel')).statusCode).toBe(200);
    const after = await decide(s.supervisor, withdrawn.id, 'approve');
    expect(after.statusCode).toBe(409);
    expect(await audited('approval.cancelled', withdrawn.id)).toHaveLength(1);
  });

  it('two approvers at once: one approval applies, the other is told it is decided', async () => {
    // A password reset (no unique email to stop a second apply): only the request's lock does.
    const target = await staff('supervisor', 'raced');
    const asked = await send(s.admin, 'POST', `/v1/admin/users/${target.id}/reset-password`, {});
    const requestId = asked.json<{ requestId: string }>().requestId;
    const answers = await Promise.all([
      decide(s.supervisor, requestId, 'approve'),
      decide(s.admin2, requestId, 'approve'),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({
      message: 'approval.notPending',
    });
    expect(answers.filter((a) => a.body.includes('temporaryPassword'))).toHaveLength(1);
    expect(await audited('approval.approved', requestId)).toHaveLength(1);
    expect(await audited('admin.password_reset', requestId)).toHaveLength(1);
  });

  it('a supervisor password or MFA reset waits; an attorney MFA reset and a demotion apply at once', async () => {
    const target = await staff('supervisor', 'reset-target');
    const reset = await send(s.admin, 'POST', `/v1/admin/users/${target.id}/reset-password`, {});
    expect(reset.json()).toMatchObject({ outcome: 'pending_approval' });
    expect(reset.body).not.toContain('temporaryPassword');
    const chosen = await send(s.admin, 'POST', `/v1/admin/users/${target.id}/reset-password`, {
      password: 'a password the admin would know',
    });
    expect(chosen.statusCode).toBe(400);
    // Until approved, the old password still signs in.
    const before = await consoleSignIn(t.app, target);
    const approved = await decide(
      s.supervisor,
      reset.json<{ requestId: string }>().requestId,
      'approve',
    );
    expect(approved.json<{ temporaryPassword: string }>().temporaryPassword).toBeTruthy();
    expect((await send(before, 'GET', '/v1/console/session')).statusCode).toBe(401);

    const mfa = await send(s.admin, 'POST', `/v1/admin/users/${target.id}/reset-mfa`);
    expect(mfa.json()).toMatchObject({ outcome: 'pending_approval' });
    expect(
      (await t.db.query('SELECT 1 FROM user_mfa WHERE user_id = $1', [target.id])).rowCount,
    ).toBe(1);
    const mfaId = mfa.json<{ requestId: string }>().requestId;
    expect((await decide(s.admin2, mfaId, 'approve')).statusCode).toBe(200);
    expect(
      (await t.db.query('SELECT 1 FROM user_mfa WHERE user_id = $1', [target.id])).rowCount,
    ).toBe(0);

    const attorneyMfa = await send(
      s.admin,
      'POST',
      `/v1/admin/users/${org.attorneyB.id}/reset-mfa`,
    );
    expect(attorneyMfa.json()).toMatchObject({ outcome: 'applied' });
    const demoted = await send(s.admin, 'POST', `/v1/admin/users/${target.id}/role`, {
      role: 'attorney',
    });
    expect(demoted.json()).toMatchObject({ outcome: 'applied', user: { role: 'attorney' } });
  });

  it('break-glass on the server host: refused without the flag, audited, every supervisor told', async () => {
    const cli = (...argv: string[]) =>
      runAdminCommand(t.db, config, parseCliArgs([...argv, '--org', org.orgId]));
    const second = await staff('supervisor', 'told-too');
    const secondSession = await consoleSignIn(t.app, second);
    const asked = JSON.parse(
      await cli(
        'create-user',
        '--email',
        'glass@example.org',
        '--name',
        'Glass (test)',
        '--role',
        'admin',
      ),
    ) as { outcome: string; request: ApprovalRequestSummary };
    expect(asked.outcome).toBe('pending_approval');
    expect(asked.request.requestedBy).toEqual({ userId: null, displayName: null });
    await expect(cli('approve', '--request', asked.request.id)).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect(await userByEmail('glass@example.org')).toBeUndefined();

    const done = JSON.parse(
      await cli('approve', '--request', asked.request.id, '--break-glass'),
    ) as {
      request: ApprovalRequestSummary;
      temporaryPassword: string;
      supervisorsNotified: number;
    };
    expect(done.request).toMatchObject({ status: 'approved', breakGlass: true });
    expect(done.temporaryPassword).toBeTruthy();
    expect(await userByEmail('glass@example.org')).toMatchObject({ role: 'admin' });
    const activeSupervisors = (
      await t.db.query(
        `SELECT id FROM users WHERE org_id = $1 AND role = 'supervisor' AND disabled_at IS NULL`,
        [org.orgId],
      )
    ).rowCount;
    expect(done.supervisorsNotified).toBe(activeSupervisors);
    expect(await audited('approval.approved', asked.request.id)).toEqual([
      expect.objectContaining({
        actorId: null,
        details: expect.objectContaining({ breakGlass: true, via: 'cli' }) as unknown,
      }),
    ]);
    expect(await audited('approval.break_glass_notice', asked.request.id)).toHaveLength(
      activeSupervisors,
    );
    for (const who of [s.supervisor, secondSession]) {
      const notices = (await list(who)).notices;
      expect(notices).toEqual([
        expect.objectContaining({ kind: 'break_glass', requestId: asked.request.id, readAt: null }),
      ]);
    }
    // Admins are not sent the notice; a supervisor marks theirs read.
    expect((await list(s.admin)).notices).toEqual([]);
    expect((await send(s.supervisor, 'POST', '/v1/admin/approvals/notices/read')).json()).toEqual({
      read: 1,
    });
    expect((await list(s.supervisor)).notices[0]!.readAt).not.toBeNull();
  });
});
