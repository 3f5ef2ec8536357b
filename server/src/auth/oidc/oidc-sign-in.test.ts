import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, passMfa } from '../../test-support/test-app';
import { testBackends } from '../../test-support/test-database';
import type { TestIdp } from '../../test-support/test-idp';
import { startTestIdp } from '../../test-support/test-idp';
import {
  TEST_PUBLIC_URL,
  appPkce,
  callBack,
  oidcTrip,
  toCallback,
} from '../../test-support/oidc-browser';

// Issue 20 #2: sign-in with the organisation's provider, against a real OpenID provider on
// 127.0.0.1 (oidc-provider). Accounts are found by issuer + subject, inside the tenant, and
// linked only by a password sign-in: an email that matches proves nothing.
const TENANT = '6f1d2c3b-0000-4000-8000-00000000a11a';
const OTHER_TENANT = '6f1d2c3b-0000-4000-8000-0000000bad00';
const consoleReturn = `${TEST_PUBLIC_URL}/console/`;
const device = { name: 'OIDC laptop', platform: 'linux', appVersion: '0.1.0' };

describe.each(testBackends())('OpenID Connect sign-in on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let idp: TestIdp;
  let admin: Session;

  async function configure(overrides: Record<string, unknown> = {}, provider = idp) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/oidc',
      headers: admin.headers,
      payload: {
        provider: 'entra',
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        tenant: TENANT,
        ...overrides,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ settings: { hasClientSecret: boolean }; redirectUri: string }>();
  }

  async function finish(client: 'console' | 'laptop', code: string, verifier: string) {
    return t.app.inject({
      method: 'POST',
      url: client === 'console' ? '/v1/console/oidc/finish' : '/v1/auth/oidc/finish',
      payload: client === 'console' ? { code, verifier } : { code, verifier, device },
    });
  }

  async function consoleTrip() {
    const { pkce, back } = await oidcTrip(t.app, { client: 'console', returnTo: consoleReturn });
    expect(back.searchParams.get('state')).toBe(pkce.state);
    return {
      back,
      response: await finish('console', back.searchParams.get('code') ?? '', pkce.verifier),
    };
  }

  async function auditActions(action: string) {
    const rows = await t.db.query<{ outcome: string; details: Record<string, unknown> }>(
      `SELECT outcome, details FROM audit_log WHERE org_id = $1 AND action = $2 ORDER BY id`,
      [org.orgId, action],
    );
    return rows.rows;
  }

  /** Links the supervisor's provider account (sub) by a password sign-in with the link token. */
  async function linkSupervisor(sub: string) {
    idp.signInAs({ sub, email: org.supervisor.email, tid: TENANT });
    const { response } = await consoleTrip();
    expect(response.statusCode, response.body).toBe(200);
    const { linkToken } = response.json<{ oidc: string; linkToken: string }>();
    const signedIn = await passMfa(
      t.app,
      '/v1/console/sign-in',
      org.supervisor.email,
      await t.app.inject({
        method: 'POST',
        url: '/v1/console/sign-in',
        payload: {
          email: org.supervisor.email,
          password: org.supervisor.password,
          oidcLinkToken: linkToken,
        },
      }),
    );
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    return linkToken;
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { publicUrl: TEST_PUBLIC_URL });
    org = await createTestOrg(t.db);
    idp = await startTestIdp({ redirectUris: [`${TEST_PUBLIC_URL}/v1/oidc/callback`] });
    admin = await consoleSignIn(t.app, org.admin);
    const configured = await configure();
    expect(configured.redirectUri).toBe(`${TEST_PUBLIC_URL}/v1/oidc/callback`);
    expect(configured.settings.hasClientSecret).toBe(true);
  });
  afterAll(async () => {
    await idp.close();
    await t.close();
  });

  it('offers the button only once a provider is set', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/oidc/availability' });
    expect(response.json()).toEqual({ enabled: true, provider: 'entra' });
    const settings = await t.app.inject({
      method: 'GET',
      url: '/v1/admin/oidc',
      headers: admin.headers,
    });
    expect(settings.body).not.toContain(idp.clientSecret);
  });

  it('links an account only through its password, then signs it in with the provider and its code', async () => {
    const sub = 'entra-oid-supervisor-1';
    await linkSupervisor(sub);
    expect(await auditActions('auth.oidc_linked')).toHaveLength(1);

    // Linked: the provider signs the supervisor in, after Amparo's own second step.
    idp.signInAs({ sub, email: org.supervisor.email, tid: TENANT, amr: ['pwd'] });
    const { response } = await consoleTrip();
    expect(response.json()).toMatchObject({ mfa: 'verify' });
    const session = await passMfa(t.app, '/v1/console/sign-in', org.supervisor.email, response);
    expect(session.statusCode, session.body).toBe(200);
    expect(session.json<{ session: { userId: string } }>().session.userId).toBe(org.supervisor.id);
  });

  it('accepts the provider MFA instead of the code only when the organisation says so', async () => {
    const sub = 'entra-oid-supervisor-1';
    idp.signInAs({ sub, email: org.supervisor.email, tid: TENANT, amr: ['pwd', 'mfa'] });
    expect((await consoleTrip()).response.json()).toMatchObject({ mfa: 'verify' });

    await configure({ trustProviderMfa: true });
    try {
      idp.signInAs({ sub, email: org.supervisor.email, tid: TENANT, amr: ['pwd', 'mfa'] });
      const trusted = (await consoleTrip()).response;
      expect(trusted.statusCode, trusted.body).toBe(200);
      expect(trusted.json()).toHaveProperty('session.userId', org.supervisor.id);
      // Trusted, but the provider did not do MFA this time: Amparo asks for its code.
      idp.signInAs({ sub, email: org.supervisor.email, tid: TENANT, amr: ['pwd'] });
      expect((await consoleTrip()).response.json()).toMatchObject({ mfa: 'verify' });
      const oks = (await auditActions('auth.oidc_sign_in')).filter((r) => r.outcome === 'ok');
      expect(oks.at(-1)?.details).toMatchObject({ client: 'console', mfa: 'provider' });
    } finally {
      await configure({ trustProviderMfa: false });
    }
  });

  it('refuses an account with the same email and a different subject (nOAuth): no session, only a link offer', async () => {
    idp.signInAs({
      sub: 'attacker-oid-42',
      email: org.supervisor.email,
      tid: TENANT,
      amr: ['pwd', 'mfa'],
    });
    const { response } = await consoleTrip();
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({ oidc: 'link' });
    expect(body).not.toHaveProperty('accessToken');
    expect(body).not.toHaveProperty('challengeToken');
    // Without the supervisor's password the link token opens nothing.
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/v1/console/sign-in',
      payload: {
        email: org.supervisor.email,
        password: 'not the password at all',
        oidcLinkToken: body['linkToken'],
      },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('refuses an account of another tenant before anything else, whatever its email or subject', async () => {
    idp.signInAs({ sub: 'entra-oid-supervisor-1', email: org.supervisor.email, tid: OTHER_TENANT });
    const trip = await oidcTrip(t.app, { client: 'console', returnTo: consoleReturn });
    expect(trip.back.searchParams.get('error')).toBe('tenant');
    expect(trip.back.searchParams.has('code')).toBe(false);
    const refused = (await auditActions('auth.oidc_callback')).filter(
      (r) => r.outcome === 'denied',
    );
    expect(refused.map((r) => r.details['reason'])).toContain('tenant');
  });

  it('refuses an account of another issuer: the link is issuer + subject', async () => {
    const other = await startTestIdp({ redirectUris: [`${TEST_PUBLIC_URL}/v1/oidc/callback`] });
    try {
      await configure({}, other);
      // The same subject and tenant as the linked supervisor, at another provider.
      other.signInAs({
        sub: 'entra-oid-supervisor-1',
        email: org.supervisor.email,
        tid: TENANT,
        amr: ['mfa'],
      });
      const { response } = await consoleTrip();
      expect(response.json()).toMatchObject({ oidc: 'link' });
    } finally {
      await configure();
      await other.close();
    }
  });

  it('refuses a tampered state, a replayed callback and a replayed provider code', async () => {
    idp.signInAs({ sub: 'entra-oid-supervisor-1', email: org.supervisor.email, tid: TENANT });
    const trip = await toCallback(t.app, { client: 'console', returnTo: consoleReturn });
    const tampered = new URL(trip.callback);
    tampered.searchParams.set('state', `${trip.callback.searchParams.get('state')}x`);
    expect((await callBack(t.app, tampered)).status).toBe(400);
    const first = await callBack(t.app, trip.callback);
    expect(first.back?.searchParams.has('code')).toBe(true);
    // The same answer again: the state was used.
    expect((await callBack(t.app, trip.callback)).status).toBe(400);
    // The provider's code carried into a fresh flow: refused by the provider (used, wrong PKCE).
    const fresh = await toCallback(t.app, { client: 'console', returnTo: consoleReturn });
    const replay = new URL(fresh.callback);
    replay.searchParams.set('code', trip.callback.searchParams.get('code')!);
    expect((await callBack(t.app, replay)).back?.searchParams.get('error')).toBe('refused');
  });

  it('refuses a tampered nonce or provider PKCE verifier (the code exchange fails)', async () => {
    for (const column of ['nonce', 'code_verifier'] as const) {
      idp.signInAs({ sub: 'entra-oid-supervisor-1', email: org.supervisor.email, tid: TENANT });
      const trip = await toCallback(t.app, { client: 'console', returnTo: consoleReturn });
      await t.db.query(
        `UPDATE oidc_flows SET ${column} = ${column} || 'x' WHERE used_at IS NULL AND org_id = $1`,
        [org.orgId],
      );
      const answer = await callBack(t.app, trip.callback);
      expect(answer.back?.searchParams.get('error'), column).toBe('refused');
    }
    const reasons = (await auditActions('auth.oidc_callback')).map((r) => r.details['reason']);
    expect(reasons.filter((r) => r === 'exchange').length).toBeGreaterThanOrEqual(2);
  });

  it("refuses the app's code with a wrong verifier (and burns it), for another client, or twice", async () => {
    idp.signInAs({ sub: 'entra-oid-supervisor-1', email: org.supervisor.email, tid: TENANT });
    let trip = await oidcTrip(t.app, { client: 'console', returnTo: consoleReturn });
    let code = trip.back.searchParams.get('code')!;
    expect((await finish('console', code, appPkce().verifier)).statusCode).toBe(401);
    expect((await finish('console', code, trip.pkce.verifier)).statusCode).toBe(401);

    trip = await oidcTrip(t.app, { client: 'console', returnTo: consoleReturn });
    code = trip.back.searchParams.get('code')!;
    expect((await finish('laptop', code, trip.pkce.verifier)).statusCode).toBe(401);

    trip = await oidcTrip(t.app, { client: 'console', returnTo: consoleReturn });
    code = trip.back.searchParams.get('code')!;
    expect((await finish('console', code, trip.pkce.verifier)).statusCode).toBe(200);
    expect((await finish('console', code, trip.pkce.verifier)).statusCode).toBe(401);
  });

  it('sends the browser back only to the console, the allowed web origins or the loopback listener', async () => {
    const pkce = appPkce();
    const start = (client: string, returnTo: string) =>
      t.app.inject({
        method: 'GET',
        url: `/v1/oidc/start?${new URLSearchParams({ client, returnTo, state: pkce.state, challenge: pkce.challenge })}`,
      });
    expect((await start('console', 'https://evil.example/console/')).statusCode).toBe(400);
    expect((await start('console', `${TEST_PUBLIC_URL}/elsewhere`)).statusCode).toBe(400);
    expect((await start('laptop', 'http://127.0.0.1:53124/oidc/callback')).statusCode).toBe(302);
    expect((await start('laptop', 'http://127.0.0.1:53124/other')).statusCode).toBe(400);
    expect(
      (await start('laptop', 'http://localhost.evil.example:53124/oidc/callback')).statusCode,
    ).toBe(400);
    expect((await start('console', 'http://127.0.0.1:53124/oidc/callback')).statusCode).toBe(400);
  });

  it('signs a linked attorney in on the laptop (not the console), and its refresh token works as before', async () => {
    const sub = 'entra-oid-attorney-a';
    idp.signInAs({ sub, email: org.attorneyA.email, tid: TENANT });
    const loopback = 'http://127.0.0.1:53124/oidc/callback';
    let trip = await oidcTrip(t.app, { client: 'laptop', returnTo: loopback });
    const offer = await finish('laptop', trip.back.searchParams.get('code')!, trip.pkce.verifier);
    const { linkToken } = offer.json<{ linkToken: string }>();
    const linked = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: {
        email: org.attorneyA.email,
        password: org.attorneyA.password,
        device,
        oidcLinkToken: linkToken,
      },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    // A link token is good once.
    const again = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: {
        email: org.attorneyA.email,
        password: org.attorneyA.password,
        device,
        oidcLinkToken: linkToken,
      },
    });
    expect(again.statusCode).toBe(401);

    trip = await oidcTrip(t.app, { client: 'laptop', returnTo: loopback });
    const tokens = await finish('laptop', trip.back.searchParams.get('code')!, trip.pkce.verifier);
    expect(tokens.statusCode, tokens.body).toBe(200);
    const pair = tokens.json<{ refreshToken: string; deviceId: string; userId: string }>();
    expect(pair.userId).toBe(org.attorneyA.id);
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: pair.refreshToken, deviceId: pair.deviceId },
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);

    idp.signInAs({ sub, email: org.attorneyA.email, tid: TENANT });
    const onConsole = (await consoleTrip()).response;
    expect(onConsole.statusCode).toBe(403);
  });
});
