import type { ContactLog } from '@core/domain/case-logs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { formatDate } from '../../lib/format';
import { useCaseReadOnly } from '../case-file/case-read-only';
import { useLanguageName } from '../interviews/useLanguageName';
import { ContactForm } from './ContactForm';

/** Every visit, call, letter and message with the client, newest first, and a form to add one. */
export function ContactLogSection({
  caseId,
  contacts,
}: {
  caseId: string;
  contacts: readonly ContactLog[];
}) {
  const { t, i18n } = useTranslation('logs');
  const languageName = useLanguageName();
  const [editing, setEditing] = useState<string | null>(null);
  const readOnly = useCaseReadOnly();
  const [returnTo, setReturnTo] = useState<string | null>(null);
  // A closed correction form hands focus back to the Edit button that opened it.
  useEffect(() => {
    if (!returnTo) return;
    document.getElementById(`contact-edit-${returnTo}`)?.focus();
    setReturnTo(null);
  }, [returnTo]);
  const sorted = [...contacts].sort(
    (a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <section className="form-card" aria-labelledby="contact-log-heading">
      <h2 id="contact-log-heading">{t('contact.heading')}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('contact.empty')}</p>
      ) : (
        <ul className="log-list" aria-label={t('contact.list')}>
          {sorted.map((contact) => {
            const parts = [
              formatDate(contact.date, i18n.language),
              t(`contact.types.${contact.type}`),
              contact.durationMinutes != null
                ? t('contact.minutes', { count: contact.durationMinutes })
                : null,
              contact.interpreter
                ? contact.interpreterName
                  ? t('contact.withInterpreterNamed', {
                      name: contact.interpreterName,
                      language: languageName(contact.language),
                    })
                  : t('contact.withInterpreter', { language: languageName(contact.language) })
                : contact.language
                  ? languageName(contact.language)
                  : null,
            ].filter((part): part is string => part !== null);
            const label = parts.join(' · ');
            return (
              <li key={contact.id} aria-label={label}>
                {label}
                {contact.notes ? <p className="small">{contact.notes}</p> : null}
                {readOnly ? null : editing === contact.id ? (
                  <ContactForm
                    caseId={caseId}
                    contact={contact}
                    onDone={() => {
                      setEditing(null);
                      setReturnTo(contact.id);
                    }}
                  />
                ) : (
                  <div className="page-actions">
                    <button
                      type="button"
                      id={`contact-edit-${contact.id}`}
                      className="link-button"
                      aria-label={`${t('contact.edit')}: ${label}`}
                      onClick={() => setEditing(contact.id)}
                    >
                      {t('contact.edit')}
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`${t('contact.delete')}: ${label}`}
                      onClick={() => void caseLogsRepository.remove(contact.id)}
                    >
                      {t('contact.delete')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {readOnly ? null : <ContactForm caseId={caseId} />}
    </section>
  );
}
