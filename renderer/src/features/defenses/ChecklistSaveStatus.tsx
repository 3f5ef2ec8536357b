import { useTranslation } from 'react-i18next';
import type { SaveState } from '../forms/useAutosave';

interface ChecklistSaveStatusProps {
  state: SaveState;
  savedAt: Date | null;
  onRetry: () => void;
}

/** Where the checklist edits are: waiting, saving, saved (only after the commit), or failed. */
export function ChecklistSaveStatus({ state, savedAt, onRetry }: ChecklistSaveStatusProps) {
  const { t, i18n } = useTranslation('defenses');
  const time = savedAt
    ? savedAt.toLocaleTimeString(i18n.language, { hour: 'numeric', minute: '2-digit' })
    : '';
  const text =
    state === 'pending' || state === 'draft'
      ? t('save.pending')
      : state === 'saving'
        ? t('save.saving')
        : state === 'saved'
          ? t('save.saved', { time })
          : state === 'error'
            ? t('save.error')
            : '';
  return (
    <div className={`save-bar state-${state}`}>
      <p role="status" aria-live="polite" className="save-state">
        {text}
      </p>
      {state === 'error' ? (
        <button type="button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
  );
}
