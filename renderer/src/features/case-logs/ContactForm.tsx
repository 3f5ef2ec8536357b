import { ContactLogSchema, type ContactLog } from '@core/domain/case-logs';
import { languageCodes } from '@core/domain/language-codes';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { todayInChicago } from '../../lib/format';
import { newId, nowIso } from '../../lib/ids';
import { useLanguageName } from '../interviews/useLanguageName';

const types = ['visit', 'phone', 'video', 'letter', 'message'] as const;
type Problems = Partial<Record<'date' | 'durationMinutes' | 'interpreterName' | 'notes', string>>;

/**
 * Logs a contact, or (with `contact`) corrects one already logged: the same record is rewritten,
 * keeping its id and when it was first recorded.
 */
export function ContactForm({
  caseId,
  contact: editing,
  onDone,
}: {
  caseId: string;
  contact?: ContactLog;
  onDone?: () => void;
}) {
  const { t } = useTranslation('logs');
  const languageName = useLanguageName();
  const id = useId();
  const [date, setDate] = useState(editing?.date ?? todayInChicago());
  const [type, setType] = useState<ContactLog['type']>(editing?.type ?? 'visit');
  const [interpreter, setInterpreter] = useState(editing?.interpreter ?? false);
  const [interpreterName, setInterpreterName] = useState(editing?.interpreterName ?? '');
  const [language, setLanguage] = useState(editing?.language?.code ?? '');
  const [duration, setDuration] = useState(
    editing?.durationMinutes != null ? String(editing.durationMinutes) : '',
  );
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [problems, setProblems] = useState<Problems>({});
  const [status, setStatus] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const minutes = duration.trim() === '' ? null : Number(duration);
    const contact = {
      id: editing?.id ?? newId(),
      caseId,
      date,
      type,
      interpreter,
      interpreterName: interpreter && interpreterName.trim() ? interpreterName.trim() : null,
      language: language ? { code: language } : null,
      durationMinutes: minutes,
      notes: notes.trim() || null,
      recordedAt: editing?.recordedAt ?? nowIso(),
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
    await caseLogsRepository.saveContact(parsed.data, !editing);
    if (editing) {
      onDone?.();
      return;
    }
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
      <h3 id={`${id}-heading`}>{editing ? t('contact.editHeading') : t('contact.add')}</h3>
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
      <div className="page-actions">
        <button type="submit">{editing ? t('contact.saveChanges') : t('contact.save')}</button>
        {editing ? (
          <button type="button" className="secondary" onClick={() => onDone?.()}>
            {t('contact.cancel')}
          </button>
        ) : null}
      </div>
      <p role="status" className="small">
        {status}
      </p>
    </form>
  );
}
