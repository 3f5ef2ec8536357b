import type { StaffDirectoryEntry } from '@core/sync/console-schemas';
import { StaffDirectoryResponseSchema } from '@core/sync/console-schemas';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsoleApi } from '../session/SessionContext';
import { useResource } from './useResource';

/** Names for the ids on staff screens ("who"); an unknown id shows as "someone else". */
export function useDirectory() {
  const api = useConsoleApi();
  const { t } = useTranslation();
  const directory = useResource(
    async () => (await api.get('/v1/console/directory', StaffDirectoryResponseSchema)).users,
    [api],
  );
  return useMemo(() => {
    const byId = new Map<string, StaffDirectoryEntry>(
      (directory.data ?? []).map((user) => [user.id, user]),
    );
    return {
      users: directory.data ?? [],
      nameOf: (id: string | null | undefined) =>
        id ? (byId.get(id)?.displayName ?? t('common.unknownPerson')) : t('common.nobody'),
    };
  }, [directory.data, t]);
}
