/** Which attorney works on which case. Supervisors see every case of their organisation. */
import type { Queryable } from '../db/db';

export async function isAssigned(q: Queryable, caseId: string, userId: string): Promise<boolean> {
  const result = await q.query('SELECT 1 FROM assignments WHERE case_id = $1 AND user_id = $2', [
    caseId,
    userId,
  ]);
  return result.rowCount > 0;
}

/** True when the assignment is new. */
export async function insertAssignment(
  q: Queryable,
  row: { caseId: string; userId: string; orgId: string; assignedBy: string | null },
): Promise<boolean> {
  const result = await q.query(
    `INSERT INTO assignments (case_id, user_id, org_id, assigned_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (case_id, user_id) DO NOTHING`,
    [row.caseId, row.userId, row.orgId, row.assignedBy],
  );
  return result.rowCount > 0;
}

/** True when there was an assignment to remove. */
export async function deleteAssignment(q: Queryable, caseId: string, userId: string) {
  const result = await q.query('DELETE FROM assignments WHERE case_id = $1 AND user_id = $2', [
    caseId,
    userId,
  ]);
  return result.rowCount > 0;
}
