import { AppError } from '@core/errors/app-error';
import type {
  DBCore,
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreQueryRequest,
  DBCoreTable,
  Middleware,
} from 'dexie';
import { keepTransactionAlive } from './keep-alive';
import { caseKeyId, DEK_ID, type CaseKeyRow, type KeyRing } from './keyring';
import type { SealedMemo } from './sealed-memo';
import { answersMemoHitsAtOnce, noteStoredForm } from './seal-ahead';
import {
  decryptFailure,
  openRow,
  openRowFromMemo,
  sealRow,
  sealRowNow,
  type SealedField,
} from './sealed-row';
import { encryptedTables, type TablePolicy } from './table-policy';

export const KEYS_TABLE = 'keys';

type Row = Record<string, unknown>;

/** Writes of at most this many rows try the memo first (sealRowNow). */
const FAST_WRITE_ROWS = 4;

/**
 * Dexie DBCore middleware sealing every sensitive field of every record (AES-256-GCM, random IV,
 * AAD = table|id|format|keyId, stored as sealed-row.ts describes) on its way to IndexedDB and
 * opening it on the way back, so repositories and the sync engine never see ciphertext.
 * `getKeyRing` returns the unlocked session's keys, or null when locked (every read or write then
 * fails with `locked`). Rows this session has just written or read open from its memo without
 * decrypting.
 */
export function encryptionMiddleware(getKeyRing: () => KeyRing | null): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'amparo-encryption',
    create(down) {
      const keysTable = down.table(KEYS_TABLE);

      const ring = (): KeyRing => {
        const keys = getKeyRing();
        if (!keys?.isUnlocked) throw new AppError('unauthorized', 'locked');
        return keys;
      };

      const keyForRead = async (keyId: string, trans: unknown): Promise<CryptoKey> => {
        const keys = ring();
        if (keyId === DEK_ID) return keys.dataKey();
        const key = await keys.caseKey(
          keyId,
          async () =>
            (await keysTable.get({ trans: trans as never, key: keyId })) as CaseKeyRow | undefined,
        );
        if (!key) throw decryptFailure();
        return key;
      };

      /** Loads the missing case keys of many rows with one read instead of one read per case. */
      const preloadKeys = async (rows: readonly unknown[], trans: unknown): Promise<void> => {
        const keys = ring();
        const missing = [
          ...new Set(
            rows
              .map((row) => (row as { enc?: SealedField } | undefined)?.enc?.k)
              .filter((k): k is string => !!k && k !== DEK_ID && !keys.hasCaseKey(k)),
          ),
        ];
        if (missing.length < 2) return;
        const found = (await keysTable.getMany({ trans: trans as never, keys: missing })) as (
          CaseKeyRow | undefined
        )[];
        for (const row of found) if (row) void keys.caseKey(row.id, async () => row);
      };

      const openOne = async (
        name: string,
        policy: TablePolicy,
        row: unknown,
        trans: unknown,
        memo: SealedMemo,
      ): Promise<unknown> => {
        if (!row || typeof row !== 'object') return row;
        try {
          return await openRow(name, policy, row as Row, (k) => keyForRead(k, trans), memo);
        } catch (error) {
          if (error instanceof AppError && error.message === 'locked') throw error;
          throw decryptFailure();
        }
      };

      /** Opens rows, from the session's memo where it holds them (nothing to decrypt). */
      const openRows = (
        name: string,
        policy: TablePolicy,
        rows: readonly unknown[],
        trans: unknown,
      ): Promise<unknown[]> => {
        // Nothing found: nothing to open, and no key needed (a locked app may look up a missing row).
        if (rows.every((row) => row === undefined || row === null))
          return keepTransactionAlive(trans, Promise.resolve([...rows]));
        const memo = ring().memo;
        const known = rows.map((row) => {
          if (!row || typeof row !== 'object') return row;
          const opened = openRowFromMemo(name, policy, row as Row, memo);
          noteStoredForm(opened, row);
          return opened;
        });
        // Even with nothing to decrypt, answer from inside an IndexedDB callback, as for a
        // decryption: answering at once lost Dexie's transaction zone for the caller's next step
        // once. The autosave paths ask for it at once and check their zone after (seal-ahead.ts).
        if (known.every((row, i) => row !== undefined || rows[i] === undefined))
          return answersMemoHitsAtOnce(trans)
            ? Promise.resolve(known)
            : keepTransactionAlive(trans, Promise.resolve(known));
        return keepTransactionAlive(
          trans,
          (async () => {
            await preloadKeys(rows, trans);
            return Promise.all(
              rows.map(async (row, i) => {
                if (known[i] !== undefined) return known[i];
                const opened = await openOne(name, policy, row, trans, memo);
                noteStoredForm(opened, row);
                return opened;
              }),
            );
          })(),
        );
      };

      const wrapTable = (name: string, table: DBCoreTable, policy: TablePolicy): DBCoreTable => ({
        ...table,
        async mutate(req: DBCoreMutateRequest) {
          if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
          const keys = ring();
          // Every ciphertext already made (sealed ahead, or unchanged): write at once, no wait.
          // Only for a save's few rows: a bulk write would serialise each row twice on a miss.
          const ready =
            req.values.length <= FAST_WRITE_ROWS
              ? sealAllNow(name, policy, req.values, keys)
              : undefined;
          if (ready) {
            req.values.forEach((value, i) => noteStoredForm(value, ready[i]));
            return table
              .mutate({
                ...req,
                values: ready,
                changeSpec: undefined,
                updates: undefined,
              } as DBCoreMutateRequest)
              .then((response) => withGeneratedKeys(table, ready, response));
          }
          const created: CaseKeyRow[] = [];
          const load = (keyId: string) => async () =>
            (await keysTable.get({ trans: req.trans, key: keyId })) as CaseKeyRow | undefined;
          // Ask for every case key at once, while the transaction is active (no await in between).
          const caseIds = policy.caseField
            ? [
                ...new Set(
                  req.values
                    .map((v) => (v as Row)[policy.caseField!] as string | undefined)
                    .filter((id): id is string => !!id),
                ),
              ]
            : [];
          const lookups = new Map(
            caseIds.map((id) => [id, keys.caseKey(caseKeyId(id), load(caseKeyId(id)))] as const),
          );
          const values = await keepTransactionAlive(
            req.trans,
            (async () => {
              const keyById = new Map<string, CryptoKey>();
              for (const [caseId, lookup] of lookups) {
                let key = await lookup;
                if (!key) {
                  const row = await keys.createCaseKeyOnce(caseId);
                  if (row) created.push(row);
                  key = await keys.caseKey(caseKeyId(caseId), async () => row ?? undefined);
                }
                if (!key) throw decryptFailure();
                keyById.set(caseId, key!);
              }
              return Promise.all(
                req.values.map((value) => {
                  const caseId = policy.caseField
                    ? ((value as Row)[policy.caseField] as string | undefined)
                    : undefined;
                  return caseId
                    ? sealRow(
                        name,
                        policy,
                        value as Row,
                        keyById.get(caseId)!,
                        caseKeyId(caseId),
                        keys.memo,
                      )
                    : sealRow(name, policy, value as Row, keys.dataKey(), DEK_ID, keys.memo);
                }),
              );
            })(),
          );
          req.values.forEach((value, i) => noteStoredForm(value, values[i]));
          if (created.length > 0)
            await keysTable.mutate({ trans: req.trans, type: 'put', values: created });
          return table
            .mutate({
              ...req,
              values,
              changeSpec: undefined,
              updates: undefined,
            } as DBCoreMutateRequest)
            .then((response) => withGeneratedKeys(table, values, response));
        },
        async get(req: DBCoreGetRequest) {
          const row = await table.get(req);
          const [opened] = await openRows(name, policy, [row], req.trans);
          return opened;
        },
        async getMany(req: DBCoreGetManyRequest) {
          return openRows(name, policy, await table.getMany(req), req.trans);
        },
        async query(req: DBCoreQueryRequest) {
          const response = await table.query(req);
          if (!req.values) return response;
          return { ...response, result: await openRows(name, policy, response.result, req.trans) };
        },
        openCursor(req) {
          if (req.values) {
            return Promise.reject(
              new AppError(
                'internal',
                `cursor reads of the encrypted table ${name} are not supported; use toArray()`,
              ),
            );
          }
          return table.openCursor(req);
        },
      });

      return {
        ...down,
        transaction(stores, mode, options) {
          const needsKeys =
            stores.some((s) => s in encryptedTables) && !stores.includes(KEYS_TABLE);
          return down.transaction(needsKeys ? [...stores, KEYS_TABLE] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (name === KEYS_TABLE) return forgettingKeysTable(table, getKeyRing);
          const policy = encryptedTables[name];
          return policy ? wrapTable(name, table, policy) : table;
        },
      };
    },
  };
}

