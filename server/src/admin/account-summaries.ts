/** Accounts and devices as the admin API and CLI show them. */
import type { DeviceSummary, UserSummary } from '@core/sync/admin-schemas';
import type { DeviceRow } from '../repositories/devices-repository';
import type { UserRow } from '../repositories/users-repository';

export function toUserSummary(user: UserRow): UserSummary {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
    disabled: user.disabledAt !== null,
    languages: user.languages,
    organisation: user.organisation,
    availability: user.availability,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  };
}

export function toDeviceSummary(device: DeviceRow): DeviceSummary {
  return {
    id: device.id,
    userId: device.userId,
    name: device.name,
    platform: device.platform,
    appVersion: device.appVersion,
    createdAt: device.createdAt.toISOString(),
    lastSeenAt: device.lastSeenAt?.toISOString() ?? null,
    lastAckedSeq: device.lastAckedSeq,
    leaseExpiresAt: device.leaseExpiresAt?.toISOString() ?? null,
    revokedAt: device.revokedAt?.toISOString() ?? null,
    wipeSentAt: device.wipeSentAt?.toISOString() ?? null,
    signedOutAt: device.signedOutAt?.toISOString() ?? null,
    leaseDays: device.leaseDays,
  };
}
