/**
 * Per-case advisory locks, transaction-scoped, that order a case's closing against the pushes
 * touching it (issue 18). A push takes them shared, before it reads `case_closings`, and holds them
 * to its commit; closing and reopening take the case's lock exclusive, first in their transaction.
 * So a closing waits for the pushes already past their check, and a push arriving after it waits
 * for its commit and then reads it. Shared locks never conflict with each other: two pushes on one
 * case do not wait for each other here (a share lock on the case rows would deadlock them), and a
 * push takes its keys in one sorted statement, so no two transactions take them in different
 * orders. Order relative to other locks: a push's device row, then these, then rows, then the
 * organisation's change-log lock (change-log-repository.ts); a closing takes nothing before.
 */
import type { Queryable } from '../db/db';
import { json } from '../db/db';

/** Distinct from the organisation lock's key (the organisation id's text alone). */
const KEY = `hashtextextended('case-closing:' || id, 0)`;

export async function lockCasesShared(q: Queryable, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  // The subquery's ORDER BY (kept by OFFSET 0) is the order the aggregate takes the locks in.
  await q.query(
    `SELECT count(pg_advisory_xact_lock_shared(k)) FROM (
       SELECT DISTINCT ${KEY} AS k FROM jsonb_array_elements_text($1::jsonb) AS id ORDER BY k OFFSET 0
     ) AS keys`,
    [json(caseIds)],
  );
}

export async function lockCaseExclusive(q: Queryable, caseId: string): Promise<void> {
  await q.query(`SELECT pg_advisory_xact_lock(${KEY}) FROM (SELECT $1::text AS id) AS c`, [caseId]);
}
