import type {
  ChecklistElementState,
  ChecklistEvidenceState,
  ChecklistState,
} from '@core/domain/case-records';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SaveState } from '../forms/useAutosave';
import { useSaveScheduler } from '../saving/useSaveScheduler';
import {
  applyEdits,
  emptyChecklist,
  hasEdits,
  mergeEdits,
  noEdits,
  type ChecklistEdits,
  type ChecklistOrigin,
} from './checklist-model';
import { writeChecklist, type SavedChecklist } from './checklist-store';
import type { StoredChecklist } from './useChecklists';

interface Overlay {
  /** Being written now. */
  readonly inflight: ChecklistEdits;
  /** Typed since, waiting for the debounce. */
  readonly pending: ChecklistEdits;
}

export interface ChecklistEditor {
  /** The checklist as the attorney sees it: stored state plus unsaved edits. */
  readonly view: ChecklistState;
  readonly setElement: (itemId: string, patch: Partial<ChecklistElementState>) => void;
  readonly setEvidence: (itemId: string, patch: Partial<ChecklistEvidenceState>) => void;
  readonly flush: () => Promise<void>;
  readonly saveState: SaveState;
  readonly savedAt: Date | null;
}

export interface ChecklistEditorOptions {
  readonly caseId: string;
  readonly defenseId: string;
  readonly origin: ChecklistOrigin;
  readonly stored: StoredChecklist;
  readonly readOnly?: boolean;
  readonly delayMs?: number;
}

/**
 * Checklist edits saved while the attorney works: debounced, one transaction (with its outbox
 * entry) per save, "saved" shown only after the commit. A failed save keeps the edits on screen
 * and tries again with the next change or "Try saving again".
 */
export function useChecklistEditor(options: ChecklistEditorOptions): ChecklistEditor {
  const { caseId, defenseId, origin, stored, readOnly = false, delayMs } = options;
  const [overlay, setOverlay] = useState<Overlay>({ inflight: noEdits, pending: noEdits });
  const [committed, setCommitted] = useState<SavedChecklist | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const overlayRef = useRef(overlay);

  const update = useCallback((next: Overlay) => {
    overlayRef.current = next;
    setOverlay(next);
  }, []);

  const run = useCallback(async () => {
    const edits = overlayRef.current.pending;
    if (!hasEdits(edits)) return;
    update({ inflight: edits, pending: noEdits });
    setSaveState('saving');
    try {
      const saved = await writeChecklist(caseId, defenseId, origin, (s) => applyEdits(s, edits));
      setCommitted(saved);
      update({ inflight: noEdits, pending: overlayRef.current.pending });
      setSavedAt(new Date());
      setSaveState(hasEdits(overlayRef.current.pending) ? 'pending' : 'saved');
    } catch {
      update({ inflight: noEdits, pending: mergeEdits(edits, overlayRef.current.pending) });
      setSaveState('error');
    }
  }, [caseId, defenseId, origin, update]);

  const unsaved = useCallback(() => {
    const { inflight, pending } = overlayRef.current;
    if (!hasEdits(inflight) && !hasEdits(pending)) return null;
    const edits = mergeEdits(inflight, pending);
    const text = [...Object.values(edits.elements), ...Object.values(edits.evidence)]
      .flatMap((patch) => (patch.note ? [patch.note] : []))
      .join('\n');
    return { kind: 'checklist' as const, caseId, text };
  }, [caseId]);
  const scheduler = useSaveScheduler({
    run,
    unsaved,
    delayMs,
    identity: `checklist/${caseId}/${defenseId}/${origin}`,
  });
  const flush = useCallback(() => scheduler.flush(), [scheduler]);

  const change = useCallback(
    (edits: ChecklistEdits) => {
      if (readOnly) return;
      const current = overlayRef.current;
      update({ ...current, pending: mergeEdits(current.pending, edits) });
      setSaveState('pending');
      scheduler.schedule();
    },
    [readOnly, scheduler, update],
  );

  const base = useMemo(() => {
    const newer =
      committed && (!stored.updatedAt || committed.updatedAt >= stored.updatedAt)
        ? committed.state
        : stored.state;
    return newer ?? emptyChecklist('', caseId, defenseId, origin);
  }, [caseId, committed, defenseId, origin, stored]);

  const view = useMemo(
    () => applyEdits(base, mergeEdits(overlay.inflight, overlay.pending), false),
    [base, overlay],
  );

  return {
    view,
    setElement: useCallback(
      (itemId, patch) => change({ elements: { [itemId]: patch }, evidence: {} }),
      [change],
    ),
    setEvidence: useCallback(
      (itemId, patch) => change({ elements: {}, evidence: { [itemId]: patch } }),
      [change],
    ),
    flush,
    saveState,
    savedAt,
  };
}
