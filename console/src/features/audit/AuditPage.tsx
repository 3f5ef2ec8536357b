import type { AuditEvent, AuditFilter } from '@core/sync/admin-schemas';
import type { AuditPageResponse } from '@core/sync/console-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { auditApi, saveJsonLines } from './audit-api';
import { AuditFilters } from './AuditFilters';

/** Ids, counts and codes as logged; a person's id also shows their name. */
function detailText(details: AuditEvent['details'], nameOf: (id: string) => string): string {
  return Object.entries(details)
    .map(([key, value]) => {
      const text = Array.isArray(value) ? value.join(', ') : String(value);
      return key === 'userId' && typeof value === 'string'
        ? `${key}: ${nameOf(value)} (${text})`
        : `${key}: ${text}`;
    })
    .join('; ');
}

/** Admins: who did what, when, on which case (references only); export as JSON lines. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const api = useConsoleApi();
  const audit = useMemo(() => auditApi(api), [api]);
  const heading = usePageHeading(t('audit.title'));
  const directory = useDirectory();
  const actions = useResource(() => audit.actions(), [audit]);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [pages, setPages] = useState<AuditPageResponse[]>([]);
  const first = useResource(async () => {
    const page = await audit.page(filter);
    setPages([page]);
    return page;
  }, [audit, filter]);
  const [more, setMore] = useState<{ loading: boolean; error: unknown }>({
    loading: false,
    error: null,
  });
  const [exported, setExported] = useState<{ busy: boolean; count?: number; error?: unknown }>({
    busy: false,
  });

  const events = pages.flatMap((page) => page.events);
  const references = new Map(pages.flatMap((page) => page.cases).map((c) => [c.id, c.reference]));
  const nextBefore = pages[pages.length - 1]?.nextBefore ?? null;

  const loadMore = async () => {
    if (nextBefore === null) return;
    setMore({ loading: true, error: null });
    try {
      const page = await audit.page(filter, nextBefore);
      setPages((current) => [...current, page]);
      setMore({ loading: false, error: null });
    } catch (error) {
      setMore({ loading: false, error });
    }
  };

  const exportLines = async (chosen: AuditFilter) => {
    setExported({ busy: true });
    try {
      const text = await audit.export(chosen);
      const count = text.split('\n').filter(Boolean).length;
      saveJsonLines(text, `amparo-audit-${new Date().toISOString().slice(0, 10)}.jsonl`);
      setExported({ busy: false, count });
    } catch (error) {
      setExported({ busy: false, error });
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('audit.title')}
      </h1>
      <p className="screen-intro">{t('audit.intro')}</p>
      <AuditFilters
        people={directory.users}
        actions={actions.data ?? []}
        onSearch={setFilter}
        onExport={(chosen) => void exportLines(chosen)}
        exporting={exported.busy}
      />
      {exported.count !== undefined ? (
        <p className="notice notice-ok" role="status">
          {t('audit.exported', { count: exported.count })}
        </p>
      ) : null}
      {exported.error ? <ErrorNotice error={exported.error} /> : null}
      {first.status === 'loading' ? <Loading /> : null}
      {first.status === 'failed' ? (
        <ErrorNotice error={first.error} onRetry={first.reload} />
      ) : null}
      {first.status === 'ready' && events.length === 0 ? (
        <p role="status">{t('audit.none')}</p>
      ) : null}
      {events.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={t('audit.results')} tabIndex={0}>
          <table className="data-table audit-table">
            <caption className="visually-hidden">{t('audit.results')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.outcome')}</th>
                <th scope="col">{t('audit.cases')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{formatWhen(event.at, i18n.language, '')}</td>
                  <td>
                    {event.actorId ? directory.nameOf(event.actorId) : t('audit.serverOperator')}
                    {event.sessionId ? (
                      <span className="cell-note">{t('audit.fromConsole')}</span>
                    ) : event.deviceId ? (
                      <span className="cell-note">{t('audit.fromLaptop')}</span>
                    ) : null}
                  </td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>{t(`audit.outcomes.${event.outcome}`)}</td>
                  <td>{event.caseIds.map((id) => references.get(id) ?? id).join(', ')}</td>
                  <td className="audit-details">{detailText(event.details, directory.nameOf)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {nextBefore !== null ? (
        <button type="button" onClick={() => void loadMore()} disabled={more.loading}>
          {t('audit.older')}
        </button>
      ) : null}
      {more.error ? <ErrorNotice error={more.error} /> : null}
    </>
  );
}
