import { TimeEntrySchema, type TimeActivity, type TimeEntry } from '@core/domain/case-logs';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { firstProblems, LogForm, LogSelect, logFieldsOf } from '../../components/LogFormParts';
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
      setProblems(firstProblems<keyof Problems>(parsed.error.issues));
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

  const field = logFieldsOf(id, problems);
  return (
    <LogForm
      id={id}
      heading={entry ? t('time.edit') : t('time.manual')}
      onSubmit={submit}
      submitLabel={entry ? t('time.save') : t('time.add')}
      cancel={entry ? { label: t('time.cancel'), onCancel: () => onDone?.() } : undefined}
      status={status}
    >
      <LogSelect
        formId={id}
        name="activity"
        label={t('time.activity')}
        value={activity}
        onChange={(value) => setActivity(value as TimeActivity)}
        options={activities.map((value) => ({ value, label: t(`time.activities.${value}`) }))}
      />
      {field('date', 'date', t('time.date'), date, setDate)}
      {field('minutes', 'minutes', t('time.minutes'), minutes, setMinutes)}
      {field('notes', 'notes', t('time.notes'), notes, setNotes)}
    </LogForm>
  );
}
