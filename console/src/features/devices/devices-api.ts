import {
  DeviceLeaseResponseSchema,
  DeviceListResponseSchema,
  RevokeDeviceResponseSchema,
} from '@core/sync/admin-schemas';
import {
  RevokeStaffSessionResponseSchema,
  StaffSessionListResponseSchema,
} from '@core/sync/console-schemas';
import type { ConsoleApi } from '../../api/console-api';

export const devicesApi = (api: ConsoleApi) => ({
  laptops: async () => (await api.get('/v1/admin/devices', DeviceListResponseSchema)).devices,
  revoke: (id: string) => api.post(`/v1/admin/devices/${id}/revoke`, RevokeDeviceResponseSchema),
  setLease: (id: string, days: number) =>
    api.post(`/v1/admin/devices/${id}/lease`, DeviceLeaseResponseSchema, { days }),
  consoleSessions: async () =>
    (await api.get('/v1/admin/staff-sessions', StaffSessionListResponseSchema)).sessions,
  endConsoleSession: (id: string) =>
    api.post(`/v1/admin/staff-sessions/${id}/revoke`, RevokeStaffSessionResponseSchema),
});
