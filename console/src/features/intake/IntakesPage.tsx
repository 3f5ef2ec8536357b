import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import type { IntakeListState } from './intake-api';
import { intakeApi } from './intake-api';

const filters: readonly IntakeListState[] = ['pending', 'decided', 'all'];

/** Supervisors: every intake waiting for a decision (or decided), with its warnings. */
export function IntakesPage() {
  const { t, i18n } = useTranslation();
  const api = useConsoleApi();
  const intakes = useMemo(() => intakeApi(api), [api]);
  const heading = usePageHeading(t('intakes.title'));
  const [filter, setFilter] = useState<IntakeListState>('pending');
  const list = useResource(() => intakes.list(filter), [intakes, filter]);
  const { nameOf } = useDirectory();
  const locale = i18n.language;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('intakes.title')}
      </h1>
      <p className="screen-intro">{t('intakes.intro')}</p>
      <div className="button-row">
        <Link className="button primary" to="/intakes/new">
          {t('intakes.newIntake')}
        </Link>
        <Link className="button" to="/intakes/import">
          {t('intakes.importCsv')}
        </Link>
      </div>
      <div className="field inline-field">
        <label htmlFor="intake-filter">{t('intakes.show')}</label>
        <select
          id="intake-filter"
          value={filter}
          onChange={(event) => setFilter(event.target.value as IntakeListState)}
        >
          {filters.map((value) => (
            <option key={value} value={value}>
              {t(`intakes.filter.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'failed' ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && list.data.length === 0 ? (
        <p role="status">{t('intakes.none')}</p>
      ) : null}
      {list.status === 'ready' && list.data.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('intakes.title')} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{t('intakes.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('intakes.columns.reference')}</th>
                <th scope="col">{t('intakes.columns.client')}</th>
                <th scope="col">{t('intakes.columns.source')}</th>
                <th scope="col">{t('intakes.columns.started')}</th>
                <th scope="col">{t('intakes.columns.state')}</th>
                <th scope="col">{t('intakes.columns.check')}</th>
                <th scope="col">{t('intakes.columns.warnings')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((intake) => (
                <tr key={intake.id}>
                  <th scope="row">
                    <Link to={`/intakes/${intake.id}`}>{intake.reference}</Link>
                  </th>
                  <td>{intake.clientName}</td>
                  <td>{t(`intakeSources.${intake.source}`)}</td>
                  <td>
                    {nameOf(intake.startedBy)}
                    <br />
                    <span className="cell-note">{formatWhen(intake.startedAt, locale, '')}</span>
                  </td>
                  <td>{t(`intakeStates.${intake.state}`)}</td>
                  <td>
                    {intake.conflictDecision
                      ? t(`conflictDecisions.${intake.conflictDecision}`)
                      : t('intakes.notChecked')}
                  </td>
                  <td>
                    {intake.duplicateANumber.length
                      ? t('intakes.sameANumber', {
                          references: intake.duplicateANumber.join(', '),
                        })
                      : t('common.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
