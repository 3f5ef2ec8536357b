import type { DeviceSummary } from '@core/sync/admin-schemas';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/directory';
import { useResource } from '../../api/useResource';
import { usePageHeading } from '../../app/usePageHeading';
import { ErrorNotice, Loading } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';
import { useConsoleApi } from '../../session/SessionContext';
import { ConsoleSessionsSection } from './ConsoleSessionsSection';
import { laptopStatus } from './device-status';
import { devicesApi } from './devices-api';
import { LeaseDialog } from './LeaseDialog';
import { RevokeLaptopDialog } from './RevokeLaptopDialog';

/** Admins: every laptop per person (last sync, app version, lease), revoke = remote wipe. */
export function DevicesPage() {
  const { t, i18n } = useTranslation();
  const api = useConsoleApi();
  const devices = useMemo(() => devicesApi(api), [api]);
  const heading = usePageHeading(t('devices.title'));
  const laptops = useResource(() => devices.laptops(), [devices]);
  const { nameOf } = useDirectory();
  const personFilterId = useId();
  const [person, setPerson] = useState('');
  const [revoking, setRevoking] = useState<DeviceSummary | null>(null);
  const [revoked, setRevoked] = useState<DeviceSummary | null>(null);
  const [leasing, setLeasing] = useState<DeviceSummary | null>(null);
  const [leased, setLeased] = useState<DeviceSummary | null>(null);
  const locale = i18n.language;
  const never = t('common.never');

  const rows = [...(laptops.data ?? [])]
    .filter((device) => !person || device.userId === person)
    .sort(
      (a, b) =>
        nameOf(a.userId).localeCompare(nameOf(b.userId), locale) ||
        (b.lastSeenAt ?? '').localeCompare(a.lastSeenAt ?? ''),
    );
  const people = [...new Set((laptops.data ?? []).map((device) => device.userId))].sort((a, b) =>
    nameOf(a).localeCompare(nameOf(b), locale),
  );

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('devices.title')}
      </h1>
      <p className="screen-intro">{t('devices.intro')}</p>
      {revoked ? (
        <p className="notice notice-ok" role="status">
          {t('devices.revoked', { device: revoked.name, name: nameOf(revoked.userId) })}
        </p>
      ) : null}
      {leased ? (
        <p className="notice notice-ok" role="status">
          {t('devices.lease.saved', {
            device: leased.name,
            name: nameOf(leased.userId),
            count: leased.leaseDays ?? 0,
          })}
        </p>
      ) : null}
      <section aria-labelledby="laptops-title">
        <h2 id="laptops-title">{t('devices.laptops')}</h2>
        <div className="field inline-field">
          <label htmlFor={personFilterId}>{t('devices.person')}</label>
          <select id={personFilterId} value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{t('devices.everyone')}</option>
            {people.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </select>
        </div>
        {laptops.status === 'loading' ? <Loading /> : null}
        {laptops.status === 'failed' ? (
          <ErrorNotice error={laptops.error} onRetry={laptops.reload} />
        ) : null}
        {laptops.status === 'ready' && rows.length === 0 ? <p>{t('devices.noLaptops')}</p> : null}
        {rows.length > 0 ? (
          <div className="table-scroll" role="region" aria-labelledby="laptops-title" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('devices.person')}</th>
                  <th scope="col">{t('devices.laptop')}</th>
                  <th scope="col">{t('devices.appVersion')}</th>
                  <th scope="col">{t('devices.lastSync')}</th>
                  <th scope="col">{t('devices.leaseExpires')}</th>
                  <th scope="col">{t('devices.status')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((device) => {
                  const status = laptopStatus(device, Date.now());
                  return (
                    <tr key={device.id}>
                      <th scope="row">{nameOf(device.userId)}</th>
                      <td>
                        {device.name}
                        <span className="cell-note">{device.platform}</span>
                      </td>
                      <td>{device.appVersion}</td>
                      <td>{formatWhen(device.lastSeenAt, locale, never)}</td>
                      <td>
                        {formatWhen(device.leaseExpiresAt, locale, never)}
                        {device.leaseDays ? (
                          <span className="cell-note">
                            {t('devices.lease.length', { count: device.leaseDays })}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        <span className={`status status-${status}`}>
                          {t(`devices.statuses.${status}`, {
                            when: formatWhen(device.wipeSentAt ?? device.revokedAt, locale, never),
                          })}
                        </span>
                      </td>
                      <td>
                        {device.revokedAt ? null : (
                          <button
                            type="button"
                            onClick={() => setLeasing(device)}
                            aria-label={t('devices.lease.for', {
                              device: device.name,
                              name: nameOf(device.userId),
                            })}
                          >
                            {t('devices.lease.open')}
                          </button>
                        )}{' '}
                        {device.revokedAt ? null : (
                          <button
                            type="button"
                            className="danger"
                            onClick={() => setRevoking(device)}
                            aria-label={t('devices.revokeFor', {
                              device: device.name,
                              name: nameOf(device.userId),
                            })}
                          >
                            {t('devices.revoke')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <ConsoleSessionsSection nameOf={nameOf} />
      {leasing ? (
        <LeaseDialog
          device={leasing}
          personName={nameOf(leasing.userId)}
          onCancel={() => setLeasing(null)}
          onSave={async (days) => {
            const result = await devices.setLease(leasing.id, days);
            setLeasing(null);
            setLeased(result.device);
            laptops.reload();
          }}
        />
      ) : null}
      {revoking ? (
        <RevokeLaptopDialog
          device={revoking}
          personName={nameOf(revoking.userId)}
          onCancel={() => setRevoking(null)}
          onRevoke={async () => {
            const result = await devices.revoke(revoking.id);
            setRevoking(null);
            setRevoked(result.device);
            laptops.reload();
          }}
        />
      ) : null}
    </>
  );
}
