/**
 * `Db` over embedded PGlite. PGlite has one connection: its own mutex queues transactions and
 * queries, so concurrent requests serialise (correct, and fast enough for a laptop or a demo).
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Db, FirstResults, QueryResult } from './db';

const INT8_OID = 20;

export async function createPgliteDb(dataDir?: string): Promise<Db> {
  const pglite = await PGlite.create(dataDir, {
    parsers: { [INT8_OID]: (value: string) => Number(value) },
    // The conflict-of-interest check's name matching (migration 015) needs both.
    extensions: { pg_trgm, unaccent },
  });
  const toResult = <Row>(result: { rows: unknown[]; affectedRows?: number }): QueryResult<Row> => ({
    rows: result.rows as Row[],
    // PGlite reports affectedRows = 0 for SELECT; pg's rowCount counts the rows returned.
    rowCount: result.rows.length > 0 ? result.rows.length : (result.affectedRows ?? 0),
  });

  return {
    kind: 'pglite',
    query: async (sql, params) => toResult(await pglite.query(sql, params ? [...params] : [])),
    transaction: (fn, options) =>
      pglite.transaction(async (tx) => {
        const first = options?.first ? (await tx.exec(options.first)).map(toResult) : [];
        return fn(
          {
            query: async (sql, params) => toResult(await tx.query(sql, params ? [...params] : [])),
            exec: async (sql) => {
              await tx.exec(sql);
            },
          },
          first as FirstResults,
        );
      }),
    close: () => pglite.close(),
  };
}
