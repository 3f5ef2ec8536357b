import type { CaseFile } from '@core/domain/case-file';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { clientName } from '../cases/case-summary';
import type { TodayRouteState } from './arrivals';

/** The id of the banner's heading: Today's h1 is described by it, so landing there says it. */
export const arrivedHeadingId = 'today-arrived';

/**
 * After a sign-in: how many cases the first sync brought, each a link to its file. Not a live
 * region (it holds links and a button, and a region rendered full is not reliably read): focus
 * lands on Today's h1 after the sign-in, and the h1 is described by this banner's heading.
 */
export function useArrivals() {
  return (useLocation().state as TodayRouteState | null)?.arrivals;
}

export function ArrivedBanner({ cases }: { cases: readonly CaseFile[] | undefined }) {
  const { t } = useTranslation('today');
  const navigate = useNavigate();
  const arrivals = useArrivals();
  if (!arrivals) return null;
  const byId = new Map((cases ?? []).map((file) => [file.id, file]));
  const arrived = arrivals.caseIds.flatMap((id) => byId.get(id) ?? []);
  const count = arrivals.caseIds.length;
  return (
    <section className="banner info arrived" aria-labelledby={arrivedHeadingId}>
      <h2 id={arrivedHeadingId}>
        {count === 0 ? t('arrived.none') : t('arrived.heading', { count })}
      </h2>
      {arrived.length > 0 ? (
        <ul className="arrived-cases">
          {arrived.map((file) => (
            <li key={file.id}>
              <Link to={`/cases/${file.id}`}>
                {t('deadlineLink', {
                  client: clientName(file) || file.reference,
                  reference: file.reference,
                })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {arrivals.complete ? null : <p>{t('arrived.partial')}</p>}
      <button type="button" onClick={() => void navigate('.', { replace: true, state: null })}>
        {t('arrived.dismiss')}
      </button>
    </section>
  );
}
