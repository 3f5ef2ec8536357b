import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { useLiveQuery } from '../../db/live';
import { RecheckDaysSchema, settingsRepository } from '../../db/settings-repository';

/** How many days between location checks of a detained client (default 3). */
export function RecheckSetting() {
  const { t } = useTranslation('logs');
  const id = useId();
  const saved = useLiveQuery(() => settingsRepository.recheckDays(), []);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (saved !== undefined) setValue(String(saved));
  }, [saved]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = RecheckDaysSchema.safeParse(value.trim() === '' ? Number.NaN : Number(value));
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message);
      setStatus('');
      return;
    }
    setProblem(undefined);
    await settingsRepository.saveRecheckDays(parsed.data);
    setStatus(t('settings.saved'));
  };

  return (
    <section className="form-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.heading')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-days`}>{t('settings.recheckDays')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('settings.recheckHint')}
          </p>
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            max={60}
            inputMode="numeric"
            value={value}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
            onChange={(e) => setValue(e.target.value)}
          />
          <FieldError id={`${id}-error`} code={problem} />
        </div>
        <button type="submit">{t('settings.save')}</button>
        <p role="status" className="small">
          {status}
        </p>
      </form>
    </section>
  );
}
