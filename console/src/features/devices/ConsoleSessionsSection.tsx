import type { StaffSessionSummary } from '@core/sync/console-schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResource } from '../../api/useResource';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi, useSignedInSession } from '../../session/SessionContext';
import { devicesApi } from './devices-api';

/** Console sign-ins of the last week, apart from laptops: they hold nothing to wipe. */
export function ConsoleSessionsSection({ nameOf }: { nameOf: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const api = useConsoleApi();
  const me = useSignedInSession();
  const devices = useMemo(() => devicesApi(api), [api]);
  const sessions = useResource(() => devices.consoleSessions(), [devices]);
  const [ending, setEnding] = useState<StaffSessionSummary | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const locale = i18n.language;
  const never = t('common.never');
  return (
    <section aria-labelledby="console-sessions-title">
      <h2 id="console-sessions-title">{t('devices.consoleSessions')}</h2>
      <p>{t('devices.consoleSessionsIntro')}</p>
      {sessions.status === 'loading' ? <Loading /> : null}
      {sessions.status === 'failed' ? (
        <ErrorNotice error={sessions.error} onRetry={sessions.reload} />
      ) : null}
      {sessions.status === 'ready' ? (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="console-sessions-title"
          tabIndex={0}
        >
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('devices.person')}</th>
                <th scope="col">{t('devices.started')}</th>
                <th scope="col">{t('devices.lastActive')}</th>
                <th scope="col">{t('devices.ends')}</th>
                <th scope="col">{t('devices.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((session) => (
                <tr key={session.id}>
                  <th scope="row">{nameOf(session.userId)}</th>
                  <td>{formatWhen(session.createdAt, locale, never)}</td>
                  <td>{formatWhen(session.lastActiveAt, locale, never)}</td>
                  <td>{formatWhen(session.endedAt ?? session.expiresAt, locale, never)}</td>
                  <td>
                    {session.id === me.id
                      ? t('devices.thisSession')
                      : session.endReason
                        ? t(`devices.ended.${session.endReason}`)
                        : t('devices.sessionActive')}
                  </td>
                  <td>
                    {session.endedAt || session.id === me.id ? null : (
                      <button
                        type="button"
                        onClick={() => setEnding(session)}
                        aria-label={t('devices.endSessionFor', { name: nameOf(session.userId) })}
                      >
                        {t('devices.endSession')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {ending ? (
        <ConfirmDialog
          title={t('devices.endSessionTitle', { name: nameOf(ending.userId) })}
          confirmLabel={t('devices.endSession')}
          danger
          onCancel={() => setEnding(null)}
          onConfirm={() => {
            setFailure(null);
            devices.endConsoleSession(ending.id).then(
              () => {
                setEnding(null);
                sessions.reload();
              },
              (error: unknown) => setFailure(error),
            );
          }}
        >
          <p>{t('devices.endSessionBody')}</p>
          {failure ? <ErrorNotice error={failure} /> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
