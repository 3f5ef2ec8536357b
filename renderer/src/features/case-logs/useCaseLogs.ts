import type { CaseLogs } from '@core/cases/case-activity';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { useLiveQuery } from '../../db/live';
import { settingsRepository } from '../../db/settings-repository';

/** One case's custody checks, contacts and time entries, live; undefined while loading. */
export function useCaseLogs(caseId: string): CaseLogs | undefined {
  return useLiveQuery(() => caseLogsRepository.forCase(caseId), [caseId]);
}

/** The attorney's re-check window and name, to fill a new custody check. */
export function useCheckDefaults(): { recheckDays: number; checkedBy: string } | undefined {
  return useLiveQuery(async () => {
    const [recheckDays, profile] = await Promise.all([
      settingsRepository.recheckDays(),
      settingsRepository.profileToEdit(),
    ]);
    return { recheckDays, checkedBy: profile.profile.displayName };
  }, []);
}
