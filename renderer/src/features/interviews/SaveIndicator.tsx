import { useTranslation } from 'react-i18next';
import type { SaveState } from '../forms/useAutosave';

interface SaveIndicatorProps {
  state: SaveState;
  savedAt: Date | null;
  onRetry: () => void;
  /** `answers` or `note`: the draft message differs. */
  kind: 'answers' | 'note';
}

/** Where the attorney's words are: waiting, saving, saved (only after commit), draft, or not saved. */
export function SaveIndicator({ state, savedAt, onRetry, kind }: SaveIndicatorProps) {
  const { t, i18n } = useTranslation('interviews');
  const time = savedAt
    ? savedAt.toLocaleTimeString(i18n.language, { hour: 'numeric', minute: '2-digit' })
    : '';
  const text: Record<SaveState, string> = {
    idle: '',
    pending: t('status.pending'),
    saving: t('status.saving'),
    saved: t('status.saved', { time }),
    draft: t(kind === 'answers' ? 'status.answersDraft' : 'status.noteDraft'),
    error: t('status.error'),
  };
  return (
    <div className={`save-bar state-${state}`}>
      <p role="status" aria-live="polite" className="save-state">
        {text[state]}
      </p>
      {state === 'error' ? (
        <button type="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      ) : null}
    </div>
  );
}
