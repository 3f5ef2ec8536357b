/**
 * An attacker's tool, written apart from the app's code: given a copy of a browser profile and a
 * passphrase, find every vault on disk (live or left behind in LevelDB files), derive its key
 * with the passphrase (and any device share found beside it), unwrap data keys and case keys,
 * and open every sealed record those keys reach. Used with the old passphrase after a change
 * (must open nothing) and before it (must open the data: the control).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { deserialize } from 'node:v8';
import { argon2id } from 'hash-wasm';
import { readLog, readTable } from './leveldb-files';

type Obj = Record<string, unknown>;

interface Found {
  object: Obj;
  source: string;
}

export interface ProbeResult {
  vaultsSeen: number;
  dataKeysOpened: number;
  recordsSeen: number;
  /** Plaintext of every record the passphrase reached (JSON of the sealed fields). */
  opened: { text: string; source: string }[];
  /** LevelDB blocks the reader could not decode: a probe that skipped data proves nothing. */
  unreadable: string[];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? filesUnder(join(dir, entry.name))
        : Promise.resolve([join(dir, entry.name)]),
    ),
  );
  return nested.flat();
}

/**
 * V8's structured-clone format inside Blink's envelope. Node's V8 may be older than Chromium's
 * (format 16 against 15): the records here use nothing newer, so the version byte is lowered.
 */
function objectsIn(buffer: Buffer): Obj[] {
  for (let i = 0; i + 2 < buffer.length; i += 1) {
    if (buffer[i] !== 0xff || (buffer[i + 1] !== 0x0f && buffer[i + 1] !== 0x10)) continue;
    const copy = Buffer.from(buffer.subarray(i));
    copy[1] = 0x0f;
    try {
      const value: unknown = deserialize(copy);
      if (value && typeof value === 'object') return [value as Obj];
    } catch {
      // not a serialized value at this offset
    }
  }
  return [];
}

async function everyObject(profile: string): Promise<{ found: Found[]; unreadable: string[] }> {
  const found: Found[] = [];
  const unreadable: string[] = [];
  for (const file of await filesUnder(profile)) {
    if (!(await stat(file).catch(() => null))?.isFile()) continue;
    const source = file.slice(profile.length);
    const name = basename(file);
    const isLevelDb = /\.leveldb\//.test(source) || /IndexedDB\//.test(source);
    if (!isLevelDb) continue;
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    let values: Buffer[] = [];
    if (/^\d+\.log$/.test(name)) values = readLog(bytes, source).map((v) => v.value);
    else if (/\.(ldb|sst)$/.test(name)) {
      const table = readTable(bytes, source);
      unreadable.push(...table.unreadable);
      values = table.values.map((v) => v.value);
    } else if (!/^(MANIFEST-|CURRENT|LOCK|LOG)/.test(name)) values = [bytes]; // blob files
    for (const value of values)
      for (const object of objectsIn(value)) found.push({ object, source });
  }
  return { found, unreadable };
}

// Copied into a fresh ArrayBuffer: WebCrypto takes no view of a shared buffer.
const bytes = (value: unknown): Uint8Array<ArrayBuffer> | null =>
  value instanceof Uint8Array
    ? new Uint8Array(value)
    : value instanceof ArrayBuffer
      ? new Uint8Array(value)
      : null;

interface SealedLike {
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

function sealedOf(value: unknown): SealedLike | null {
  if (!value || typeof value !== 'object') return null;
  const iv = bytes((value as Obj)['iv']);
  const ct = bytes((value as Obj)['ct']);
  return iv && ct ? { iv, ct } : null;
}

async function aesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
}

async function tryOpen(
  key: CryptoKey,
  sealed: SealedLike,
  aad: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.iv, additionalData: new TextEncoder().encode(aad) },
        key,
        sealed.ct,
      ),
    );
  } catch {
    return null;
  }
}

async function kek(bits: Uint8Array, share: Uint8Array | null): Promise<CryptoKey> {
  const ikm = share ? Buffer.concat([bits, share]) : Buffer.from(bits);
  const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new TextEncoder().encode('amparo-kek-v1'),
      info: new TextEncoder().encode(share ? 'passphrase+share' : 'passphrase'),
    },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['decrypt'],
  );
}

const TABLES: Record<string, string> = {
  settings: 'key',
  syncState: 'key',
  docs: 'id',
  noteRevisions: 'id',
  noteHeads: 'noteId',
  outbox: 'mutationId',
  drafts: 'id',
  conflicts: 'id',
  quarantine: 'id',
  attachments: 'id',
  acknowledged: 'mutationId',
  attachmentContents: 'id',
};

