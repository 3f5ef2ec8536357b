/**
 * Documents tagged as evidence items of a defense checklist. The tag lives on the checklist (which
 * syncs), so MCJ sees what was received; tagging marks the item received, and taking the last
 * document off an item puts it back to needed (the attorney can still mark it received by hand).
 */
import type { Defense } from '../catalog';
import type { ChecklistState } from '../domain/case-records';

export function tagEvidence(
  state: ChecklistState,
  itemId: string,
  documentId: string,
  tagged: boolean,
): ChecklistState {
  const current = state.evidence[itemId] ?? { status: 'needed' as const };
  const ids = (current.documentIds ?? []).filter((id) => id !== documentId);
  const documentIds = tagged ? [...ids, documentId] : ids;
  const status = tagged
    ? 'received'
    : documentIds.length === 0 && current.documentIds?.length
      ? 'needed'
      : current.status;
  return {
    ...state,
    evidence: { ...state.evidence, [itemId]: { ...current, status, documentIds } },
  };
}

export interface EvidenceTag {
  defenseId: string;
  itemId: string;
}

/** What a document stands as evidence for, across the case's checklists. */
export function evidenceTagsOf(
  checklists: readonly ChecklistState[],
  documentId: string,
): EvidenceTag[] {
  return checklists.flatMap((checklist) =>
    Object.entries(checklist.evidence)
      .filter(([, item]) => item.documentIds?.includes(documentId))
      .map(([itemId]) => ({ defenseId: checklist.defenseId, itemId })),
  );
}

/** The defense's evidence items not received yet, in the catalog's order. */
export function missingEvidence(defense: Defense, state: ChecklistState | undefined) {
  return defense.evidence.filter((item) => state?.evidence[item.id]?.status !== 'received');
}
