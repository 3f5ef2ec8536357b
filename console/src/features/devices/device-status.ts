import type { DeviceSummary } from '@core/sync/admin-schemas';

export type LaptopStatus = 'active' | 'signedOut' | 'leaseExpired' | 'wipePending' | 'wipeSent';

/** What a laptop's row says about it, most serious first. */
export function laptopStatus(device: DeviceSummary, now: number): LaptopStatus {
  if (device.revokedAt) return device.wipeSentAt ? 'wipeSent' : 'wipePending';
  if (device.signedOutAt) return 'signedOut';
  if (device.leaseExpiresAt && Date.parse(device.leaseExpiresAt) <= now) return 'leaseExpired';
  return 'active';
}
