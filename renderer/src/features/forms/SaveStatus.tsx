import { useTranslation } from 'react-i18next';
import type { SaveState } from './useAutosave';

interface SaveStatusProps {
  state: SaveState;
  savedAt: Date | null;
  canUndo: boolean;
  onUndo: () => void;
  onRetry: () => void;
}

/** Says exactly where the attorney's typing is: waiting, saving, saved (after commit), or a draft. */
export function SaveStatus({ state, savedAt, canUndo, onUndo, onRetry }: SaveStatusProps) {
  const { t, i18n } = useTranslation('forms');
  const time = savedAt
    ? savedAt.toLocaleTimeString(i18n.language, { hour: 'numeric', minute: '2-digit' })
    : '';
  const text: Record<typeof state, string> = {
    idle: '',
    pending: t('status.pending'),
    saving: t('status.saving'),
    saved: t('status.saved', { time }),
    draft: t('status.draft'),
    error: t('status.error'),
  };
  return (
    <div className={`save-bar state-${state}`}>
      <p role="status" aria-live="polite" className="save-state">
        {text[state]}
      </p>
      {state === 'error' ? (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
      {canUndo ? (
        <button type="button" onClick={onUndo}>
          {t('undo')}
        </button>
      ) : null}
    </div>
  );
}
