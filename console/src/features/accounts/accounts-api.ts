import type { CreateUserRequest, UpdateUserRequest } from '@core/sync/admin-schemas';
import {
  AccountChangeResponseSchema,
  CreateUserResponseSchema,
  ResetPasswordResponseSchema,
  UserListResponseSchema,
} from '@core/sync/admin-schemas';
import type { Role } from '@core/sync/auth-schemas';
import type { ConsoleApi } from '../../api/console-api';

export const accountsApi = (api: ConsoleApi) => ({
  list: async () => (await api.get('/v1/admin/users', UserListResponseSchema)).users,
  create: (body: CreateUserRequest) => api.post('/v1/admin/users', CreateUserResponseSchema, body),
  update: (id: string, body: UpdateUserRequest) =>
    api.call('PATCH', `/v1/admin/users/${id}`, { schema: AccountChangeResponseSchema, body }),
  deactivate: (id: string) =>
    api.post(`/v1/admin/users/${id}/deactivate`, AccountChangeResponseSchema),
  reactivate: (id: string) =>
    api.post(`/v1/admin/users/${id}/reactivate`, AccountChangeResponseSchema),
  resetPassword: (id: string) =>
    api.post(`/v1/admin/users/${id}/reset-password`, ResetPasswordResponseSchema, {}),
  resetMfa: (id: string) =>
    api.post(`/v1/admin/users/${id}/reset-mfa`, AccountChangeResponseSchema),
  changeRole: (id: string, role: Role) =>
    api.post(`/v1/admin/users/${id}/role`, AccountChangeResponseSchema, { role }),
});
