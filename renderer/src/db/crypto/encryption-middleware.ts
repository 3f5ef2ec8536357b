import { AppError } from '@core/errors/app-error';
import type {
  DBCore,
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreMutateRequest,
  DBCoreQueryRequest,
  DBCoreTable,
  Middleware,
} from 'dexie';
import { open, seal, type Sealed } from './aes';
import { fromUtf8, utf8 } from './bytes';
import { keepTransactionAlive } from './keep-alive';
import { caseKeyId, DEK_ID, type CaseKeyRow, type KeyRing } from './keyring';
import { aadFor, encryptedTables, ENCRYPTION_FORMAT, type TablePolicy } from './table-policy';

export const KEYS_TABLE = 'keys';

interface SealedField extends Sealed {
  v: number;
  k: string;
}

type Row = Record<string, unknown>;

function decryptFailure(): AppError {
  // Deliberately vague: never say which record or what it held.
  return new AppError('internal', 'decrypt_failed');
}

/**
 * Dexie DBCore middleware sealing every sensitive field of every record (AES-256-GCM, random IV,
 * AAD = table|id|format|keyId) on its way to IndexedDB and opening it on the way back, so
 * repositories and the sync engine never see ciphertext. `getKeyRing` returns the unlocked
 * session's keys, or null when locked (every read or write then fails with `locked`).
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

      const openRows = async (
        name: string,
        policy: TablePolicy,
        rows: readonly unknown[],
        trans: unknown,
      ): Promise<unknown[]> => {
        await preloadKeys(rows, trans);
        return Promise.all(rows.map((row) => openRow(name, policy, row, trans)));
      };

      const openRow = async (
        name: string,
        policy: TablePolicy,
        row: unknown,
        trans: unknown,
      ): Promise<unknown> => {
        if (!row || typeof row !== 'object') return row;
        const { enc, bin, ...clear } = row as Row & { enc?: SealedField; bin?: SealedField };
        if (!enc) throw decryptFailure();
        try {
          const key = await keyForRead(enc.k, trans);
          const aad = aadFor(name, clear[policy.idField], enc.k);
          const plain = await open(key, enc, aad);
          const opened = { ...clear, ...(JSON.parse(fromUtf8(plain)) as Row) };
          if (bin && policy.binaryField) {
            opened[policy.binaryField] = (
              await open(key, bin, `${aad}|${policy.binaryField}`)
            ).buffer;
          }
          return opened;
        } catch (error) {
          if (error instanceof AppError && error.message === 'locked') throw error;
          throw decryptFailure();
        }
      };

      const sealRow = async (
        name: string,
        policy: TablePolicy,
        row: Row,
        keyFor: (caseId: string | null) => Promise<{ key: CryptoKey; keyId: string }>,
      ) => {
        const clear: Row = {};
        const secret: Row = {};
        let binary: Uint8Array<ArrayBuffer> | null = null;
        for (const [field, value] of Object.entries(row)) {
          if (policy.clear.includes(field)) clear[field] = value;
          else if (field === policy.binaryField && isArrayBuffer(value))
            binary = new Uint8Array(value as ArrayBuffer);
          else if (value !== undefined) secret[field] = value;
        }
        const caseId = policy.caseField
          ? ((row[policy.caseField] as string | undefined) ?? null)
          : null;
        const { key, keyId } = await keyFor(caseId);
        const sealed = await seal(
          key,
          utf8(JSON.stringify(secret)),
          aadFor(name, row[policy.idField], keyId),
        );
        const enc: SealedField = { v: ENCRYPTION_FORMAT, k: keyId, iv: sealed.iv, ct: sealed.ct };
        if (!binary) return { ...clear, enc };
        // Bytes (attachments) are sealed as bytes, not through JSON, with their own IV.
        const aad = `${aadFor(name, row[policy.idField], keyId)}|${policy.binaryField}`;
        const sealedBin = await seal(key, binary, aad);
        const bin: SealedField = {
          v: ENCRYPTION_FORMAT,
          k: keyId,
          iv: sealedBin.iv,
          ct: sealedBin.ct,
        };
        return { ...clear, enc, bin };
      };

      const wrapTable = (name: string, table: DBCoreTable, policy: TablePolicy): DBCoreTable => ({
        ...table,
        async mutate(req: DBCoreMutateRequest) {
          if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
          const keys = ring();
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
                  const row = await keys.createCaseKey(caseId);
                  created.push(row);
                  key = await keys.caseKey(row.id, async () => row);
                }
                keyById.set(caseId, key!);
              }
              const keyFor = async (caseId: string | null) =>
                caseId
                  ? { key: keyById.get(caseId)!, keyId: caseKeyId(caseId) }
                  : { key: keys.dataKey(), keyId: DEK_ID };
              return Promise.all(
                req.values.map((value) => sealRow(name, policy, value as Row, keyFor)),
              );
            })(),
          );
          if (created.length > 0)
            await keysTable.mutate({ trans: req.trans, type: 'put', values: created });
          return table.mutate({
            ...req,
            values,
            changeSpec: undefined,
            updates: undefined,
          } as DBCoreMutateRequest);
        },
        async get(req: DBCoreGetRequest) {
          const row = await table.get(req);
          return keepTransactionAlive(req.trans, openRow(name, policy, row, req.trans));
        },
        async getMany(req: DBCoreGetManyRequest) {
          const rows = await table.getMany(req);
          return keepTransactionAlive(req.trans, openRows(name, policy, rows, req.trans));
        },
        async query(req: DBCoreQueryRequest) {
          const response = await table.query(req);
          if (!req.values) return response;
          const result = await keepTransactionAlive(
            req.trans,
            openRows(name, policy, response.result, req.trans),
          );
          return { ...response, result };
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

/** Realm-independent (an ArrayBuffer from another realm fails `instanceof`). */
function isArrayBuffer(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}
