import { nowIso } from '../../lib/ids';
import { dismissChecklist, restoreChecklist, type ChecklistOrigin } from './checklist-model';
import { writeChecklist } from './checklist-store';

/** Puts a catalog defense on the case by hand (or brings back one that was dismissed). */
export async function addDefense(caseId: string, defenseId: string): Promise<void> {
  await writeChecklist(caseId, defenseId, 'manual', restoreChecklist);
}

/** Dismisses a defense with the attorney's reason; its checklist is kept. */
export async function dismissDefense(
  caseId: string,
  defenseId: string,
  origin: ChecklistOrigin,
  reason: string,
): Promise<void> {
  await writeChecklist(caseId, defenseId, origin, (s) => dismissChecklist(s, reason, nowIso()));
}

export async function restoreDefense(
  caseId: string,
  defenseId: string,
  origin: ChecklistOrigin,
): Promise<void> {
  await writeChecklist(caseId, defenseId, origin, restoreChecklist);
}
