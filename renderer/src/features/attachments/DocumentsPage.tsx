import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { getBridge } from '../../bridge';
import { attachmentsRepository } from '../../db/attachments-repository';
import { useLiveQuery } from '../../db/live';
import { formatDateTime } from '../../lib/format';
import { useCaseContext } from '../case-file/CaseLayout';
import { DocumentSyncCell } from './DocumentSyncCell';
import { EvidenceTags } from './EvidenceTags';
import { formatBytes } from './format-bytes';
import { searchArrival } from '../search/open-hit';
import { useAttachmentDrop } from './useAttachmentDrop';
import { useOpenChecklists } from './useOpenChecklists';

const extensions = {
  pdf: 'pdf',
  png: 'png',
  jpeg: 'jpg',
  heic: 'heic',
  docx: 'docx',
  text: 'txt',
} as const;

/** Documents on a case: dropped or chosen, stored encrypted, synced with MCJ, saved out, removed. */
export function DocumentsPage() {
  const { t, i18n } = useTranslation('attachments');
  const { caseFile, readOnly } = useCaseContext();
  const attachments =
    useLiveQuery(() => attachmentsRepository.list(caseFile.id), [caseFile.id]) ?? [];
  const checklists = useOpenChecklists(caseFile.id);
  const { addFiles, outcome, busy } = useAttachmentDrop(caseFile.id);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  // Focus follows the question: onto "Keep" when it opens, back to "Remove" on Keep.
  const focusKeep = useCallback((panel: HTMLElement | null) => {
    panel?.querySelector<HTMLElement>('button:last-child')?.focus();
  }, []);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  // Opened from a search result on a document's name: focus that document's row.
  const location = useLocation();
  const navigate = useNavigate();
  const wanted = searchArrival(location.state)?.attachmentId;
  const listed = attachments.some((a) => a.id === wanted);
  useEffect(() => {
    if (!wanted || !listed) return;
    document
      .querySelector<HTMLElement>(`tr[data-attachment="${CSS.escape(wanted)}"] button`)
      ?.focus();
    void navigate(
      { pathname: location.pathname, search: location.search },
      { replace: true, state: null },
    );
  }, [listed, location.pathname, location.search, navigate, wanted]);
  const keep = (id: string) => {
    setConfirming(null);
    setReturnTo(id);
  };
  useEffect(() => {
    if (!returnTo) return;
    setReturnTo(null);
    document.querySelector<HTMLElement>(`[data-remove-id="${returnTo}"]`)?.focus();
  }, [returnTo]);

  const saveCopy = async (id: string, kind: keyof typeof extensions, index: number) => {
    const bytes = await attachmentsRepository.content(id);
    if (!bytes) return;
    const mimeType = attachments.find((a) => a.id === id)?.mimeType ?? 'application/octet-stream';
    await getBridge().saveFile({
      suggestedName: `${caseFile.reference}-document-${index + 1}.${extensions[kind]}`,
      mimeType,
      bytes: new Uint8Array(bytes),
    });
  };

  return (
    <section className="page" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('title')}</h2>
      <p className="intro">{t('intro')}</p>
      {readOnly ? null : (
        <div
          className={`drop-zone${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setDragging(false);
            void addFiles([...e.dataTransfer.files]);
          }}
        >
          <p>{t('dropHere')}</p>
          <input
            id="attachment-input"
            ref={input}
            className="visually-hidden file-input"
            type="file"
            multiple
            accept=".pdf,.png,.jpg,.jpeg,.heic,.heif,.docx"
            onChange={(e) =>
              void addFiles([...(e.target.files ?? [])]).then(() => {
                if (input.current) input.current.value = '';
              })
            }
          />
          {/* After the input it labels, so that CSS shows the input's focus on it. */}
          <label className="button" htmlFor="attachment-input">
            {t('choose')}
          </label>
          <p className="muted small">{t('limits')}</p>
        </div>
      )}
      <p role="status">
        {busy ? t('adding') : outcome?.kind === 'added' ? t('added', { count: outcome.count }) : ''}
      </p>
      {outcome?.kind === 'refused' ? (
        <p role="alert" className="field-error">
          {t(`refused.${outcome.reason}` as never, {
            defaultValue: t('refused.attachment_failed'),
          })}
        </p>
      ) : null}
      {attachments.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="case-table">
          <caption className="visually-hidden">{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('added_at')}</th>
              <th scope="col">{t('size')}</th>
              <th scope="col">{t('evidence.column')}</th>
              <th scope="col">{t('mcj.column')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {attachments.map((a, index) => (
              <tr key={a.id} data-attachment={a.id}>
                <th scope="row">{a.name}</th>
                <td>{formatDateTime(a.createdAt, i18n.language)}</td>
                <td>{formatBytes(a.size, i18n.language)}</td>
                <td>
                  <EvidenceTags
                    caseId={caseFile.id}
                    documentId={a.id}
                    documentName={a.name}
                    checklists={checklists}
                    readOnly={readOnly}
                  />
                </td>
                <td>
                  <DocumentSyncCell document={a} />
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    disabled={a.syncState === 'download'}
                    onClick={() => void saveCopy(a.id, a.kind, index)}
                    aria-label={t('saveCopyOf', { name: a.name })}
                  >
                    {t('saveCopy')}
                  </button>
                  {readOnly ? null : confirming === a.id ? (
                    <span className="confirm-remove" ref={focusKeep}>
                      <button
                        type="button"
                        className="danger"
                        onClick={() =>
                          void attachmentsRepository.remove(a.id).then(() => setConfirming(null))
                        }
                      >
                        {t('confirmRemove', { name: a.name })}
                      </button>
                      <button type="button" onClick={() => keep(a.id)}>
                        {t('keep')}
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      onClick={() => setConfirming(a.id)}
                      data-remove-id={a.id}
                      aria-label={t('removeOf', { name: a.name })}
                    >
                      {t('remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('syncNote')}</p>
    </section>
  );
}
