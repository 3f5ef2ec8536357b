import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/** A committed write to a watched table, as the app wrote it (above the encryption layer). */
export type StoreChange =
  { table: string; type: 'put'; row: Record<string, unknown> } | { table: string; type: 'delete' };

type Listener = (changes: StoreChange[]) => void;

/**
 * Tells listeners (the search index) about writes to `tables` once their transaction has
 * committed, with the rows in clear as they were written: nothing is read back or decrypted
 * again. Sits above the encryption middleware (a higher level is nearer the app); an aborted
 * transaction reports nothing.
 */
export function changeFeedMiddleware(
  tables: readonly string[],
  listeners: () => ReadonlySet<Listener>,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'amparo-change-feed',
    level: 20,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          if (!tables.includes(name)) return table;
          return {
            ...table,
            async mutate(req: DBCoreMutateRequest) {
              const result = await table.mutate(req);
              if (listeners().size === 0) return result;
              const changes: StoreChange[] =
                req.type === 'add' || req.type === 'put'
                  ? req.values.map((row) => ({
                      table: name,
                      type: 'put' as const,
                      row: row as Record<string, unknown>,
                    }))
                  : [{ table: name, type: 'delete' }];
              const idb = req.trans as unknown as IDBTransaction;
              const report = () => listeners().forEach((listener) => listener(changes));
              if (typeof idb.addEventListener === 'function')
                idb.addEventListener('complete', report);
              else report();
              return result;
            },
          };
        },
      };
    },
  };
}
