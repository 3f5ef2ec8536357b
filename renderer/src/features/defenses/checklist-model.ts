import type { Defense } from '@core/catalog';
import type {
  ChecklistElementState,
  ChecklistEvidenceState,
  ChecklistState,
} from '@core/domain/case-records';

export type ElementStatus = ChecklistElementState['status'];
export type EvidenceStatus = ChecklistEvidenceState['status'];
export type ChecklistOrigin = ChecklistState['origin'];

export const elementStatuses: readonly ElementStatus[] = ['met', 'not_met', 'unknown'];
export const evidenceStatuses: readonly EvidenceStatus[] = ['needed', 'requested', 'received'];

/** Edits waiting to be saved, per item: only the parts the attorney changed. */
export interface ChecklistEdits {
  readonly elements: Readonly<Record<string, Partial<ChecklistElementState>>>;
  readonly evidence: Readonly<Record<string, Partial<ChecklistEvidenceState>>>;
}

export const noEdits: ChecklistEdits = { elements: {}, evidence: {} };

export function emptyChecklist(
  id: string,
  caseId: string,
  defenseId: string,
  origin: ChecklistOrigin,
): ChecklistState {
  return { id, caseId, defenseId, elements: {}, evidence: {}, origin, dismissed: null };
}

export function elementState(
  state: ChecklistState | null | undefined,
  itemId: string,
): ChecklistElementState {
  return state?.elements[itemId] ?? { status: 'unknown', note: null };
}

export function evidenceState(
  state: ChecklistState | null | undefined,
  itemId: string,
): ChecklistEvidenceState {
  return state?.evidence[itemId] ?? { status: 'needed', note: null };
}

/** An empty note is stored as null, so "cleared" and "never written" look the same. */
function cleanNote(note: string | null | undefined): string | null {
  return note && note.trim() !== '' ? note : null;
}

export function mergeEdits(a: ChecklistEdits, b: ChecklistEdits): ChecklistEdits {
  const merge = <T>(x: Record<string, Partial<T>>, y: Record<string, Partial<T>>) => {
    const out: Record<string, Partial<T>> = { ...x };
    for (const [id, patch] of Object.entries(y)) out[id] = { ...out[id], ...patch };
    return out;
  };
  return { elements: merge(a.elements, b.elements), evidence: merge(a.evidence, b.evidence) };
}

export function hasEdits(edits: ChecklistEdits): boolean {
  return Object.keys(edits.elements).length > 0 || Object.keys(edits.evidence).length > 0;
}

/**
 * The checklist with the edits applied; untouched items keep their stored state. `clean` turns
 * blank notes into null (for saving); the screen keeps what is being typed.
 */
export function applyEdits(
  state: ChecklistState,
  edits: ChecklistEdits,
  clean = true,
): ChecklistState {
  const note = (value: string | null | undefined) => (clean ? cleanNote(value) : (value ?? null));
  const elements = { ...state.elements };
  for (const [id, patch] of Object.entries(edits.elements)) {
    const next = { ...elementState(state, id), ...patch };
    elements[id] = { status: next.status, note: note(next.note) };
  }
  const evidence = { ...state.evidence };
  for (const [id, patch] of Object.entries(edits.evidence)) {
    const next = { ...evidenceState(state, id), ...patch };
    // The documents tagged as this evidence stay: editing the status or note never drops them.
    evidence[id] = {
      status: next.status,
      note: note(next.note),
      ...(next.documentIds ? { documentIds: next.documentIds } : {}),
    };
  }
  return { ...state, elements, evidence };
}

export function dismissChecklist(
  state: ChecklistState,
  reason: string,
  at: string,
): ChecklistState {
  return { ...state, dismissed: { reason: reason.trim(), at } };
}

export function restoreChecklist(state: ChecklistState): ChecklistState {
  return { ...state, dismissed: null };
}

export interface ChecklistProgress {
  readonly elements: Readonly<Record<ElementStatus, number>>;
  readonly evidence: Readonly<Record<EvidenceStatus, number>>;
}

/** Counts over the catalog's items (stored states for items no longer in the catalog are ignored). */
export function checklistProgress(
  defense: Defense,
  state: ChecklistState | null | undefined,
): ChecklistProgress {
  const elements = { met: 0, not_met: 0, unknown: 0 };
  for (const question of defense.questions) elements[elementState(state, question.id).status]++;
  const evidence = { needed: 0, requested: 0, received: 0 };
  for (const item of defense.evidence) evidence[evidenceState(state, item.id).status]++;
  return { elements, evidence };
}
