/** An admin actor for a staff member, as the HTTP routes build it (for service-level tests). */
import type { AdminActor } from '../admin/admin-actor';
import type { Db } from '../db/db';

export async function httpActorFor(_db: Db, orgId: string, userId: string): Promise<AdminActor> {
  return { orgId, userId, deviceId: null, sessionId: null, requestId: null, via: 'http' };
}
