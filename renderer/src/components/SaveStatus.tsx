import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../lib/format';
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
export const SaveStatus = memo(function SaveStatus({
  state,
  savedAt,
  onRetry,
  draft,
  error = 'draftKept',
  undo,
}: SaveStatusProps) {
  const { t, i18n } = useTranslation();
  // Only the line shown is built: the first keystroke after a save renders this inside the
  // keystroke's input handling, and building every line with the saved time (a new
  // Intl.DateTimeFormat each time) was most of the editor's own work on that key (issue 11).
  const line = (): string => {
    switch (state) {
      case 'idle':
        return '';
      case 'pending':
        return t('save.pending');
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.saved', { time: savedAt ? formatTime(savedAt, i18n.language) : '' });
      case 'draft':
        return draft ? t(`save.draft.${draft}`) : t('save.pending');
      case 'error':
        return t(`save.error.${error}`);
    }
  };
  return (
    <div className={`save-bar state-${state}`}>
      <p role="status" aria-live="polite" className="save-state">
        {line()}
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
});