/**
 * Puts the keys IndexedDB generated (an outbox entry's `localId`) into the stored forms noted for
 * the rows written, as Dexie puts them into the rows: a save that compares what it reads with
 * what it wrote (seal-ahead.ts, `sameStoredRow`) then finds an entry it added unchanged.
 */
function withGeneratedKeys(
  table: DBCoreTable,
  stored: readonly unknown[],
  response: DBCoreMutateResponse,
): DBCoreMutateResponse {
  const { keyPath, autoIncrement } = table.schema.primaryKey;
  if (!autoIncrement || typeof keyPath !== 'string') return response;
  stored.forEach((row, i) => {
    const key: unknown = response.results?.[i];
    if (row && typeof row === 'object' && (row as Row)[keyPath] === undefined && key !== undefined)
      (row as Row)[keyPath] = key;
  });
  return response;
}

/** Every value sealed from the memo alone (see sealRowNow), or undefined if one needs sealing. */
function sealAllNow(
  name: string,
  policy: TablePolicy,
  values: readonly unknown[],
  keys: KeyRing,
): Row[] | undefined {
  const sealed: Row[] = [];
  for (const value of values) {
    const caseId = policy.caseField
      ? ((value as Row)[policy.caseField] as string | undefined)
      : undefined;
    const keyId = caseId ? caseKeyId(caseId) : DEK_ID;
    const key = keys.keyNow(keyId);
    if (!key) return undefined;
    const row = sealRowNow(name, policy, value as Row, key, keyId, keys.memo);
    if (!row) return undefined;
    sealed.push(row);
  }
  return sealed;
}

/**
 * A deleted key row leaves the session's memory too: otherwise a case removed and assigned again
 * in the same session would have its new rows sealed with the cached old key and no key row
 * written, unreadable after the next unlock. Forgetting early is harmless when the transaction
 * aborts: the row is still there and is unwrapped again on the next use.
 */
function forgettingKeysTable(table: DBCoreTable, getKeyRing: () => KeyRing | null): DBCoreTable {
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      const result = await table.mutate(req);
      const keys = getKeyRing();
      if (req.type === 'delete') for (const id of req.keys) keys?.forget(String(id));
      if (req.type === 'deleteRange') keys?.forgetAllCaseKeys();
      return result;
    },
  };
}
