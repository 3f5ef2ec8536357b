import { detectFileKind } from '@core/documents/file-kind';
import { DOCUMENT_MAX_BYTES, type CaseDocument } from '@core/documents/document-sync-schemas';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text';
import { useResource } from '../../api/useResource';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { documentsApi } from './documents-api';

function sizeText(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1
    ? new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      }).format(mb)
    : new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'kilobyte',
        maximumFractionDigits: 0,
      }).format(Math.max(1, bytes / 1024));
}

/** Hands the bytes to the browser as a download (nothing kept by the console). */
function saveToComputer(document: CaseDocument, bytes: ArrayBuffer) {
  const url = URL.createObjectURL(new Blob([bytes], { type: document.mimeType }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = document.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** Supervisors: the case's documents (from the attorneys' laptops), downloaded or added here. */
export function CaseDocumentsSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('console');
  const api = useConsoleApi();
  const documents = useMemo(() => documentsApi(api), [api]);
  const list = useResource(() => documents.list(caseId), [documents, caseId]);
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const live = (list.data ?? []).filter((d) => d.deletedAt === null);

  const add = async (file: File) => {
    setNotice(null);
    const bytes = await file.arrayBuffer();
    const kind = detectFileKind(new Uint8Array(bytes));
    if (bytes.byteLength > DOCUMENT_MAX_BYTES)
      return setNotice({ kind: 'error', text: t('documents.tooLarge') });
    if (!kind.ok)
      return setNotice({ kind: 'error', text: t(`server.attachment_${kind.reason}` as never) });
    try {
      await documents.add(caseId, { name: file.name, bytes }, (sent, total) =>
        setProgress({ sent, total }),
      );
      setNotice({ kind: 'ok', text: t('documents.added', { name: file.name }) });
      list.reload();
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(t, i18n, error) });
    } finally {
      setProgress(null);
    }
  };

  const download = async (document: CaseDocument) => {
    setNotice(null);
    try {
      saveToComputer(document, await documents.download(document));
    } catch (error) {
      setNotice({
        kind: 'error',
        text:
          error instanceof Error && error.message === 'hash_mismatch'
            ? t('documents.damaged')
            : errorText(t, i18n, error),
      });
    }
  };

  return (
    <section aria-labelledby="case-documents">
      <h2 id="case-documents">{t('documents.title')}</h2>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'failed' ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}
      {list.data && live.length === 0 ? <p>{t('documents.none')}</p> : null}
      {live.length > 0 ? (
        <table>
          <caption className="visually-hidden">{t('documents.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('documents.name')}</th>
              <th scope="col">{t('documents.added_at')}</th>
              <th scope="col">{t('documents.size')}</th>
              <th scope="col">{t('documents.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {live.map((document) => (
              <tr key={document.id}>
                <th scope="row">{document.name}</th>
                <td>{formatWhen(document.createdAt, i18n.language, '')}</td>
                <td>{sizeText(document.size, i18n.language)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => void download(document)}
                    aria-label={t('documents.downloadOf', { name: document.name })}
                  >
                    {t('documents.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        <label htmlFor="console-document-input">{t('documents.add')}</label>{' '}
        <input
          id="console-document-input"
          ref={input}
          type="file"
          accept=".pdf,.png,.jpg,.jpeg,.heic,.heif,.docx"
          disabled={progress !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file)
              void add(file).then(() => {
                if (input.current) input.current.value = '';
              });
          }}
        />
      </p>
      <p className="muted">{t('documents.limits')}</p>
      {progress ? (
        <progress max={progress.total} value={progress.sent} aria-label={t('documents.sending')} />
      ) : null}
      <p role={notice?.kind === 'error' ? 'alert' : 'status'}>{notice?.text ?? ''}</p>
    </section>
  );
}