function unique<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}

export async function probeProfile(profile: string, passphrase: string): Promise<ProbeResult> {
  const { found, unreadable } = await everyObject(profile);
  const hex = (b: Uint8Array | null) => (b ? Buffer.from(b).toString('hex') : '');
  const vaults = unique(
    found.filter((f) => f.object['kdf'] && f.object['wrappedDek']),
    (f) => hex(sealedOf(f.object['wrappedDek'])?.ct ?? null),
  );
  // Any 32-byte share stored on disk, as an attacker would try each.
  const shares = unique(
    found
      .map((f) => bytes(f.object['share']))
      .filter((b): b is Uint8Array<ArrayBuffer> => b?.length === 32),
    hex,
  );
  const dataKeys: CryptoKey[] = [];
  for (const { object } of vaults) {
    const kdf = object['kdf'] as Obj;
    if (kdf['algorithm'] !== 'argon2id') continue;
    const bits = await argon2id({
      password: passphrase.normalize('NFC'),
      salt: bytes(kdf['salt'])!,
      parallelism: kdf['parallelism'] as number,
      iterations: kdf['iterations'] as number,
      memorySize: kdf['memoryKiB'] as number,
      hashLength: 32,
      outputType: 'binary',
    });
    for (const share of [null, ...shares]) {
      const raw = await tryOpen(
        await kek(bits, share),
        sealedOf(object['wrappedDek'])!,
        'amparo-dek|v1',
      );
      if (raw) dataKeys.push(await aesKey(raw));
    }
  }
  // Old data keys sealed into a later store while a change was copying (reachable only from it).
  for (let added = true; added;) {
    added = false;
    for (const { object } of found.filter((f) => f.object['id'] === 'rotation')) {
      const from = object['from'] as Obj | undefined;
      const source = sealedOf(object['source']);
      if (!from || !source) continue;
      for (const key of [...dataKeys]) {
        const raw = await tryOpen(
          key,
          source,
          `amparo-rotation|${String(from['kind'])}|${String(from['name'])}`,
        );
        if (raw && dataKeys.length < 64) {
          dataKeys.push(await aesKey(raw));
          added = true;
        }
      }
    }
  }
  const caseKeys = new Map<string, CryptoKey[]>();
  for (const { object } of found) {
    const id = object['id'];
    const wrapped = sealedOf(object['wrapped']);
    if (typeof id !== 'string' || !id.startsWith('case:') || !wrapped) continue;
    for (const key of dataKeys) {
      const raw = await tryOpen(key, wrapped, `amparo-key|${id}`);
      if (raw) caseKeys.set(id, [...(caseKeys.get(id) ?? []), await aesKey(raw)]);
    }
  }
  const records = unique(
    found.filter((f) => sealedOf(f.object['enc'])),
    (f) => hex(sealedOf(f.object['enc'])!.iv),
  );
  const opened: ProbeResult['opened'] = [];
  for (const { object, source } of records) {
    const enc = object['enc'] as Obj;
    const keyId = String(enc['k']);
    const keys = keyId === 'dek' ? dataKeys : (caseKeys.get(keyId) ?? []);
    for (const key of keys) {
      for (const [table, idField] of Object.entries(TABLES)) {
        const aad = `${table}|${String(object[idField])}|${String(enc['v'])}|${keyId}`;
        // Format 2 seals some fields apart (`parts`), each under its own AAD, and binds their
        // names and IVs into the AAD of `enc`.
        const parts = Object.entries((object['parts'] as Obj | undefined) ?? {})
          .map(([field, value]) => [field, sealedOf(value)] as const)
          .filter((part): part is readonly [string, SealedLike] => part[1] !== null)
          .sort(([a], [b]) => (a < b ? -1 : 1));
        const bound = parts.length
          ? `${aad}|parts:${parts.map(([f, p]) => `${f}=${Buffer.from(p.iv).toString('base64')}`).join(',')}`
          : aad;
        const plain = await tryOpen(key, sealedOf(enc)!, bound);
        if (plain) opened.push({ text: new TextDecoder().decode(plain), source });
        for (const [field, part] of parts) {
          const text = await tryOpen(key, part, `${aad}|part:${field}`);
          if (text) opened.push({ text: new TextDecoder().decode(text), source });
        }
      }
    }
  }
  return {
    vaultsSeen: vaults.length,
    dataKeysOpened: dataKeys.length,
    recordsSeen: records.length,
    opened,
    unreadable,
  };
}
