import { ContactLogSchema, type ContactLog } from '@core/domain/case-logs';
import { languageCodes } from '@core/domain/language-codes';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { formatDate, todayInChicago } from '../../lib/format';
import { newId, nowIso } from '../../lib/ids';
import { useLanguageName } from '../interviews/useLanguageName';

const types = ['visit', 'phone', 'video', 'letter', 'message'] as const;
type Problems = Partial<Record<'date' | 'durationMinutes' | 'interpreterName' | 'notes', string>>;

function ContactForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation('logs');
  const languageName = useLanguageName();
  const id = useId();
  const [date, setDate] = useState(todayInChicago());
  const [type, setType] = useState<ContactLog['type']>('visit');
  const [interpreter, setInterpreter] = useState(false);
  const [interpreterName, setInterpreterName] = useState('');
  const [language, setLanguage] = useState('');
  const [duration, setDuration] = useState('');
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [status, setStatus] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const minutes = duration.trim() === '' ? null : Number(duration);
    const contact = {
      id: newId(),
      caseId,
      date,
      type,
      interpreter,
      interpreterName: interpreter && interpreterName.trim() ? interpreterName.trim() : null,
      language: language ? { code: language } : null,
      durationMinutes: minutes,
      notes: notes.trim() || null,
      recordedAt: nowIso(),
    };
    const parsed = ContactLogSchema.safeParse(contact);
    if (!parsed.success) {
      const found: Problems = {};
      for (const issue of parsed.error.issues)
        found[issue.path[0] as keyof Problems] ??= issue.message;
      setProblems(found);
      setStatus('');
      return;
    }
    setProblems({});
    await caseLogsRepository.saveContact(parsed.data, true);
    setStatus(t('contact.saved'));
    setNotes('');
    setDuration('');
  };

  const described = (name: keyof Problems) => ({
    id: `${id}-${name}`,
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby': problems[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('contact.add')}</h3>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('contact.date')}</label>
        <input
          type="date"
          {...described('date')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <FieldError id={`${id}-date-error`} code={problems.date} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('contact.type')}</label>
        <select
          id={`${id}-type`}
          value={type}
          onChange={(e) => setType(e.target.value as ContactLog['type'])}
        >
          {types.map((value) => (
            <option key={value} value={value}>
              {t(`contact.types.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={interpreter}
            onChange={(e) => setInterpreter(e.target.checked)}
          />{' '}
          {t('contact.interpreter')}
        </label>
      </div>
      {interpreter ? (
        <div className="field">
          <label htmlFor={`${id}-interpreterName`}>{t('contact.interpreterName')}</label>
          <input
            {...described('interpreterName')}
            value={interpreterName}
            onChange={(e) => setInterpreterName(e.target.value)}
          />
          <FieldError id={`${id}-interpreterName-error`} code={problems.interpreterName} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('contact.language')}</label>
        <select
          id={`${id}-language`}
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
        >
          <option value="">{t('contact.languageNone')}</option>
          {languageCodes
            .filter((code) => code !== 'und')
            .map((code) => (
              <option key={code} value={code}>
                {languageName({ code })}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-durationMinutes`}>{t('contact.duration')}</label>
        <input
          type="number"
          min={0}
          inputMode="numeric"
          {...described('durationMinutes')}
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
        />
        <FieldError id={`${id}-durationMinutes-error`} code={problems.durationMinutes} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('contact.notes')}</label>
        <textarea
          {...described('notes')}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
        <FieldError id={`${id}-notes-error`} code={problems.notes} />
      </div>
      <button type="submit">{t('contact.save')}</button>
      <p role="status" className="small">
        {status}
      </p>
    </form>
  );
}

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
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('contact.delete')}: ${label}`}
                  onClick={() => void caseLogsRepository.remove(contact.id)}
                >
                  {t('contact.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ContactForm caseId={caseId} />
    </section>
  );
}
