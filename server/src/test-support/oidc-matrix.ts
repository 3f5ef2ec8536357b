/**
 * The OpenID Connect routes in the authorisation matrix (issue 20 #2): the browser's trip and the
 * apps' exchange are public (a test org without a provider: the start sends the browser back with
 * `not_configured`, the callback knows no state, a made-up code is refused); the provider setting
 * and unlinking are for admins only.
 */
import type { MatrixRoute } from './authorization-matrix';
import { anyCaller, onlyAdmin } from './matrix-callers';

const verifier = 'v'.repeat(43);
const device = { name: 'Matrix laptop', platform: 'linux', appVersion: '0.1.0' };
const start = new URLSearchParams({
  client: 'laptop',
  returnTo: 'http://127.0.0.1:50000/oidc/callback',
  state: 's'.repeat(22),
  challenge: 'c'.repeat(43),
});

export const oidcMatrix: MatrixRoute[] = [
  {
    route: 'GET /v1/oidc/availability',
    expect: anyCaller(200),
    request: () => ({ method: 'GET', url: '/v1/oidc/availability' }),
  },
  {
    route: 'GET /v1/oidc/start',
    expect: anyCaller(302),
    request: () => ({ method: 'GET', url: `/v1/oidc/start?${start}` }),
  },
  {
    route: 'GET /v1/oidc/callback',
    expect: anyCaller(400),
    request: () => ({ method: 'GET', url: '/v1/oidc/callback?state=unknown&code=x' }),
  },
  {
    route: 'POST /v1/console/oidc/finish',
    expect: anyCaller(401),
    request: () => ({
      method: 'POST',
      url: '/v1/console/oidc/finish',
      payload: { code: `amh_${'x'.repeat(43)}`, verifier },
    }),
  },
  {
    route: 'POST /v1/auth/oidc/finish',
    expect: anyCaller(401),
    request: () => ({
      method: 'POST',
      url: '/v1/auth/oidc/finish',
      payload: { code: `amh_${'x'.repeat(43)}`, verifier, device },
    }),
  },
  {
    route: 'GET /v1/admin/oidc',
    expect: onlyAdmin,
    request: () => ({ method: 'GET', url: '/v1/admin/oidc' }),
  },
  {
    route: 'POST /v1/admin/oidc',
    expect: onlyAdmin,
    request: () => ({
      method: 'POST',
      url: '/v1/admin/oidc',
      payload: {
        provider: 'google',
        issuer: 'https://accounts.google.com',
        clientId: 'matrix-client',
        tenant: 'example.org',
        enabled: false,
      },
    }),
  },
  {
    route: 'DELETE /v1/admin/users/:id/identities',
    expect: onlyAdmin,
    request: async (ctx) => ({
      method: 'DELETE',
      url: `/v1/admin/users/${await ctx.fixtures.throwawayUserId()}/identities`,
    }),
  },
];
