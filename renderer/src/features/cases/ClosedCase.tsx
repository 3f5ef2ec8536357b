import type { CaseClosedState, CaseOutcome } from '@core/cases/case-outcome';
import { closingOf } from '@core/cases/case-outcome';
import type { CaseFile } from '@core/domain/case-file';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

type CasesT = TFunction<'cases'>;

/** "Released on bond, $3,000", "Relief granted: Asylum", "Withdrawn" (as the console words it). */
export function outcomeText(t: CasesT, outcome: CaseOutcome, language: string): string {
  switch (outcome.kind) {
    case 'released':
      return outcome.release === 'bond' && outcome.bondAmount
        ? t('closed.outcome.releasedBond', { amount: outcome.bondAmount.toLocaleString(language) })
        : t('closed.outcome.released', { how: t(`closed.outcome.release.${outcome.release}`) });
    case 'relief_granted':
      return t('closed.outcome.reliefGranted', {
        type: t(`closed.outcome.relief.${outcome.relief}`),
      });
    default:
      return t(`closed.outcome.kind.${outcome.kind}`);
  }
}

export function closedText(t: CasesT, closing: CaseClosedState, language: string): string {
  return t('closed.banner', {
    date: formatDateTime(closing.closedAt, language),
    outcome: outcomeText(t, closing.outcome, language),
  });
}

/** A case MCJ closed (received with the case file at a sync): when, and how it ended. */
export function ClosedBanner({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('cases');
  const closing = closingOf(caseFile);
  if (!closing) return null;
  return (
    <div className="banner info" role="note">
      <p>{closedText(t, closing, i18n.language)}</p>
      <p>{t('closed.readOnly')}</p>
    </div>
  );
}
