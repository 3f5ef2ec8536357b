import { ReportsResponseSchema } from '@core/sync/dashboard-schemas';
import type { ConsoleApi } from '../../api/console-api';

export const reportsApi = (api: ConsoleApi) => ({
  load: (from: string, to: string) =>
    api.get('/v1/console/reports', ReportsResponseSchema, { from, to }),
});
