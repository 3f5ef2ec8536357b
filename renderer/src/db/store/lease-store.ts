import { checkedIn, clockSeen, type LeaseRecord } from '@core/lease/lease-state';
import Dexie, { type Table } from 'dexie';
import type { StoreBackend, StoreRef } from './store-backend';
import type { StoreDirectory } from './store-directory';

const LEASE_ID = 'lease';

interface ShareRow {
  id: 'share';
  deviceId: string;
  share: Uint8Array<ArrayBuffer>;
}

class ShareDatabase extends Dexie {
  shares!: Table<ShareRow, string>;
  constructor(name: string, factory: IDBFactory) {
    super(name, { chromeTransactionDurability: 'strict', indexedDB: factory });
    this.version(1).stores({ shares: 'id' });
  }
}

/**
 * The device lease on this laptop (issue 19 #2). Its dates sit in the store directory (no secret;
 * the lock screen reads them). The share MCJ's server holds for this device is kept in a storage
 * bucket of its own, so that erasing it at the lease's end deletes its files too (a deleted
 * IndexedDB record can stay readable in LevelDB's files; a deleted bucket does not).
 */
export class LeaseStore {
  private readonly ref: StoreRef;

  constructor(
    private readonly backend: StoreBackend,
    private readonly directory: StoreDirectory,
  ) {
    this.ref = { kind: backend.kind, name: 'amparo-lease' };
  }

  async read(): Promise<LeaseRecord | null> {
    const row = await this.directory.lease.get(LEASE_ID);
    if (!row) return null;
    const { id: _id, ...record } = row;
    return record as unknown as LeaseRecord;
  }

  /** The local clock as seen now: a later turn back then counts as an expired lease. */
  async noteClock(now: Date): Promise<LeaseRecord | null> {
    const record = await this.read();
    if (!record) return null;
    const next = clockSeen(record, now);
    if (next !== record) await this.write(next);
    return next;
  }

  /** A check-in (sign-in or sync): the server's share, lease end and time. */
  async checkIn(
    answer: {
      deviceId: string;
      share: Uint8Array<ArrayBuffer>;
      expiresAt: string;
      serverTime: string;
      serverUrl: string | null;
    },
    now: Date,
  ): Promise<LeaseRecord> {
    const record = checkedIn(await this.read(), answer, now);
    const db = await this.open();
    try {
      await db.shares.put({ id: 'share', deviceId: answer.deviceId, share: answer.share });
    } finally {
      db.close();
    }
    await this.write(record);
    return record;
  }

  /** The cached share for `deviceId`, or null (never fetched, another device's, or erased). */
  async share(deviceId: string): Promise<Uint8Array<ArrayBuffer> | null> {
    const db = await this.open();
    try {
      const row = await db.shares.get('share');
      return row && row.deviceId === deviceId ? new Uint8Array(row.share) : null;
    } finally {
      db.close();
    }
  }

  /** The lease ended (or the laptop is wiped): the share goes, files included. */
  async eraseShare(): Promise<void> {
    await this.backend.remove(this.ref);
  }

  /** Wipe: the share and the record. */
  async forget(): Promise<void> {
    await this.eraseShare();
    await this.directory.lease.delete(LEASE_ID);
  }

  private async write(record: LeaseRecord): Promise<void> {
    await this.directory.lease.put({ id: LEASE_ID, ...record });
  }

  private async open(): Promise<ShareDatabase> {
    return new ShareDatabase(this.ref.name, await this.backend.factory(this.ref));
  }
}
