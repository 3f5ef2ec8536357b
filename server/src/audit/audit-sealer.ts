/**
 * Links committed audit rows into the chain, off the request path (docs/audit-chain.md). Writers
 * never wait for it: they insert rows as before; this runs every second in the server (and before
 * `audit verify` and `audit export`), takes an advisory lock so that one sealer at a time extends
 * the chain, and appends one link per row in commit-visible order. A row whose transaction
 * committed after later ids were sealed is linked in a later batch: the chain's order is `seq`,
 * not `id`.
 */
import type { Db, Queryable } from '../db/db';
import { json } from '../db/db';
import type { CanonicalAuditRow } from './audit-hash';
import { AUDIT_ROW_COLUMNS, chainHash, GENESIS_HASH, rowHash } from './audit-hash';

/** Any constant: one sealer at a time, across server processes sharing a database. */
const SEALER_LOCK = 720_433;
/**
 * How far below the newest sealed id a regular pass looks for late commits (a transaction open
 * while this many audit rows were written by others is found by the next full pass instead).
 */
export const SEAL_LOOKBACK_IDS = 50_000;
const BATCH = 2_000;

export interface ChainHead {
  seq: number;
  auditId: number;
  chainHash: string;
}

export async function chainHead(q: Queryable): Promise<ChainHead | null> {
  const result = await q.query<ChainHead>(
    `SELECT seq, audit_id AS "auditId", chain_hash AS "chainHash" FROM audit_chain
     ORDER BY seq DESC LIMIT 1`,
  );
  return result.rows[0] ?? null;
}

/**
 * Seals every committed row not yet in the chain (`full`) or those above the look-back window.
 * Returns how many rows it linked (0 when another sealer holds the lock).
 */
export async function sealAudit(db: Db, options: { full?: boolean } = {}): Promise<number> {
  let sealed = 0;
  for (;;) {
    const linked = await db.transaction(async (tx) => {
      const locked = await tx.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        [SEALER_LOCK],
      );
      if (!locked.rows[0]?.locked) return 0;
      const head = await chainHead(tx);
      const floor = options.full ? 0 : Math.max(0, (head?.auditId ?? 0) - SEAL_LOOKBACK_IDS);
      const rows = await tx.query<CanonicalAuditRow>(
        `SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log a
         WHERE a.id > $1 AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = a.id)
         ORDER BY a.id LIMIT $2`,
        [floor, BATCH],
      );
      if (rows.rows.length === 0) return 0;
      let previous = head?.chainHash ?? GENESIS_HASH;
      let seq = head?.seq ?? 0;
      const links = rows.rows.map((row) => {
        seq += 1;
        const ofRow = rowHash(row);
        previous = chainHash(previous, seq, ofRow);
        return { seq, auditId: row.id, rowHash: ofRow, chainHash: previous };
      });
      await tx.query(
        `INSERT INTO audit_chain (seq, audit_id, row_hash, chain_hash)
         SELECT r.seq, r."auditId", r."rowHash", r."chainHash"
         FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, "auditId" bigint, "rowHash" text,
           "chainHash" text)`,
        [json(links)],
      );
      return links.length;
    });
    sealed += linked;
    if (linked < BATCH) return sealed;
  }
}

export interface AuditSealer {
  stop(): Promise<void>;
}

/**
 * Seals every `intervalMs` until stopped; a failed pass is reported and the next one retries.
 * `intervalMs` 0 schedules nothing (the baseline of `bench/server-sync`): rows are then linked
 * only at stop and by `audit verify` / `audit export`.
 */
export function startAuditSealer(
  db: Db,
  intervalMs: number,
  onError: (error: unknown) => void,
): AuditSealer {
  if (intervalMs <= 0) return { stop: async () => undefined };
  let running: Promise<unknown> = Promise.resolve();
  let firstPass = true;
  const timer = setInterval(() => {
    running = running
      .then(() => sealAudit(db, { full: firstPass }))
      .then(() => {
        firstPass = false;
      }, onError);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      // What the last requests wrote is linked before the database closes.
      await sealAudit(db).catch(onError);
    },
  };
}
