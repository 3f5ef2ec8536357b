import { useTranslation } from 'react-i18next';
import type { SaveState } from '../features/forms/useAutosave';

interface SaveStatusProps {
  state: SaveState;
  savedAt: Date | null;
  onRetry: () => void;
  /**
   * What a draft means for this editor: a case-file form waiting for fixes, interview answers
   * marked as drafts, a note kept on this computer. Without one, a draft reads as "not saved yet".
   */
  draft?: 'form' | 'answers' | 'note';
  /** Editors that keep unsaved text as a draft say so; others (checklists) keep it on screen. */
  error?: 'draftKept' | 'onScreen';
  undo?: { readonly available: boolean; readonly onUndo: () => void };
}

/**
 * Where the attorney's words are, for every editor: waiting, saving, saved (only after the
 * commit, with the time), a draft, or not saved with a way to retry.
 */
export function SaveStatus({
  state,
  savedAt,
  onRetry,
  draft,
  error = 'draftKept',
  undo,
}: SaveStatusProps) {
  const { t, i18n } = useTranslation();
  const time = savedAt
    ? savedAt.toLocaleTimeString(i18n.language, { hour: 'numeric', minute: '2-digit' })
    : '';
  const text: Record<SaveState, string> = {
    idle: '',
    pending: t('save.pending'),
    saving: t('save.saving'),
    saved: t('save.saved', { time }),
    draft: draft ? t(`save.draft.${draft}`) : t('save.pending'),
    error: t(`save.error.${error}`),
  };
  return (
    <div className={`save-bar state-${state}`}>
      <p role="status" aria-live="polite" className="save-state">
        {text[state]}
      </p>
      {state === 'error' ? (
        <button type="button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
      {undo?.available ? (
        <button type="button" onClick={undo.onUndo}>
          {t('save.undo')}
        </button>
      ) : null}
    </div>
  );
}
