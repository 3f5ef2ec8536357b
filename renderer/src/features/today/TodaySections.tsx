import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatClock, formatDate } from '../../lib/format';
import { DeadlineListDates, useSafeDateWhen } from '../agenda/SafeDate';
import { useInputText } from '../agenda/useInputText';
import { RecheckText } from '../case-logs/CustodyClockPanel';
import type {
  DetainedClient,
  TodayDateToEnter,
  TodayDeadline,
  TodayHearing,
  TodayRecheck,
  TodayView,
} from './today-model';

function Section(props: { id: string; heading: string; count?: number; children: ReactNode }) {
  return (
    <section className="today-section" aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.heading}
        {props.count ? <span className="count"> ({props.count})</span> : null}
      </h2>
      {props.children}
    </section>
  );
}

function ClientLink({
  item,
  to,
}: {
  item: TodayDeadline | TodayHearing | DetainedClient | TodayDateToEnter | TodayRecheck;
  to: string;
}) {
  const { t } = useTranslation('today');
  return (
    <Link to={`/cases/${item.caseId}/${to}`}>
      {t('deadlineLink', { client: item.clientName || item.reference, reference: item.reference })}
    </Link>
  );
}

function DeadlineList({
  items,
  kind,
}: {
  items: readonly TodayDeadline[];
  kind: 'overdue' | 'next';
}) {
  const { t } = useTranslation('today');
  const safeWhen = useSafeDateWhen();
  if (items.length === 0) return <p className="muted">{t(`${kind}.empty`)}</p>;
  return (
    <ul className="today-list">
      {items.map((item) => {
        const { daysLeft } = item.deadline;
        const safe = safeWhen(item.deadline);
        const when =
          kind === 'overdue'
            ? t('overdue.days', { count: -daysLeft })
            : (safe?.text ??
              (daysLeft === 0 ? t('next.today') : t('next.days', { count: daysLeft })));
        const tag =
          kind === 'overdue' ? 'urgency-overdue' : (safe?.className ?? 'urgency-upcoming');
        return (
          <li key={item.key} className={kind === 'overdue' ? 'overdue' : undefined}>
            <span className={`tag ${tag}`}>{when}</span> <strong>{item.deadline.label}</strong> ·{' '}
            <DeadlineListDates deadline={item.deadline} /> · <ClientLink item={item} to="agenda" />
          </li>
        );
      })}
    </ul>
  );
}

/** Deadlines the calculator cannot date until the attorney enters a date: say which, and where. */
function DatesToEnterList({ items }: { items: readonly TodayDateToEnter[] }) {
  const { t, i18n } = useTranslation('today');
  const inputText = useInputText();
  return (
    <ul className="today-list">
      {items.map((item) => (
        <li key={item.key}>
          <span className="tag warn">{t('enter.tag')}</span>{' '}
          <strong>{item.labels.join('; ')}</strong>
          {item.hearingDate
            ? ` · ${t('enter.hearing', { date: formatDate(item.hearingDate, i18n.language) })}`
            : null}{' '}
          · {inputText.missing(item.missing)} · <ClientLink item={item} to="file/court" />
        </li>
      ))}
    </ul>
  );
}

function HowToJoin({ item }: { item: TodayHearing }) {
  const { t } = useTranslation('today');
  const { format, callIn } = item.hearing;
  if (format === 'in_person')
    return item.court
      ? t('hearings.join.in_person', { court: item.court })
      : t('hearings.join.in_personUnknown');
  return callIn ? t(`hearings.join.${format}`, { details: callIn }) : t('hearings.join.missing');
}

function HearingList({ items }: { items: readonly TodayHearing[] }) {
  const { t, i18n } = useTranslation(['today', 'caseFile']);
  if (items.length === 0) return <p className="muted">{t('hearings.empty')}</p>;
  return (
    <ul className="today-list">
      {items.map((item) => (
        <li key={item.hearing.id}>
          <span className="tag urgency-upcoming">
            {item.daysLeft === 0
              ? t('hearings.today')
              : t('hearings.inDays', { count: item.daysLeft })}
          </span>{' '}
          <strong>
            {formatDate(item.hearing.date, i18n.language)}
            {item.hearing.time ? ` ${formatClock(item.hearing.time, i18n.language)}` : ''}
          </strong>{' '}
          · {t(`caseFile:options.hearingType.${item.hearing.type}`)} ·{' '}
          {t(`caseFile:options.hearingFormat.${item.hearing.format}`)} · <HowToJoin item={item} /> ·{' '}
          <ClientLink item={item} to="agenda" />
        </li>
      ))}
    </ul>
  );
}

