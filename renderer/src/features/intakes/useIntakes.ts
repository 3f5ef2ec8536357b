import type { Intake } from '@core/domain/intake';
import { caseIdsOnLaptop, pendingCountsByCase } from '../../db/documents-repository';
import { intakesRepository } from '../../db/intakes-repository';
import { useLiveQuery } from '../../db/live';
import { syncReviewRepository } from '../../db/sync-review-repository';

/** Who is signed in on this laptop (null before the first sign-in). */
export function useSignedIn() {
  return useLiveQuery(async () => {
    const state = await syncReviewRepository.syncState();
    return { userId: state.userId, role: state.role };
  }, []);
}

export interface IntakeListItem {
  intake: Intake;
  /** Changes not yet sent to MCJ. */
  unsynced: number;
  /** The case it became or went into is on this laptop. */
  caseHere: boolean;
}

/**
 * The intakes to show: not dismissed, and not accepted into a case that is now on this laptop
 * (the case replaces the intake).
 */
export function useIntakeList(): IntakeListItem[] | undefined {
  return useLiveQuery(async () => {
    const [intakes, pending, cases] = await Promise.all([
      intakesRepository.list(),
      pendingCountsByCase(),
      caseIdsOnLaptop(),
    ]);
    const here = new Set(cases);
    return intakes
      .map((intake) => ({
        intake,
        unsynced: pending.get(intake.id) ?? 0,
        caseHere: !!intake.decision?.caseId && here.has(intake.decision.caseId),
      }))
      .filter(
        ({ intake, caseHere }) => !intake.dismissedAt && !(intake.state === 'accepted' && caseHere),
      )
      .sort((a, b) => b.intake.startedAt.localeCompare(a.intake.startedAt));
  }, []);
}
