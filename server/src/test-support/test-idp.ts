/**
 * A real OpenID provider (`oidc-provider`, the certified implementation) on 127.0.0.1 for tests:
 * authorization code with PKCE required, single-use codes, signed ID tokens. There is no login
 * form: the test says who signs in next (`signInAs`), with which tenant claim and which `amr`, and
 * the provider's interaction completes as that account (consent granted).
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export interface IdpAccount {
  sub: string;
  email: string;
  /** The tenant claim's value (`tid` here, as Entra's tenant id). */
  tid: string;
  /** Authentication methods, as Entra reports them (`['pwd', 'mfa']` after its MFA). */
  amr?: string[];
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The next sign-in at the provider is this account. */
  signInAs(account: IdpAccount): void;
  close(): Promise<void>;
}

export async function startTestIdp(options: {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
}): Promise<TestIdp> {
  const accounts = new Map<string, IdpAccount>();
  let next: IdpAccount | null = null;
  const clientId = options.clientId ?? 'amparo-test-client';
  const clientSecret = options.clientSecret ?? 'amparo-test-secret-not-for-production';
  let server: Server | null = createServer();
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: {
      acr: null,
      amr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub', 'tid', 'amr'],
      email: ['email', 'email_verified'],
    },
    // The tenant claim and email in the ID token, as Entra and Google put them there.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: account.sub,
          email: account.email,
          email_verified: true,
          tid: account.tid,
        }),
      };
    },
    // Test keys are generated at start: nothing to keep.
    cookies: { keys: ['amparo-test-idp-cookie-key'] },
  });

  const callback = provider.callback();
  server.on('request', (req, res) => {
    const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!match) {
      callback(req, res);
      return;
    }
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        const account = next;
        if (!account) throw new Error('test IdP: nobody to sign in (call signInAs first)');
        accounts.set(account.sub, account);
        const grant = new provider.Grant({
          accountId: account.sub,
          clientId: String(details.params['client_id']),
        });
        grant.addOIDCScope('openid email profile');
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          {
            login: { accountId: account.sub, ...(account.amr ? { amr: account.amr } : {}) },
            consent: { grantId },
          },
          { mergeWithLastSubmission: false },
        );
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
    })();
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(account) {
      next = account;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server?.close(() => resolve());
        server?.closeAllConnections();
        server = null;
      }),
  };
}
