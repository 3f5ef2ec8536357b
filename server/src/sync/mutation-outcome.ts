/** What applying one mutation produced, and the error that sends a mutation to quarantine. */
import type { MutationResult, ResultReason } from '@core/sync/mutation-schemas';
import type { ChangeInput } from '../repositories/change-log-repository';

export type ResultBody = Omit<MutationResult, 'mutationId' | 'seq'>;

export interface MutationOutcome {
  result: ResultBody;
  /** Change-log rows to record at commit (empty when nothing changed). */
  changes: ChangeInput[];
}

/**
 * Thrown while applying a mutation that must not take effect (not authorised, invalid). The push
 * rolls back to the mutation's savepoint, stores the payload in quarantine, answers `rejected`.
 */
export class MutationRejected extends Error {
  readonly reason: ResultReason;
  readonly issues: { path: string; code: string }[] | null;

  constructor(reason: ResultReason, issues: { path: string; code: string }[] | null = null) {
    super(reason);
    this.name = 'MutationRejected';
    this.reason = reason;
    this.issues = issues;
  }
}
