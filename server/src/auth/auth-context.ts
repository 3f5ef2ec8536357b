/** Who is calling: resolved from the bearer token once per request. */
import type { Role } from '@core/sync/auth-schemas';

export interface AuthContext {
  userId: string;
  orgId: string;
  role: Role;
  deviceId: string;
  /** Only `hello` accepts a revoked device, to tell it to wipe. */
  deviceRevoked: boolean;
}
