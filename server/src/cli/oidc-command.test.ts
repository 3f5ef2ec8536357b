import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../app/app-config';
import { getOidcProvider, insertIdentity } from '../repositories/oidc-repository';
import type { TestApp, TestOrg } from '../test-support/test-app';
import {
  CHEAP_PASSWORD_PARAMS,
  TEST_MFA_KEY,
  createTestApp,
  createTestOrg,
} from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { parseCliArgs, runAdminCommand } from './admin-commands';

describe.each(testBackends())('admin CLI: the identity provider on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let folder: string;
  const defaults = createConfig();
  const config = createConfig({
    passwordParams: CHEAP_PASSWORD_PARAMS,
    mfa: { ...defaults.mfa, key: TEST_MFA_KEY },
    publicUrl: 'https://amparo.example.org',
  });
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    folder = await mkdtemp(join(tmpdir(), 'amparo-oidc-cli-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });
  const run = (...argv: string[]) =>
    runAdminCommand(t.db, config, parseCliArgs([...argv, '--org', org.orgId]));

  it('sets a Google Workspace provider with its secret from a file, sealed, never printed', async () => {
    const secretFile = join(folder, 'secret');
    await writeFile(secretFile, 'google-client-secret-synthetic\n');
    const printed = await run(
      'oidc',
      '--provider',
      'google',
      '--issuer',
      'https://accounts.google.com',
      '--client-id',
      'cli-client.apps.googleusercontent.com',
      '--client-secret-file',
      secretFile,
      '--tenant',
      'mcj.example.org',
    );
    expect(printed).not.toContain('google-client-secret-synthetic');
    expect(JSON.parse(printed)).toMatchObject({
      settings: {
        provider: 'google',
        tenantClaim: 'hd',
        tenant: 'mcj.example.org',
        hasClientSecret: true,
        trustProviderMfa: false,
        redirectUri: 'https://amparo.example.org/v1/oidc/callback',
      },
    });
    const row = await getOidcProvider(t.db, org.orgId);
    expect(row?.clientSecretSealed).not.toContain('google-client-secret');
    expect(TEST_MFA_KEY.open(row!.clientSecretSealed!, org.orgId)).toBe(
      'google-client-secret-synthetic',
    );
  });

  it('refuses a provider over plain http that is not on this machine', async () => {
    await expect(
      run(
        'oidc',
        '--provider',
        'entra',
        '--issuer',
        'http://login.example.org/tenant/v2.0',
        '--client-id',
        'x',
        '--tenant',
        't',
      ),
    ).rejects.toThrow();
  });

  it('unlinks an account', async () => {
    await insertIdentity(t.db, {
      issuer: 'https://accounts.google.com',
      subject: 'google-sub-cli',
      userId: org.attorneyA.id,
      orgId: org.orgId,
    });
    expect(JSON.parse(await run('oidc-unlink', '--email', org.attorneyA.email))).toEqual({
      removed: 1,
    });
  });
});
