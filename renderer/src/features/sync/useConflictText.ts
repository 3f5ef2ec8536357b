import { useTranslation } from 'react-i18next';
import { formatClock, formatDate, formatDateTime } from '../../lib/format';
import { conflictEditor, fieldLabelPath } from './conflict-fields';

/** How a review item names its field, its values, its people and its times. */
export function useConflictText(fieldPath: string | undefined) {
  const { t, i18n } = useTranslation(['sync', 'caseFile']);
  const value = (raw: unknown): string => {
    if (raw === undefined || raw === null || raw === '') return t('review.empty');
    if (typeof raw === 'object') return JSON.stringify(raw);
    const text = String(raw);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, i18n.language, 'long');
    if (/^\d{2}:\d{2}$/.test(text)) return formatClock(text, i18n.language);
    // The field's own option labels, from the case-file form derived from core/.
    const key = conflictEditor('case', fieldPath)?.spec.optionsKey;
    return key ? t(`caseFile:options.${key}.${text}` as never, { defaultValue: text }) : text;
  };
  const labelPath = fieldLabelPath(fieldPath);
  const label = labelPath
    ? t(`caseFile:fields.${labelPath[0]}.${labelPath[1]}` as never, {
        defaultValue: fieldPath ?? '',
      })
    : (fieldPath ?? t('review.kind.other'));
  const when = (iso: string | null | undefined) =>
    iso && !Number.isNaN(Date.parse(iso))
      ? formatDateTime(iso, i18n.language)
      : t('review.unknownTime');
  const who = (name: string | null | undefined) => name ?? t('review.someone');
  return { value, label, when, who };
}
