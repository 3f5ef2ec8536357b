/**
 * The one database interface the server uses. Repositories write plain PostgreSQL; the same SQL
 * runs on a real server (`pg`) and on embedded PGlite. Conventions every adapter guarantees:
 * `bigint` columns come back as JS numbers (our sequences stay far below 2^53), `jsonb` as parsed
 * values, `timestamptz` as `Date`. Pass JSON parameters as strings and cast them (`$1::jsonb`).
 */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
}

export interface Transaction extends Queryable {
  /** Runs a script of several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface TransactionOptions {
  /**
   * Statements without parameters to run first (`;`-separated). PostgreSQL gets them with BEGIN,
   * in one round trip (a lock every request of a hot path takes: document-access.ts); PGlite runs
   * them first. Their results, in order, are the transaction function's second argument.
   */
  first?: string;
}

/** The results of `TransactionOptions.first`, one per statement, in order (empty without it). */
export type FirstResults = QueryResult<Record<string, unknown>>[];

export interface Db extends Queryable {
  readonly kind: DatabaseKind;
  /** Commits when `fn` resolves, rolls back when it throws. */
  transaction<T>(
    fn: (tx: Transaction, first: FirstResults) => Promise<T>,
    options?: TransactionOptions,
  ): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL error codes worth retrying a whole transaction for. */
const RETRYABLE = new Set(['40001', '40P01']);

export function isRetryableDbError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/** Runs a transaction again (a few times) when PostgreSQL aborted it for a deadlock or serialisation. */
export async function transactionWithRetry<T>(
  db: Db,
  retryable: (error: unknown) => boolean,
  fn: (tx: Transaction) => Promise<T>,
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(fn);
    } catch (error) {
      if (attempt >= attempts || !retryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** A JSON parameter for `$n::jsonb`. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}
