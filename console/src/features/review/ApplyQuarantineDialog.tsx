import type { MutationResult } from '@core/sync/mutation-schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';

/** Why the server still refuses it: the reason it gives, in the reader's language. */
function StillRefused({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const reason = isApiError(error)
    ? error.issues.find((issue) => issue.path === 'reason')?.code
    : undefined;
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {t('quarantine.stillRefused', {
          reason: t(`reasons.${reason ?? 'other'}`, { defaultValue: t('reasons.other') }),
        })}
      </p>
    </div>
  );
}

/**
 * Applying a refused change after review: said before it is done (as its author sent it, to the
 * record as it is today, the usual conflict rules), then done once by the server.
 */
export function ApplyQuarantineDialog({
  author,
  apply,
  onApplied,
  onCancel,
  onStale,
}: {
  author: string;
  apply: () => Promise<{ result: MutationResult }>;
  onApplied: (result: MutationResult) => void;
  onCancel: () => void;
  /** Someone else applied it first: the list is out of date. */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { result } = await apply();
      onApplied(result);
    } catch (error) {
      setFailure(error);
      if (isApiError(error) && error.shape.message === 'review.quarantine.alreadyApplied')
        onStale();
    } finally {
      setBusy(false);
    }
  };
  const stillRefused =
    isApiError(failure) && failure.shape.message === 'review.quarantine.notApplicable';
  return (
    <ConfirmDialog
      title={t('quarantine.apply.title')}
      confirmLabel={t('quarantine.apply.confirm')}
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => void confirm()}
    >
      <p>{t('quarantine.apply.body', { who: author })}</p>
      {failure && stillRefused ? <StillRefused error={failure} /> : null}
      {failure && !stillRefused ? <ErrorNotice error={failure} /> : null}
    </ConfirmDialog>
  );
}
