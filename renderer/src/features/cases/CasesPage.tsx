import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatClock, formatDate, todayInChicago } from '../../lib/format';
import { useProgressiveCount } from '../../lib/useProgressiveCount';
import { CaseSearchIndex } from './case-search';
import { CustodyText } from './CustodyText';
import { DeadlineCell } from './DeadlineCell';
import { IntakesSection } from '../intakes/IntakesSection';
import { NewWorkButton } from '../intakes/NewWorkButton';
import { matchesFilters, sortSummaries, type CaseFilter, type CaseSort } from './case-summary';
import { useCaseSummaries } from './useCaseSummaries';

const filters: CaseFilter[] = ['detained', 'hearingSoon', 'deadlineSoon', 'unsynced'];
const sorts: CaseSort[] = ['name', 'nextHearing', 'nearestDeadline', 'reference'];

export function CasesPage() {
  const { t, i18n } = useTranslation(['cases', 'caseFile', 'common']);
  const { summaries, loaded } = useCaseSummaries();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<Set<CaseFilter>>(new Set());
  const [sort, setSort] = useState<CaseSort>('nextHearing');
  const deferredQuery = useDeferredValue(query);
  const index = useMemo(() => new CaseSearchIndex(summaries), [summaries]);
  const today = todayInChicago();

  const visible = useMemo(() => {
    const byId = new Map(summaries.map((s) => [s.id, s]));
    const found = deferredQuery.trim()
      ? index.search(deferredQuery).flatMap((id) => byId.get(id) ?? [])
      : summaries;
    const filtered = found.filter((s) => matchesFilters(s, active, today));
    return deferredQuery.trim() ? filtered : sortSummaries(filtered, sort);
  }, [active, deferredQuery, index, sort, summaries, today]);

  const rendered = useProgressiveCount(visible.length);

  const toggle = (filter: CaseFilter) =>
    setActive((current) => {
      const next = new Set(current);
      if (next.has(filter)) next.delete(filter);
      else next.add(filter);
      return next;
    });

  return (
    <section className="page" aria-labelledby="cases-title">
      <div className="page-heading">
        <h1 id="cases-title">{t('title')}</h1>
        <NewWorkButton />
      </div>
      <IntakesSection />
      <div className="toolbar" role="search">
        <div className="field">
          <label htmlFor="case-search">{t('search.label')}</label>
          <input
            id="case-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('search.placeholder')}
          />
        </div>
        <fieldset className="filters">
          <legend>{t('filters.label')}</legend>
          {filters.map((filter) => (
            <label key={filter}>
              <input type="checkbox" checked={active.has(filter)} onChange={() => toggle(filter)} />{' '}
              {t(`filters.${filter}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="case-sort">{t('sort.label')}</label>
          <select id="case-sort" value={sort} onChange={(e) => setSort(e.target.value as CaseSort)}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="result-count">
        {loaded
          ? t('count', { count: visible.length, total: summaries.length })
          : t('common:status.loading')}
      </p>
      {loaded && summaries.length === 0 ? <p>{t('empty')}</p> : null}
      {visible.length > 0 ? (
        // The table scrolls sideways in its own area, so the page never does (200 % zoom, 320 px).
        <div className="table-scroll" role="region" aria-label={t('tableCaption')} tabIndex={0}>
          <table className="case-table">
            <caption className="visually-hidden">{t('tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.client')}</th>
                <th scope="col">{t('columns.aNumber')}</th>
                <th scope="col">{t('columns.custody')}</th>
                <th scope="col">{t('columns.nextHearing')}</th>
                <th scope="col">{t('columns.deadline')}</th>
                <th scope="col">{t('columns.review')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, rendered).map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/cases/${s.id}`}>{s.clientName || t('unnamed')}</Link>
                    <span className="muted small"> {s.reference}</span>
                    {s.closed ? <span className="tag">{t('closed.tag')}</span> : null}
                    {s.asylumProtected || s.vawaProtected1367 ? (
                      <span className="tag protected">{t('protected')}</span>
                    ) : null}
                  </th>
                  <td className="nowrap">{s.aNumberDisplay || '—'}</td>
                  <td>
                    <CustodyText status={s.custodyStatus} facility={s.facility} />
                  </td>
                  <td>
                    {s.nextHearing
                      ? `${formatDate(s.nextHearing.date, i18n.language)}${s.nextHearing.time ? ` ${formatClock(s.nextHearing.time, i18n.language)}` : ''} · ${t(`caseFile:options.hearingType.${s.nextHearing.type}`)} · ${t(`caseFile:options.hearingFormat.${s.nextHearing.format}`)}`
                      : '—'}
                  </td>
                  <td>
                    <DeadlineCell deadline={s.nearestDeadline} />
                  </td>
                  <td>
                    {s.reviewItems > 0 ? t('reviewItems', { count: s.reviewItems }) : null}
                    {s.unsyncedChanges > 0 ? (
                      <span className="tag unsynced">
                        {t('unsynced', { count: s.unsyncedChanges })}
                      </span>
                    ) : null}
                    {s.reviewItems === 0 && s.unsyncedChanges === 0 ? '—' : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
