/**
 * What a laptop may do to an intake through sync. The server checks every intake mutation with
 * this before applying it; the laptop asks the same question before offering a change, so a
 * refusal it did not expect is the exception, and then it says why (never "not assigned").
 */
import type { Intake } from '../domain/intake';
import { isDecided } from '../domain/intake';
import { jsonEqual, type JsonValue } from '../sync/json-value';

export interface IntakeWriter {
  userId: string;
  role: 'attorney' | 'supervisor' | 'admin';
}

/** `null` when allowed; otherwise the sync refusal reason the laptop shows. */
export type IntakeWriteRefusal = 'forbidden_role' | 'intake_decided' | null;

/** Set by the server when staff decide, never by a laptop. */
const staffOnly = ['id', 'reference', 'source', 'startedBy', 'startedAt', 'decision'] as const;

export function checkIntakeWrite(
  before: Intake | null,
  after: Intake,
  writer: IntakeWriter,
): IntakeWriteRefusal {
  if (writer.role === 'admin') return 'forbidden_role';
  if (!before) {
    const fresh =
      after.startedBy === writer.userId &&
      after.source === 'laptop' &&
      (after.state === 'draft' || after.state === 'submitted') &&
      !after.decision &&
      !after.dismissedAt;
    return fresh ? null : 'forbidden_role';
  }
  const isStarter = before.startedBy === writer.userId;
  if (!isStarter && writer.role !== 'supervisor') return 'forbidden_role';
  const changed = (key: keyof Intake) =>
    !jsonEqual(before[key] as JsonValue | undefined, after[key] as JsonValue | undefined);
  if (isDecided(before.state)) {
    // After the decision the only change left is its starter saying it has been read.
    const keys = (Object.keys({ ...before, ...after }) as (keyof Intake)[]).filter(changed);
    const dismissal =
      keys.length === 1 && keys[0] === 'dismissedAt' && !before.dismissedAt && isStarter;
    return keys.length === 0 || dismissal ? null : 'intake_decided';
  }
  if (staffOnly.some(changed) || changed('dismissedAt')) return 'forbidden_role';
  if (before.state !== after.state && !(before.state === 'draft' && after.state === 'submitted'))
    return 'forbidden_role';
  return null;
}
