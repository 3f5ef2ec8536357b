import { useTranslation } from 'react-i18next';
import type { AttachmentRow } from '../../db/rows';
import { formatBytes } from './format-bytes';
import { useUploadProgress } from './useUploadProgress';

/** Where a document stands with MCJ: waiting, sending (with progress), arriving, there, or refused. */
export function DocumentSyncCell({ document }: { document: AttachmentRow }) {
  const { t, i18n } = useTranslation('attachments');
  const progress = useUploadProgress(document.id);
  if (progress)
    return (
      <>
        <span>{t('mcj.sending')}</span>{' '}
        <progress
          max={progress.total}
          value={progress.sent}
          aria-label={t('mcj.sendingOf', { name: document.name })}
        />
      </>
    );
  const state = document.syncState ?? 'upload';
  const error = document.syncError;
  const reason = error
    ? error.message.startsWith('attachment_')
      ? t(`refused.${error.message}` as never, { defaultValue: t('refused.attachment_failed') })
      : t(`syncRefused.${error.message}` as never, {
          limit: formatBytes(error.limitBytes ?? 0, i18n.language),
          defaultValue: t('mcj.refused'),
        })
    : null;
  return (
    <>
      <span>{t(`mcj.${state === 'delete' ? 'upload' : state}`)}</span>
      {reason ? (
        <p className={state === 'refused' ? 'field-error small' : 'small'}>{reason}</p>
      ) : null}
    </>
  );
}
