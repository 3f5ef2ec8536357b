import type { DeviceSummary } from '@core/sync/admin-schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatWhen } from '../../components/format';

interface RevokeLaptopDialogProps {
  device: DeviceSummary;
  personName: string;
  onRevoke: () => Promise<void>;
  onCancel: () => void;
}

/** Says what a remote wipe does, and what it costs, before it is done. */
export function RevokeLaptopDialog({
  device,
  personName,
  onRevoke,
  onCancel,
}: RevokeLaptopDialogProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const lastSync = formatWhen(device.lastSeenAt, i18n.language, t('common.never'));
  return (
    <ConfirmDialog
      title={t('devices.confirm.title', { device: device.name, name: personName })}
      confirmLabel={t('devices.confirm.confirm')}
      danger
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => {
        setBusy(true);
        setFailure(null);
        onRevoke().catch((error: unknown) => {
          setFailure(error);
          setBusy(false);
        });
      }}
    >
      <ul className="consequences">
        <li>{t('devices.confirm.signedOut')}</li>
        <li>{t('devices.confirm.wipe')}</li>
        <li>{t('devices.confirm.unsynced', { lastSync })}</li>
        <li>{t('devices.confirm.final')}</li>
        <li>{t('devices.confirm.again', { name: personName })}</li>
      </ul>
      {failure ? <ErrorNotice error={failure} /> : null}
    </ConfirmDialog>
  );
}
