import { computeDeadlines } from '@core/deadlines/compute-deadlines';
import type { CaseFile } from '@core/domain/case-file';
import type { ReminderCase, ReminderDeadline } from './reminder-plan';

interface ManualDeadlineDoc {
  id?: unknown;
  caseId?: unknown;
  date?: unknown;
}

/** Computed deadlines that have a due date; a rule that could not compute one reminds of nothing. */
function computedDeadlines(file: CaseFile, today: string): ReminderDeadline[] {
  try {
    return computeDeadlines(file, { today, clocks: false })
      .results.filter((r) => r.kind === 'deadline' && r.dueDate && r.missing.length === 0)
      .map((r) => ({
        key: `${r.ruleId}:${r.subjectId ?? 'case'}`,
        type: r.ruleId,
        date: r.dueDate!,
        safeDate: r.safeDate,
      }));
  } catch {
    // A case file the calculator cannot read still gets its hearing and manual reminders.
    return [];
  }
}

/** The reminder inputs of every case on this laptop: hearings, computed and manual deadlines. */
export function reminderCases(
  files: readonly CaseFile[],
  manual: readonly ManualDeadlineDoc[],
  today: string,
): ReminderCase[] {
  const manualByCase = new Map<string, ReminderDeadline[]>();
  for (const doc of manual) {
    if (typeof doc.caseId !== 'string' || typeof doc.id !== 'string') continue;
    if (typeof doc.date !== 'string') continue;
    const list = manualByCase.get(doc.caseId) ?? [];
    list.push({ key: `manual:${doc.id}`, type: 'manual', date: doc.date });
    manualByCase.set(doc.caseId, list);
  }
  return files.map((file) => ({
    caseId: file.id,
    caseReference: file.reference,
    hearings: file.hearings,
    deadlines: [...computedDeadlines(file, today), ...(manualByCase.get(file.id) ?? [])],
  }));
}
