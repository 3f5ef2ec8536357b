import { ContactLogSchema, type ContactLog } from '@core/domain/case-logs';
import { languageCodes } from '@core/domain/language-codes';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { firstProblems, LogForm, LogSelect, logFieldsOf } from '../../components/LogFormParts';
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
      setProblems(firstProblems<keyof Problems>(parsed.error.issues));
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

  const field = logFieldsOf(id, problems);
  return (
    <LogForm
      id={id}
      heading={editing ? t('contact.editHeading') : t('contact.add')}
      onSubmit={submit}
      submitLabel={editing ? t('contact.saveChanges') : t('contact.save')}
      cancel={editing ? { label: t('contact.cancel'), onCancel: () => onDone?.() } : undefined}
      status={status}
    >
      {field('date', 'date', t('contact.date'), date, setDate)}
      <LogSelect
        formId={id}
        name="type"
        label={t('contact.type')}
        value={type}
        onChange={(value) => setType(value as ContactLog['type'])}
        options={types.map((value) => ({ value, label: t(`contact.types.${value}`) }))}
      />
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
      {interpreter
        ? field(
            'interpreterName',
            'text',
            t('contact.interpreterName'),
            interpreterName,
            setInterpreterName,
          )
        : null}
      <LogSelect
        formId={id}
        name="language"
        label={t('contact.language')}
        value={language}
        onChange={setLanguage}
        options={[
          { value: '', label: t('contact.languageNone') },
          ...languageCodes
            .filter((code) => code !== 'und')
            .map((code) => ({ value: code, label: languageName({ code }) })),
        ]}
      />
      {field('durationMinutes', 'minutes', t('contact.duration'), duration, setDuration)}
      {field('notes', 'notes', t('contact.notes'), notes, setNotes)}
    </LogForm>
  );
}
