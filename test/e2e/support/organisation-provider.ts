import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { IdpAccount, TestIdp } from '../../../server/src/test-support/test-idp';
import { startTestIdp } from '../../../server/src/test-support/test-idp';
import { ApiDevice, serverUrl } from './console';

/**
 * The demo organisation signing in with a real OpenID provider (oidc-provider on 127.0.0.1)
 * started by the spec, restricted to `tenant` (Entra's `tid`). `close` puts the shared e2e server
 * back to password-only sign-in for the other specs and stops the provider.
 */
export interface OrganisationProvider {
  idp: TestIdp;
  /** The demo admin, signed in through the API (code included). */
  admin: ApiDevice;
  close(): Promise<void>;
}

export async function startOrganisationProvider(tenant: string): Promise<OrganisationProvider> {
  const idp = await startTestIdp({ redirectUris: [`${serverUrl}/v1/oidc/callback`] });
  const admin = await ApiDevice.signIn('admin');
  const settings = { provider: 'entra', issuer: idp.issuer, clientId: idp.clientId, tenant };
  await admin.request('POST', '/v1/admin/oidc', { ...settings, clientSecret: idp.clientSecret });
  return {
    idp,
    admin,
    close: async () => {
      await admin.request('POST', '/v1/admin/oidc', { ...settings, enabled: false });
      await idp.close();
    },
  };
}

export interface SpecAttorney {
  email: string;
  password: string;
  name: string;
  id: string;
}

/** An attorney of the spec's own (it may deactivate it), so no other spec's account changes. */
export async function createSpecAttorney(
  admin: ApiDevice,
  person: { handle: string; password: string; name: string },
): Promise<SpecAttorney> {
  const email = `${person.handle}.${randomUUID().slice(0, 8)}@demo.amparo.test`;
  const created = await admin.request<{ user: { id: string } }>('POST', '/v1/admin/users', {
    email,
    displayName: person.name,
    role: 'attorney',
    password: person.password,
  });
  return { email, password: person.password, name: person.name, id: created.user.id };
}

/** Who signs in next at the provider (its session cookie would sign the last one in again). */
export async function atProvider(page: Page, idp: TestIdp, account: IdpAccount): Promise<void> {
  await page.context().clearCookies();
  idp.signInAs(account);
}
