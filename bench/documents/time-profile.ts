/**
 * Where an upload's time goes (BENCH_PROFILE=1): wall time per request kind as the client sees
 * it, and per SQL statement as the server's database adapter sees it (in and out of
 * transactions). Profiling only: the figures of record are the bench's ratios.
 */
import type { Db, FirstResults, Transaction, TransactionOptions } from '../../server/src/db/db';

type Totals = Map<string, { ms: number; count: number }>;

function add(totals: Totals, key: string, ms: number) {
  const entry = totals.get(key) ?? { ms: 0, count: 0 };
  entry.ms += ms;
  entry.count += 1;
  totals.set(key, entry);
}

/** The statement's first words, whitespace folded: one line per kind of query. */
function statement(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim().slice(0, 70);
}

export class TimeProfile {
  readonly requests: Totals = new Map();
  readonly queries: Totals = new Map();
  enabled = false;

  /** Wraps the adapter's query and transaction (the app calls them through this object). */
  watch(db: Db): void {
    const timedQuery =
      <Q extends Pick<Db, 'query'>>(target: Q, query: Q['query']) =>
      async (sql: string, params?: readonly unknown[]) => {
        const started = performance.now();
        try {
          return await query.call(target, sql, params);
        } finally {
          if (this.enabled) add(this.queries, statement(sql), performance.now() - started);
        }
      };
    const query = db.query.bind(db);
    db.query = timedQuery(db, query) as Db['query'];
    const transaction = db.transaction.bind(db);
    db.transaction = (<T>(
      fn: (tx: Transaction, first: FirstResults) => Promise<T>,
      options?: TransactionOptions,
    ) =>
      transaction((tx, first) => {
        const inner = tx.query.bind(tx);
        const wrapped = Object.create(tx) as Transaction;
        wrapped.query = timedQuery(tx, inner) as Transaction['query'];
        return fn(wrapped, first);
      }, options)) as Db['transaction'];
  }

  async request<T>(kind: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      if (this.enabled) add(this.requests, kind, performance.now() - started);
    }
  }

  print(): void {
    const show = (title: string, totals: Totals) => {
      console.log(title);
      const rows = [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
      for (const [key, { ms, count }] of rows)
        console.log(
          `  ${ms.toFixed(0).padStart(7)} ms  ${String(count).padStart(5)}×  ${(ms / count).toFixed(2).padStart(7)} ms each  ${key}`,
        );
    };
    show('requests (client wall time):', this.requests);
    show('queries (adapter wall time):', this.queries);
  }
}
