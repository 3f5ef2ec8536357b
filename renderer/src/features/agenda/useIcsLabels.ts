import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IcsLabels } from './agenda-ics';

/** Calendar wording from the agenda translations, in the current language. */
export function useIcsLabels(): IcsLabels {
  const { t, i18n } = useTranslation(['agenda', 'caseFile']);
  return useMemo(
    () => ({
      language: i18n.language,
      hearing: (type: string) => t('ics.hearing', { type }),
      hearingType: (type: string) => t(`caseFile:options.hearingType.${type}` as never),
      hearingFormat: (format: string) => t(`caseFile:options.hearingFormat.${format}` as never),
      confirmHearing: t('ics.confirmHearing'),
      deadline: (name: string) => t('ics.deadline', { name }),
      manualKind: (kind: string) => t(`manualKind.${kind}` as never),
      caseLine: (reference: string) => t('ics.case', { reference }),
      rule: (name: string, id: string) => t('ics.rule', { name, id }),
      citations: (list: string) => t('ics.citations', { list }),
      lastDay: (date: string) => t('ics.lastDay', { date }),
      safeDate: (date: string) => t('ics.safeDate', { date }),
      attorneyToConfirm: t('ics.attorneyToConfirm'),
      unverified: t('ics.unverified'),
    }),
    [i18n.language, t],
  );
}
