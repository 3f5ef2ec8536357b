import { leaseState, type LeaseRecord, type LeaseState } from '@core/lease/lease-state';
import { AppError } from '@core/errors/app-error';
import type { LeaseStore } from '../../db/store/lease-store';
import { checkInFromLockScreen } from '../../sync/lease-check-in';
import type { ShareLookup } from '../../db/vault';

export interface LeaseCheckIn {
  deviceId: string;
  share: Uint8Array<ArrayBuffer>;
  expiresAt: string;
  serverTime: string;
  serverUrl: string | null;
}

export interface UnlockLease {
  lookup: ShareLookup;
  /** The cached share, to bind a vault that does not mix it in yet. */
  share: { deviceId: string; bytes: Uint8Array<ArrayBuffer> } | null;
}

/**
 * The device lease at the lock screen (issue 19 #2): an expired lease (or a clock turned back
 * before the latest time seen) refuses to unlock and erases the cached share, so the passphrase
 * alone opens nothing until the laptop checks in again. Unsynced work stays encrypted on disk.
 */
export class LeaseGuard {
  constructor(
    private readonly leases: LeaseStore | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async state(): Promise<LeaseState> {
    return leaseState(await this.leases?.read(), this.now());
  }

  async record(): Promise<LeaseRecord | null> {
    return (await this.leases?.read()) ?? null;
  }

  async beforeUnlock(): Promise<UnlockLease> {
    const none: UnlockLease = { lookup: () => null, share: null };
    if (!this.leases) return none;
    const record = await this.leases.noteClock(this.now());
    const state = leaseState(record, this.now());
    if (state.kind === 'expired') {
      await this.leases.eraseShare();
      throw new AppError(
        'unauthorized',
        state.reason === 'clockBack' ? 'lease_clock_back' : 'lease_expired',
      );
    }
    if (!record) return none;
    const bytes = await this.leases.share(record.deviceId);
    if (!bytes) return none;
    return {
      lookup: (id) => (id === record.deviceId ? bytes.slice() : null),
      share: { deviceId: record.deviceId, bytes },
    };
  }

  async checkIn(answer: LeaseCheckIn): Promise<void> {
    await this.leases?.checkIn(answer, this.now());
  }

  /** Signs in again as this device (from the lock screen) and keeps the renewed lease. */
  async checkInOnline(
    email: string,
    password: string,
    info: { mode: string; platform: string; version: string },
    fetchImpl?: typeof fetch,
  ): Promise<void> {
    const record = await this.record();
    if (!record?.serverUrl) throw new AppError('not_found', 'lease_no_server');
    const answer = await checkInFromLockScreen(
      {
        serverUrl: record.serverUrl,
        deviceId: record.deviceId,
        email,
        password,
        device: {
          name: info.mode === 'desktop' ? `Amparo desktop (${info.platform})` : 'Amparo web',
          platform: info.platform,
          appVersion: info.version,
        },
      },
      fetchImpl,
    );
    await this.checkIn(answer);
  }

  async forget(): Promise<void> {
    await this.leases?.forget();
  }
}
