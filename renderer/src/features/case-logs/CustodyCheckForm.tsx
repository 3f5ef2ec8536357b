import { CustodyCheckSchema, type CustodyCheck } from '@core/domain/case-logs';
import type { CaseFile } from '@core/domain/case-file';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { newId, nowIso } from '../../lib/ids';
import { todayInChicago } from '../../lib/format';

const sources = ['locator', 'facility_call', 'client', 'court'] as const;
type Mode = CustodyCheck['kind'];
type Problems = Partial<Record<'facility' | 'checkedOn' | 'checkedBy' | 'notes', string>>;

/**
 * Records where the client was confirmed to be, or a transfer to a new facility (which also moves
 * the case file's facility). The attorney looks it up; Amparo only records it.
 */
export function CustodyCheckForm({
  caseFile,
  defaults,
}: {
  caseFile: CaseFile;
  defaults: { recheckDays: number; checkedBy: string };
}) {
  const { t } = useTranslation('logs');
  const id = useId();
  const current = caseFile.custody.facility ?? '';
  const [mode, setMode] = useState<Mode>('check');
  const [facility, setFacility] = useState(current);
  const [checkedOn, setCheckedOn] = useState(todayInChicago());
  const [source, setSource] = useState<CustodyCheck['source']>('locator');
  const [checkedBy, setCheckedBy] = useState(defaults.checkedBy);
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [status, setStatus] = useState('');

  const switchMode = (next: Mode) => {
    setMode(next);
    setFacility(next === 'transfer' ? '' : current);
    setStatus('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = {
      id: newId(),
      caseId: caseFile.id,
      kind: mode,
      checkedOn,
      facility: facility.trim(),
      ...(mode === 'transfer' && current ? { previousFacility: current } : {}),
      source,
      checkedBy: checkedBy.trim(),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      recheckDays: defaults.recheckDays,
      recordedAt: nowIso(),
    };
    const parsed = CustodyCheckSchema.safeParse(check);
    if (!parsed.success) {
      const found: Problems = {};
      for (const issue of parsed.error.issues)
        found[issue.path[0] as keyof Problems] ??= issue.message;
      setProblems(found);
      setStatus(t('check.failed'));
      return;
    }
    setProblems({});
    await caseLogsRepository.recordCustodyCheck(parsed.data);
    setStatus(
      mode === 'transfer'
        ? t('check.transferSaved', { facility: parsed.data.facility })
        : t('check.saved'),
    );
    setNotes('');
    // The form stays for the next check, at the facility just confirmed.
    setFacility(parsed.data.facility);
    setMode('check');
  };

  const field = (name: keyof Problems) => ({
    id: `${id}-${name}`,
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby': problems[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <section className="form-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {mode === 'transfer' ? t('check.transferHeading') : t('check.heading')}
      </h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="field">
          <legend>{t('check.mode')}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === 'check'}
              onChange={() => switchMode('check')}
            />{' '}
            {t('check.modeCheck')}
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === 'transfer'}
              onChange={() => switchMode('transfer')}
            />{' '}
            {t('check.modeTransfer')}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-facility`}>
            {mode === 'transfer' ? t('check.newFacility') : t('check.facility')}
          </label>
          <input
            {...field('facility')}
            value={facility}
            onChange={(e) => setFacility(e.target.value)}
          />
          <FieldError id={`${id}-facility-error`} code={problems.facility} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-checkedOn`}>
            {mode === 'transfer' ? t('check.transferDate') : t('check.date')}
          </label>
          <input
            type="date"
            {...field('checkedOn')}
            value={checkedOn}
            onChange={(e) => setCheckedOn(e.target.value)}
          />
          <FieldError id={`${id}-checkedOn-error`} code={problems.checkedOn} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-source`}>{t('check.source')}</label>
          <select
            id={`${id}-source`}
            value={source}
            onChange={(e) => setSource(e.target.value as CustodyCheck['source'])}
          >
            {sources.map((value) => (
              <option key={value} value={value}>
                {t(`check.sources.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-checkedBy`}>{t('check.checkedBy')}</label>
          <input
            {...field('checkedBy')}
            value={checkedBy}
            onChange={(e) => setCheckedBy(e.target.value)}
          />
          <FieldError id={`${id}-checkedBy-error`} code={problems.checkedBy} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-notes`}>{t('check.notes')}</label>
          <textarea {...field('notes')} value={notes} onChange={(e) => setNotes(e.target.value)} />
          <FieldError id={`${id}-notes-error`} code={problems.notes} />
        </div>
        <button type="submit">
          {mode === 'transfer' ? t('check.saveTransfer') : t('check.save')}
        </button>
        <p role="status" className="small">
          {status}
        </p>
      </form>
    </section>
  );
}
