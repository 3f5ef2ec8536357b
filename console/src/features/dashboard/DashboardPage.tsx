import type { DashboardFilter, DashboardSort } from '@core/sync/dashboard-schemas';
import { dashboardFilters, SEARCH_MAX } from '@core/sync/dashboard-schemas';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { useConsoleApi } from '../../session/SessionContext';
import type { DashboardState } from './dashboard-api';
import { dashboardApi, saveCsv } from './dashboard-api';
import { dashboardCsv } from './dashboard-csv';
import { DashboardTable } from './DashboardTable';

const PAGE = 50;
const SEARCH_DELAY_MS = 250;

/**
 * Supervisors: every open case of the organisation, filtered, searched, sorted and paged by the
 * server (5,000 cases are never sent to the browser at once), with a CSV of what is shown.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation('caseload');
  const { t: tc } = useTranslation(['console', 'caseFile']);
  const api = useConsoleApi();
  const dashboard = useMemo(() => dashboardApi(api), [api]);
  const heading = usePageHeading(t('dashboard.title'));
  const { nameOf } = useDirectory();
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<DashboardState>({
    filters: [],
    q: '',
    volunteer: '',
    sort: 'hearing',
    dir: 'asc',
    offset: 0,
    limit: PAGE,
  });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  useEffect(() => {
    const timer = setTimeout(
      () => setState((s) => (s.q === typed ? s : { ...s, q: typed, offset: 0 })),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [typed]);

  const page = useResource(() => dashboard.page(state), [dashboard, state]);
  const data = page.data;

  const toggle = (filter: DashboardFilter, on: boolean) =>
    setState((s) => ({
      ...s,
      offset: 0,
      filters: on ? [...s.filters, filter] : s.filters.filter((f) => f !== filter),
    }));
  const sortBy = (sort: DashboardSort) =>
    setState((s) => ({
      ...s,
      offset: 0,
      sort,
      dir: s.sort === sort && s.dir === 'asc' ? 'desc' : 'asc',
    }));
  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const all = await dashboard.exportRows(state);
      const text = dashboardCsv(tc, t, all.rows, nameOf, i18n.language);
      saveCsv(text, `amparo-caseload-${data?.today ?? 'today'}.csv`);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };

  const first = data && data.total > 0 ? state.offset + 1 : 0;
  const last = data ? state.offset + data.rows.length : 0;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('dashboard.title')}
      </h1>
      <p className="screen-intro">
        {t('dashboard.intro')} <Link to="/calendar">{t('dashboard.calendarLink')}</Link>
      </p>
      <form className="dashboard-tools" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="dashboard-search">{t('dashboard.search')}</label>
          <input
            id="dashboard-search"
            type="search"
            value={typed}
            maxLength={SEARCH_MAX}
            aria-describedby="dashboard-search-hint"
            onChange={(event) => setTyped(event.target.value)}
          />
          <p id="dashboard-search-hint" className="field-hint">
            {t('dashboard.searchHint')}
          </p>
        </div>
        <fieldset className="filter-set">
          <legend>{t('dashboard.filters.legend')}</legend>
          {dashboardFilters.map((filter) => (
            <p className="choice" key={filter}>
              <input
                id={`filter-${filter}`}
                type="checkbox"
                checked={state.filters.includes(filter)}
                onChange={(event) => toggle(filter, event.target.checked)}
              />
              <label htmlFor={`filter-${filter}`}>
                {t(`dashboard.filters.${filter}`, { count: data?.counts[filter] ?? 0 })}
              </label>
            </p>
          ))}
        </fieldset>
        <p>
          <button type="button" onClick={() => void exportCsv()} disabled={exporting || !data}>
            {exporting ? t('dashboard.exporting') : t('dashboard.export')}
          </button>
        </p>
      </form>
      {exportError ? <ErrorNotice error={exportError} /> : null}
      <p role="status" aria-live="polite">
        {data
          ? data.total === 0
            ? t('dashboard.none')
            : t('dashboard.showing', { first, last, total: data.total })
          : ''}
      </p>
      {page.status === 'loading' && !data ? <Loading /> : null}
      {page.status === 'failed' ? <ErrorNotice error={page.error} onRetry={page.reload} /> : null}
      {data && data.rows.length > 0 ? (
        <DashboardTable rows={data.rows} sort={state.sort} dir={state.dir} onSort={sortBy} />
      ) : null}
      {data && data.total > PAGE ? (
        <nav className="pager" aria-label={t('dashboard.pages')}>
          <button
            type="button"
            disabled={state.offset === 0}
            onClick={() => setState((s) => ({ ...s, offset: Math.max(0, s.offset - PAGE) }))}
          >
            {t('dashboard.previous')}
          </button>
          <button
            type="button"
            disabled={last >= data.total}
            onClick={() => setState((s) => ({ ...s, offset: s.offset + PAGE }))}
          >
            {t('dashboard.next')}
          </button>
        </nav>
      ) : null}
    </>
  );
}
