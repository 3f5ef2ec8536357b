import type { TimeActivity } from '@core/domain/case-logs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { timerRepository } from '../../db/timer-repository';
import { useCaseReadOnly } from '../case-file/case-read-only';
import { useAttorneyId, useElapsed, useRunningTimer } from './useTimer';
import { formatClockFace, formatMinutes } from './time-format';

export const activities: readonly TimeActivity[] = [
  'interview',
  'research',
  'drafting',
  'hearing',
  'travel',
  'waiting',
];

function clockTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(iso),
  );
}

/**
 * Start and stop the device's one timer for this case. The start is saved at once, so the
 * timer keeps counting through a lock, a reload or a restart; a second window sees it running.
 */
export function TimerPanel({
  caseId,
  references,
}: {
  caseId: string;
  references: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation('logs');
  const id = useId();
  const timer = useRunningTimer();
  const attorneyId = useAttorneyId();
  const elapsed = useElapsed(timer);
  const [activity, setActivity] = useState<TimeActivity>('interview');
  const [status, setStatus] = useState('');
  // A timer already running when MCJ closed the case may still be stopped (the time was worked);
  // a new one may not start.
  const readOnly = useCaseReadOnly();
  if (timer === undefined || attorneyId === undefined) return null;
  const language = i18n.language;
  const here = timer?.caseId === caseId;

  const start = async () => {
    const outcome = await timerRepository.start({ caseId, activity });
    if (!outcome.started) {
      setStatus(
        t('time.runningElsewhere', {
          reference: references.get(outcome.running.caseId) ?? '—',
          activity: t(`time.activities.${outcome.running.activity}`),
          time: clockTime(outcome.running.startedAt, language),
        }),
      );
    } else setStatus('');
  };
  const stop = async () => {
    if (!attorneyId) return;
    const entry = await timerRepository.stop(attorneyId);
    setStatus(
      entry
        ? t('time.stopped', { duration: formatMinutes(entry.minutes, t) })
        : t('time.stoppedElsewhere'),
    );
  };

  return (
    <section className="form-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('time.timer')}</h2>
      {!attorneyId ? <p className="banner warn">{t('time.signInFirst')}</p> : null}
      {timer && here ? (
        <>
          <p>
            {t('time.running', {
              activity: t(`time.activities.${timer.activity}`),
              time: clockTime(timer.startedAt, language),
            })}
          </p>
          <p>
            <span className="visually-hidden">{t('time.elapsed')} </span>
            <span className="timer-elapsed" data-testid="timer-elapsed">
              {formatClockFace(elapsed?.seconds ?? 0)}
            </span>
          </p>
          {elapsed?.flags.includes('clock') ? (
            <p className="banner warn" role="note">
              {t('time.clockWarning')}
            </p>
          ) : null}
          <div className="page-actions">
            <button type="button" onClick={() => void stop()} disabled={!attorneyId}>
              {t('time.stop')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void timerRepository.discard()}
            >
              {t('time.discard')}
            </button>
          </div>
        </>
      ) : (
        <>
          {timer ? (
            <p className="banner warn" role="note">
              {t('time.runningOtherCase', { reference: references.get(timer.caseId) ?? '—' })}{' '}
              <Link to={`/cases/${timer.caseId}/time`}>{t('time.openIt')}</Link>
            </p>
          ) : null}
          {readOnly ? null : (
            <>
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
              <button type="button" onClick={() => void start()} disabled={!attorneyId}>
                {t('time.start')}
              </button>
            </>
          )}
        </>
      )}
      <p role="status" className="small">
        {status}
      </p>
    </section>
  );
}
