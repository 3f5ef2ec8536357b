import { IntakeSchema } from '@core/domain/intake';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { ConflictCheckSection } from './ConflictCheckSection';
import { intakeApi } from './intake-api';
import { IntakeDecisionSection } from './IntakeDecisionSection';
import { IntakeFacts } from './IntakeFacts';

/** One intake: its facts, its conflict check and decision, then accept, merge or decline. */
export function IntakeDetailPage() {
  const { t, i18n } = useTranslation();
  const { intakeId = '' } = useParams();
  const api = useConsoleApi();
  const intakes = useMemo(() => intakeApi(api), [api]);
  const detail = useResource(() => intakes.detail(intakeId), [intakes, intakeId]);
  const volunteers = useResource(() => intakes.volunteers(), [intakes]);
  const cases = useResource(() => intakes.cases(), [intakes]);
  const { nameOf } = useDirectory();
  // A message the previous screen left (the intake form: "Intake … saved").
  const arrived = (useLocation().state as { message?: string } | null)?.message ?? null;
  const [done, setDone] = useState<string | null>(arrived);
  // The tab title names the screen, never the client.
  const heading = usePageHeading(t('intakes.title'));
  const locale = i18n.language;
  const parsed = detail.data ? IntakeSchema.safeParse(detail.data.intake) : undefined;
  const intake = parsed?.success ? parsed.data : undefined;
  const summary = detail.data?.summary;
  const open = summary?.state === 'submitted';

  return (
    <>
      <p>
        <Link to="/intakes">{t('intakes.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {summary ? t('intakes.detailTitle', { reference: summary.reference }) : t('intakes.title')}
      </h1>
      {detail.status === 'loading' ? <Loading /> : null}
      {detail.status === 'failed' ? (
        <ErrorNotice error={detail.error} onRetry={detail.reload} />
      ) : null}
      {parsed && !parsed.success ? <ErrorNotice error={null} /> : null}
      {done ? (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      ) : null}
      {summary && intake ? (
        <>
          <p>
            {t(`intakeStates.${summary.state}`)} ·{' '}
            {t('intakes.startedBy', {
              who: nameOf(summary.startedBy),
              when: formatWhen(summary.startedAt, locale, ''),
              source: t(`intakeSources.${summary.source}`),
            })}
          </p>
          {summary.duplicateANumber.length > 0 ? (
            <p className="notice notice-warn" role="status">
              {t('intakes.duplicateWarning', { references: summary.duplicateANumber.join(', ') })}
            </p>
          ) : null}
          {intake.decision ? (
            <section aria-labelledby="intake-decision">
              <h2 id="intake-decision">{t('intakes.decision.title')}</h2>
              <p>
                {summary.state === 'declined'
                  ? t('intakes.decision.declined', { reason: intake.decision.reason ?? '' })
                  : t(
                      summary.state === 'merged'
                        ? 'intakes.decision.mergedInto'
                        : 'intakes.decision.acceptedInto',
                      { reference: intake.decision.caseReference ?? '' },
                    )}{' '}
                {t('intakes.decision.by', {
                  who: nameOf(intake.decision.by),
                  when: formatWhen(intake.decision.at, locale, ''),
                })}
              </p>
            </section>
          ) : null}
          <IntakeFacts intake={intake} />
          <ConflictCheckSection
            detail={detail.data!}
            intakes={intakes}
            open={open}
            onChanged={detail.reload}
          />
          {open ? (
            <IntakeDecisionSection
              detail={detail.data!}
              intakes={intakes}
              volunteers={volunteers.data ?? []}
              cases={cases.data ?? []}
              onDecided={(message) => {
                setDone(message);
                detail.reload();
                volunteers.reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
