import type { Custody } from '@core/domain/case-file-sections';
import { useTranslation } from 'react-i18next';

/** Custody in a few words: a detained client's facility, otherwise the recorded status. */
export function CustodyText({
  status,
  facility,
}: {
  status: Custody['status'];
  facility: string | null;
}) {
  const { t } = useTranslation(['cases', 'caseFile']);
  if (status === 'detained') {
    return (
      <span className="tag detained">
        {t('detainedAt', { facility: facility ?? t('facilityUnknown') })}
      </span>
    );
  }
  // "unknown" says so: a client whose custody nobody has recorded may be detained.
  return <>{t(`caseFile:options.custodyStatus.${status}`)}</>;
}
