import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { LeaseWarning } from '../security/LeaseWarning';
import { NewWorkButton } from '../intakes/NewWorkButton';
import { ArrivedBanner, arrivedHeadingId, useArrivals } from './ArrivedBanner';
import { ReviewSection } from './ReviewSection';
import { TodaySections } from './TodaySections';
import { useToday } from './useToday';
import './today.css';

/**
 * The landing screen when the app opens and after signing in: what is overdue, due this week,
 * heard in court this week, who is detained and for how long, and what MCJ wrote. The Agenda
 * stays the full calendar.
 */
export function TodayPage() {
  const { t, i18n } = useTranslation(['today', 'common']);
  const view = useToday();
  const arrivals = useArrivals();
  const failed = view
    ? view.cases.filter((file) => view.failedCaseIds.includes(file.id)).map((f) => f.reference)
    : [];
  return (
    <section className="page today" aria-labelledby="today-title">
      <div className="page-heading">
        <div>
          <h1 id="today-title" aria-describedby={arrivals ? arrivedHeadingId : undefined}>
            {t('title')}
          </h1>
          {view ? (
            <p className="muted">
              {t('dateLine', { date: formatDate(view.today, i18n.language, 'long') })}
            </p>
          ) : null}
        </div>
        <div className="page-actions">
          <Link className="button" to="/cases">
            {t('allCases')}
          </Link>
          <NewWorkButton />
        </div>
      </div>
      <LeaseWarning />
      <ArrivedBanner cases={view?.cases} />
      {view === undefined ? (
        <p role="status">{t('common:status.loading')}</p>
      ) : (
        <>
          {failed.length > 0 ? (
            <p className="banner warn" role="note">
              {t('failed', { references: failed.join(', ') })}
            </p>
          ) : null}
          <ReviewSection items={view.reviews} />
          <TodaySections view={view} />
        </>
      )}
    </section>
  );
}
