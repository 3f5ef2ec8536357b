import type { CaseFile } from '@core/domain/case-file';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { clientName } from '../cases/case-summary';
import type { TodayRouteState } from './arrivals';

/** After a sign-in: how many cases the first sync brought, each a link to its file. */
export function ArrivedBanner({ cases }: { cases: readonly CaseFile[] | undefined }) {
  const { t } = useTranslation('today');
  const location = useLocation();
  const navigate = useNavigate();
  const arrivals = (location.state as TodayRouteState | null)?.arrivals;
  if (!arrivals) return null;
  const byId = new Map((cases ?? []).map((file) => [file.id, file]));
  const arrived = arrivals.caseIds.flatMap((id) => byId.get(id) ?? []);
  const count = arrivals.caseIds.length;
  return (
    <div className="banner info" role="status">
      <p>
        <strong>{count === 0 ? t('arrived.none') : t('arrived.heading', { count })}</strong>
      </p>
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
    </div>
  );
}
