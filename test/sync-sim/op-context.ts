/** What every simulated operation works with: the laptop, its random stream and the run's logs. */
import type { CaseFile } from '@core/domain/case-file';
import type { DocumentEntity } from '@core/sync/mutation-schemas';
import type { DocumentRow } from '../../renderer/src/db/rows';
import type { GatedClient } from './sim-client';
import type { UniqueValues, WriteLog } from './write-log';

export interface OpContext {
  client: GatedClient;
  values: UniqueValues;
  log: WriteLog;
  /** Set while the laptop's own sync waits at the proxy: the operation must not start another. */
  duringSync?: boolean;
}

/** What one operation did, for the run's tally ("skipped" when there was nothing to do it to). */
export type OpOutcome = 'done' | 'skipped';

/**
 * Cases on this laptop (from the clear index). That includes a case unassigned on the server but
 * not yet removed here (its pending work goes first): nothing in the app stops typing on it.
 */
export async function openCaseIds(ctx: OpContext): Promise<string[]> {
  const ids = await ctx.client.device.db.docs.where('entity').equals('case').primaryKeys();
  return ids.map(String).sort();
}

export async function pickCase(ctx: OpContext): Promise<CaseFile | undefined> {
  const ids = await openCaseIds(ctx);
  if (ids.length === 0) return undefined;
  const row = await ctx.client.device.docs.get(ctx.client.prng.pick(ids));
  return row?.doc as unknown as CaseFile | undefined;
}

/** Documents of one kind on this laptop, in a stable order. */
export async function documentsOf(ctx: OpContext, entity: DocumentEntity): Promise<DocumentRow[]> {
  const rows = await ctx.client.device.docs.listByEntity(entity);
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}