function RecheckList({ items }: { items: readonly TodayRecheck[] }) {
  const { t } = useTranslation(['logs', 'today']);
  return (
    <ul className="today-list">
      {items.map((item) => (
        <li key={item.caseId}>
          {item.recheck ? <RecheckText recheck={item.recheck} /> : null}{' '}
          {item.transfer ? (
            <span className="tag warn">
              {t('transfer.stepsLeft', {
                count: item.transfer.steps.filter((step) => !step.done).length,
              })}
            </span>
          ) : null}{' '}
          <ClientLink item={item} to="custody-log" /> ·{' '}
          {item.facility ?? <span className="muted">{t('today:detained.facilityUnknown')}</span>}
        </li>
      ))}
    </ul>
  );
}

function DetainedList({ items }: { items: readonly DetainedClient[] }) {
  const { t } = useTranslation(['today', 'logs']);
  if (items.length === 0) return <p className="muted">{t('detained.empty')}</p>;
  return (
    <ul className="today-list">
      {items.map((item) => (
        <li key={item.caseId}>
          {item.days === null ? (
            <span className="tag warn">{t('detained.noDate')}</span>
          ) : (
            <span className="tag detained">{t('detained.days', { count: item.days })}</span>
          )}{' '}
          <ClientLink item={item} to="custody-log" /> ·{' '}
          {item.facility ?? <span className="muted">{t('detained.facilityUnknown')}</span>} ·{' '}
          {item.recheck ? (
            <>
              {t('logs:custody.recheck')}: <RecheckText recheck={item.recheck} /> ·{' '}
            </>
          ) : null}
          <span className="muted">
            {item.lastContactDays === null
              ? t('logs:today.noContact')
              : t('logs:today.lastContact', {
                  when:
                    item.lastContactDays === 0
                      ? t('logs:contact.contactToday')
                      : t('logs:contact.daysAgo', { count: item.lastContactDays }),
                })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The Today view's lists: overdue, next 7 days, dates to enter, hearings, detained clients,
 * comments from MCJ.
 */
export function TodaySections({ view }: { view: TodayView }) {
  const { t, i18n } = useTranslation(['today', 'logs']);
  return (
    <>
      <Section id="today-overdue" heading={t('overdue.heading')} count={view.overdue.length}>
        <DeadlineList items={view.overdue} kind="overdue" />
      </Section>
      <Section id="today-next" heading={t('next.heading')} count={view.nextDays.length}>
        <DeadlineList items={view.nextDays} kind="next" />
      </Section>
      {view.datesToEnter.length > 0 ? (
        <Section id="today-enter" heading={t('enter.heading')} count={view.datesToEnter.length}>
          <p className="muted small">{t('enter.intro')}</p>
          <DatesToEnterList items={view.datesToEnter} />
        </Section>
      ) : null}
      <Section id="today-hearings" heading={t('hearings.heading')} count={view.hearings.length}>
        <HearingList items={view.hearings} />
      </Section>
      {view.rechecks.length > 0 ? (
        <Section
          id="today-rechecks"
          heading={t('logs:today.recheckHeading')}
          count={view.rechecks.length}
        >
          <RecheckList items={view.rechecks} />
        </Section>
      ) : null}
      <Section id="today-detained" heading={t('detained.heading')} count={view.detained.length}>
        <DetainedList items={view.detained} />
      </Section>
      {view.comments.length > 0 ? (
        <Section id="today-comments" heading={t('comments.heading')} count={view.comments.length}>
          <ul className="today-list">
            {view.comments.map((item) => (
              <li key={item.comment.id}>
                <Link to={`/cases/${item.caseId}`}>
                  {t('deadlineLink', {
                    client: item.clientName || item.reference,
                    reference: item.reference,
                  })}
                </Link>{' '}
                ·{' '}
                <span className="muted">
                  {formatDate(item.comment.createdAt.slice(0, 10), i18n.language)}
                </span>
                <p className="comment-body">{item.comment.body}</p>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
