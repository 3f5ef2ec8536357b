import { getDefense } from '@core/catalog/defense-catalog';
import { todayInChicago } from '@core/deadlines/chicago-today';
import type { CsvCell } from '@core/reports/csv-text';
import { csvText } from '@core/reports/csv-text';
import type { ReportsResponse } from '@core/sync/dashboard-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatDate } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { saveCsv } from '../dashboard/dashboard-api';
import { ChartFigure } from './ChartFigure';
import { reportsApi } from './reports-api';

type Table = { head: string[]; rows: CsvCell[][] };

function DataTable({ caption, table }: { caption: string; table: Table }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th scope="row" key={j}>
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const hours = (minutes: number) => (minutes / 60).toFixed(1);
const keysOf = (rows: Record<string, number>[]) => [...new Set(rows.flatMap(Object.keys))].sort();

/** Supervisors: the four reports of issue 18 #6, each chart with its table and its CSV. */
export function ReportsPage() {
  const { t, i18n } = useTranslation('caseload');
  const { t: tf } = useTranslation('caseFile');
  const api = useConsoleApi();
  const reports = useMemo(() => reportsApi(api), [api]);
  const heading = usePageHeading(t('reports.title'));
  const year = todayInChicago().slice(0, 4);
  const [range, setRange] = useState({ from: `${year}-01-01`, to: `${year}-12-31` });
  const [draft, setDraft] = useState(range);
  const data = useResource(() => reports.load(range.from, range.to), [reports, range]);
  const language = i18n.language;
  const local = (text: { en: string; es: string }) =>
    language.startsWith('es') ? text.es : text.en;
  const outcomeName = (key: string) => t(`reports.outcomeGroup.${key}` as never);
  const custodyName = (key: string) => tf(`options.custodyStatus.${key}` as never);
  const reliefName = (id: string) => {
    const defense = getDefense(id);
    return defense ? local(defense.name) : id;
  };
  const save = (name: string, table: Table) =>
    saveCsv(csvText([table.head, ...table.rows]), `amparo-${name}-${range.from}-${range.to}.csv`);

  const tables = (r: ReportsResponse) => {
    const outcomes = keysOf(r.quarters.map((q) => q.closedByOutcome));
    const custody = keysOf(r.quarters.map((q) => q.openedByCustody));
    const relief = keysOf(r.quarters.map((q) => q.reliefSought));
    const list = (counts: Record<string, number>, name: (k: string) => string) =>
      Object.entries(counts)
        .map(([k, n]) => `${name(k)}: ${n}`)
        .join('; ');
    return {
      outcomes,
      custody,
      quarters: {
        head: [
          t('reports.quarters.quarter'),
          t('reports.quarters.opened'),
          t('reports.quarters.byCustody'),
          t('reports.quarters.relief'),
          t('reports.quarters.closed'),
          t('reports.quarters.byOutcome'),
        ],
        rows: r.quarters.map((q) => [
          q.quarter,
          q.opened,
          list(q.openedByCustody, custodyName),
          list(q.reliefSought, reliefName),
          q.closed,
          list(q.closedByOutcome, outcomeName),
        ]),
      },
      relief,
      release: {
        head: [t('reports.release.bucket'), t('reports.release.count')],
        rows: r.releaseDays.buckets.map((b) => [
          t('reports.release.days', { range: b.key }),
          b.count,
        ]),
      },
      volunteers: {
        head: [
          t('reports.proBono.volunteer'),
          t('reports.proBono.firm'),
          t('reports.proBono.hours'),
        ],
        rows: r.proBono.byVolunteer.map((v) => [
          v.name,
          v.firm ?? t('reports.proBono.noFirm'),
          hours(v.minutes),
        ]),
      },
      firms: {
        head: [t('reports.proBono.firm'), t('reports.proBono.hours')],
        rows: r.proBono.byFirm.map((f) => [
          f.firm ?? t('reports.proBono.noFirm'),
          hours(f.minutes),
        ]),
      },
      cases: {
        head: [t('reports.proBono.case'), t('reports.proBono.hours')],
        rows: r.proBono.byCase.map((c) => [c.reference, hours(c.minutes)]),
      },
      hearings: {
        head: [t('reports.hearings.week'), t('reports.hearings.count')],
        rows: r.hearingsPerWeek.map((w) => [w.week, w.count]),
      },
    };
  };
  const r = data.data;
  const tb = r ? tables(r) : null;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('reports.title')}
      </h1>
      <p className="screen-intro">{t('reports.intro')}</p>
      <form
        className="dashboard-tools"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.from && draft.to && draft.from <= draft.to) setRange(draft);
        }}
      >
        <div className="field">
          <label htmlFor="reports-from">{t('reports.from')}</label>
          <input
            id="reports-from"
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="reports-to">{t('reports.to')}</label>
          <input
            id="reports-to"
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <p>
          <button type="submit">{t('reports.update')}</button>
        </p>
      </form>
      {data.status === 'loading' ? <Loading /> : null}
      {data.status === 'failed' ? <ErrorNotice error={data.error} onRetry={data.reload} /> : null}
      {r && tb ? (
        <>
          <section aria-labelledby="report-quarters">
            <h2 id="report-quarters">{t('reports.quarters.title')}</h2>
            <ChartFigure
              title={t('reports.quarters.closedChart')}
              type="bar"
              stacked
              labels={r.quarters.map((q) => q.quarter)}
              series={tb.outcomes.map((k) => ({
                label: outcomeName(k),
                data: r.quarters.map((q) => q.closedByOutcome[k] ?? 0),
              }))}
            >
              <DataTable caption={t('reports.quarters.title')} table={tb.quarters} />
            </ChartFigure>
            <ChartFigure
              title={t('reports.quarters.openedChart')}
              type="bar"
              stacked
              labels={r.quarters.map((q) => q.quarter)}
              series={tb.custody.map((k) => ({
                label: custodyName(k),
                data: r.quarters.map((q) => q.openedByCustody[k] ?? 0),
              }))}
            >
              <p className="cell-note">
                {t('reports.quarters.byCustody')}: {t('reports.quarters.title')}
              </p>
            </ChartFigure>
            <button type="button" onClick={() => save('quarters', tb.quarters)}>
              {t('reports.csv')}: {t('reports.quarters.title')}
            </button>
          </section>
          <section aria-labelledby="report-release">
            <h2 id="report-release">{t('reports.release.title')}</h2>
            {r.releaseDays.count === 0 ? (
              <p>{t('reports.release.none')}</p>
            ) : (
              <>
                <p>
                  {t('reports.release.median', {
                    days: r.releaseDays.median ?? 0,
                    count: r.releaseDays.count,
                  })}
                </p>
                <ChartFigure
                  title={t('reports.release.chart')}
                  type="bar"
                  labels={tb.release.rows.map((row) => String(row[0]))}
                  series={[
                    {
                      label: t('reports.release.count'),
                      data: r.releaseDays.buckets.map((b) => b.count),
                    },
                  ]}
                >
                  <DataTable caption={t('reports.release.title')} table={tb.release} />
                </ChartFigure>
              </>
            )}
            <button type="button" onClick={() => save('release-days', tb.release)}>
              {t('reports.csv')}: {t('reports.release.title')}
            </button>
          </section>
          <section aria-labelledby="report-probono">
            <h2 id="report-probono">{t('reports.proBono.title')}</h2>
            {r.proBono.totalMinutes === 0 ? (
              <p>{t('reports.proBono.none')}</p>
            ) : (
              <>
                <p>{t('reports.proBono.total', { hours: hours(r.proBono.totalMinutes) })}</p>
                <DataTable caption={t('reports.proBono.byVolunteer')} table={tb.volunteers} />
                <DataTable caption={t('reports.proBono.byFirm')} table={tb.firms} />
                <DataTable caption={t('reports.proBono.byCase')} table={tb.cases} />
              </>
            )}
            <button type="button" onClick={() => save('pro-bono', tb.volunteers)}>
              {t('reports.csv')}: {t('reports.proBono.title')}
            </button>
          </section>
          <section aria-labelledby="report-hearings">
            <h2 id="report-hearings">{t('reports.hearings.title')}</h2>
            <ChartFigure
              title={t('reports.hearings.chart')}
              type="line"
              labels={r.hearingsPerWeek.map((w) => formatDate(w.week, language))}
              series={[
                { label: t('reports.hearings.count'), data: r.hearingsPerWeek.map((w) => w.count) },
              ]}
            >
              <DataTable caption={t('reports.hearings.title')} table={tb.hearings} />
            </ChartFigure>
            <button type="button" onClick={() => save('hearings-per-week', tb.hearings)}>
              {t('reports.csv')}: {t('reports.hearings.title')}
            </button>
          </section>
        </>
      ) : null}
    </>
  );
}
