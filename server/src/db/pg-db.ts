/** `Db` over a `pg` connection pool, optionally confined to one schema (tests). */
import pg from 'pg';
import type { Db, QueryResult, Transaction } from './db';

const INT8_OID = 20;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export interface PgDbOptions {
  connectionString: string;
  /** Every connection gets `search_path` set to this schema. */
  schema?: string;
  maxConnections?: number;
  /** A connection was lost (PostgreSQL restarted, the backend was terminated, the network broke). */
  onConnectionError?: (error: Error) => void;
}

/**
 * A name per SQL text, the same for the whole process: a connection parses and plans a named
 * statement once and reuses it (pg keeps the names it prepared per connection). Planning was about
 * a quarter of PostgreSQL's CPU on the push path (issue 20, docs/performance.md). Bounded, so that
 * SQL text built at run time cannot grow the statements kept on each connection without end.
 */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 1_000;

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `amparo_${statementNames.size}`;
    statementNames.set(sql, name);
  }
  return name;
}

export function createPgDb(options: PgDbOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 20,
    // A request waits this long for a connection while PostgreSQL is away, then fails.
    connectionTimeoutMillis: 10_000,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const reportLost = (error: Error) => options.onConnectionError?.(error);
  // An idle client losing its connection must not crash the process (the pool drops it).
  pool.on('error', reportLost);

  const run = async <Row>(
    client: pg.Pool | pg.PoolClient,
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>> => {
    const name = params && params.length > 0 ? statementName(sql) : undefined;
    const result = await client.query(
      name
        ? { name, text: sql, values: [...params!] }
        : { text: sql, values: params && [...params] },
    );
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  };

  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn, options) {
      const client = await pool.connect();
      // Nor may a client checked out here: pg emits 'error' on it when its backend dies between
      // two queries, and an unhandled 'error' event ends the process. The next query then fails,
      // the transaction rolls back, and the broken client leaves the pool on release.
      let lost: Error | undefined;
      const onLost = (error: Error) => {
        lost = error;
        reportLost(error);
      };
      client.on('error', onLost);
      const tx: Transaction = {
        query: (sql, params) => run(client, sql, params),
        exec: async (sql) => {
          await client.query(sql);
        },
      };
      try {
        // A simple query of several statements: BEGIN opens the block, the others run inside it.
        const begun: unknown = await client.query(
          options?.first ? `BEGIN; ${options.first}` : 'BEGIN',
        );
        const first = Array.isArray(begun)
          ? (begun as pg.QueryResult[]).slice(1).map((r) => ({
              rows: r.rows as Record<string, unknown>[],
              rowCount: r.rowCount ?? 0,
            }))
          : [];
        const result = await fn(tx, first);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', onLost);
        // Passing the error destroys the client instead of returning it to the pool.
        client.release(lost);
      }
    },
    close: () => pool.end(),
  };
}
