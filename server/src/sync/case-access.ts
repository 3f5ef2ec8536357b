/**
 * May this caller change this case? Checked again for every mutation at apply time (the device
 * may have been offline since it was assigned). Attorneys get `not_assigned` whether or not the
 * case exists, so ids cannot be probed. The assignment row is share-locked until commit, so an
 * unassignment cannot slip in between the check and the write.
 */
import type { Mutation } from '@core/sync/mutation-schemas';
import type { AuthContext } from '../auth/auth-context';
import type { Queryable } from '../db/db';
import { getEntity } from '../repositories/entities-repository';
import { MutationRejected } from './mutation-outcome';

export async function authoriseCaseWrite(q: Queryable, auth: AuthContext, mutation: Mutation) {
  if (auth.role === 'admin') throw new MutationRejected('forbidden_role');
  const creatingCase = mutation.entity === 'case' && mutation.kind === 'create';
  if (creatingCase) {
    if (auth.role !== 'supervisor') throw new MutationRejected('forbidden_role');
    return;
  }
  const caseRow = await getEntity(q, mutation.caseId);
  const visible = caseRow !== null && caseRow.entity === 'case' && caseRow.orgId === auth.orgId;
  if (auth.role === 'attorney') {
    const assigned = await q.query(
      'SELECT 1 FROM assignments WHERE case_id = $1 AND user_id = $2 FOR SHARE',
      [mutation.caseId, auth.userId],
    );
    if (!visible || assigned.rowCount === 0) throw new MutationRejected('not_assigned');
  } else if (!visible) {
    throw new MutationRejected('not_found');
  }
}
