/**
 * The real server on a test database the test can also reach directly (to prune, restore or
 * inspect), listening on a free port for laptops, with an organisation of one user per role.
 */
import type { AddressInfo } from 'node:net';
import type { DatabaseKind } from '../../server/src/db/db';
import type { TestApp, TestOrg } from '../../server/src/test-support/test-app';
import { createTestApp, createTestOrg } from '../../server/src/test-support/test-app';

export interface LiveServer {
  t: TestApp;
  org: TestOrg;
  url: string;
  close(): Promise<void>;
}

export async function startLiveServer(kind: DatabaseKind = 'pglite'): Promise<LiveServer> {
  const t = await createTestApp(kind);
  const org = await createTestOrg(t.db);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = t.app.server.address() as AddressInfo;
  return { t, org, url: `http://127.0.0.1:${port}`, close: () => t.close() };
}
