import type { DeviceSummary } from '@core/sync/admin-schemas';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';

const MIN_DAYS = 1;
const MAX_DAYS = 365;

interface LeaseDialogProps {
  device: DeviceSummary;
  personName: string;
  onSave: (days: number) => Promise<void>;
  onCancel: () => void;
}

/** How long one laptop may stay offline before it must check in (issue 19 #2). */
export function LeaseDialog({ device, personName, onSave, onCancel }: LeaseDialogProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const [days, setDays] = useState(device.leaseDays ? String(device.leaseDays) : '');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <ConfirmDialog
      title={t('devices.lease.title', { device: device.name, name: personName })}
      confirmLabel={t('devices.lease.confirm')}
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => {
        const value = Number(days.trim());
        if (!/^\d+$/.test(days.trim()) || value < MIN_DAYS || value > MAX_DAYS) {
          setInvalid(true);
          document.getElementById(inputId)?.focus();
          return;
        }
        setInvalid(false);
        setBusy(true);
        setFailure(null);
        onSave(value).catch((error: unknown) => {
          setFailure(error);
          setBusy(false);
        });
      }}
    >
      <p>{t('devices.lease.explain')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('devices.lease.days')}</label>
        <input
          id={inputId}
          inputMode="numeric"
          autoComplete="off"
          value={days}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => setDays(event.target.value)}
        />
        {invalid ? (
          <p id={errorId} className="field-error">
            {t('devices.lease.invalid', { min: MIN_DAYS, max: MAX_DAYS })}
          </p>
        ) : null}
      </div>
      {failure ? <ErrorNotice error={failure} /> : null}
    </ConfirmDialog>
  );
}
