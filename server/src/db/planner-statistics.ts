/**
 * Planner statistics for embedded PGlite. PostgreSQL's autovacuum re-analyses tables as they
 * grow; PGlite runs no background workers, so after a bulk load (a demo seed, a case import, a
 * month of notes) the planner still believes the tables are empty. The pull's ordered, limited
 * reads then scan and sort every remaining row on each page instead of walking the index: 64 ms
 * against 4 ms per 500-row page at 20,000 note revisions (docs/performance.md).
 */
import type { Db } from './db';

export const ANALYZE_INTERVAL_MS = 5 * 60_000;

export interface StatisticsKeeper {
  /** Analyses now; resolves when done. */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * For PGlite: analyses once now and then every `intervalMs`, reporting failures to `onError`.
 * For PostgreSQL nothing is scheduled (autovacuum does it) and `refresh` is a plain ANALYZE.
 */
export async function keepStatisticsFresh(
  db: Db,
  intervalMs = ANALYZE_INTERVAL_MS,
  onError: (error: unknown) => void = () => undefined,
): Promise<StatisticsKeeper> {
  const refresh = async () => {
    await db.query('ANALYZE');
  };
  if (db.kind !== 'pglite') return { refresh, stop: () => undefined };
  // Statistics make queries faster, never correct: a failure is reported, not fatal.
  await refresh().catch(onError);
  const timer = setInterval(() => refresh().catch(onError), intervalMs);
  timer.unref();
  return { refresh, stop: () => clearInterval(timer) };
}
