import { TimeEntrySchema, type TimeActivity, type TimeEntry } from '@core/domain/case-logs';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { todayInChicago } from '../../lib/format';
import { newId, nowIso } from '../../lib/ids';
import { activities } from './TimerPanel';

type Problems = Partial<Record<'date' | 'minutes' | 'notes', string>>;

/** A new entry by hand, or an existing one corrected (a flagged timer entry, a typo). */
export function TimeEntryForm({
  caseId,
  attorneyId,
  entry,
  onDone,
}: {
  caseId: string;
  attorneyId: string;
  entry?: TimeEntry;
  onDone?: () => void;
}) {
  const { t } = useTranslation('logs');
  const id = useId();
  const [activity, setActivity] = useState<TimeActivity>(entry?.activity ?? 'research');
  const [date, setDate] = useState(entry?.date ?? todayInChicago());
  const [minutes, setMinutes] = useState(entry ? String(entry.minutes) : '');
  const [notes, setNotes] = useState(entry?.notes ?? '');
  const [problems, setProblems] = useState<Problems>({});
  const [status, setStatus] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft: TimeEntry = {
      ...(entry ?? {
        id: newId(),
        caseId,
        attorneyId,
        source: 'manual' as const,
        recordedAt: nowIso(),
      }),
      activity,
      date,
      minutes: minutes.trim() === '' ? Number.NaN : Number(minutes),
      notes: notes.trim() || null,
    };
    // A corrected entry has been looked at: its flags are answered.
    if (entry) delete draft.flags;
    const parsed = TimeEntrySchema.safeParse(draft);
    if (!parsed.success) {
      const found: Problems = {};
      for (const issue of parsed.error.issues)
        found[issue.path[0] as keyof Problems] ??= issue.message;
      setProblems(found);
      return;
    }
    setProblems({});
    await caseLogsRepository.saveTimeEntry(parsed.data, !entry);
    if (entry) onDone?.();
    else {
      setMinutes('');
      setNotes('');
      setStatus(t('time.added'));
    }
  };

  const described = (name: keyof Problems) => ({
    id: `${id}-${name}`,
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby': problems[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{entry ? t('time.edit') : t('time.manual')}</h3>
      <div className="field">
        <label htmlFor={`${id}-activity`}>{t('time.activity')}</label>
        <select
          id={`${id}-activity`}
          value={activity}
          onChange={(e) => setActivity(e.target.value as TimeActivity)}
        >
          {activities.map((value) => (
            <option key={value} value={value}>
              {t(`time.activities.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('time.date')}</label>
        <input
          type="date"
          {...described('date')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <FieldError id={`${id}-date-error`} code={problems.date} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-minutes`}>{t('time.minutes')}</label>
        <input
          type="number"
          min={0}
          inputMode="numeric"
          {...described('minutes')}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <FieldError id={`${id}-minutes-error`} code={problems.minutes} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('time.notes')}</label>
        <textarea
          {...described('notes')}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
        <FieldError id={`${id}-notes-error`} code={problems.notes} />
      </div>
      <div className="page-actions">
        <button type="submit">{entry ? t('time.save') : t('time.add')}</button>
        {entry ? (
          <button type="button" className="secondary" onClick={onDone}>
            {t('time.cancel')}
          </button>
        ) : null}
      </div>
      <p role="status" className="small">
        {status}
      </p>
    </form>
  );
}
