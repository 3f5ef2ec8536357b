/** Who is calling: resolved from the bearer token once per request. */
import type { Role } from '@core/sync/auth-schemas';

/** A laptop (a registered device). Sync routes accept only these. */
export interface AuthContext {
  userId: string;
  orgId: string;
  role: Role;
  deviceId: string;
  /** Only `hello` accepts a revoked device, to tell it to wipe. */
  deviceRevoked: boolean;
}

/** A staff console session in a browser: not a device, short-lived, never a 30-day token. */
export interface StaffAuth {
  userId: string;
  orgId: string;
  role: Role;
  sessionId: string;
}

/** Either kind of caller, for routes both may use (admin and supervision). */
export interface Caller {
  userId: string;
  orgId: string;
  role: Role;
  deviceId: string | null;
  sessionId: string | null;
}

export function callerFromDevice(auth: AuthContext): Caller {
  return { ...auth, sessionId: null };
}

export function callerFromStaff(staff: StaffAuth): Caller {
  return { ...staff, deviceId: null };
}
