/** Who can take a case, with what assigning depends on: languages, firm, availability, caseload. */
import type { Volunteer } from '@core/sync/intake-schemas';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { AdminActor } from './admin-actor';
import { auditBase } from './admin-actor';

export async function listVolunteers(db: Db, actor: AdminActor): Promise<Volunteer[]> {
  const result = await db.query<Volunteer>(
    `SELECT u.id, u.display_name AS "displayName", u.role, u.languages, u.organisation,
       u.availability,
       (SELECT count(*)::int FROM assignments a
          JOIN entities e ON e.id = a.case_id AND e.entity = 'case' AND e.deleted_at IS NULL
        WHERE a.user_id = u.id) AS "activeCases"
     FROM users u
     WHERE u.org_id = $1 AND u.role = 'attorney' AND u.disabled_at IS NULL
     ORDER BY u.display_name, u.id`,
    [actor.orgId],
  );
  await appendAudit(db, {
    ...auditBase(actor),
    action: 'admin.volunteer_list',
    outcome: 'ok',
    details: { count: result.rows.length, via: actor.via },
  });
  return result.rows;
}
