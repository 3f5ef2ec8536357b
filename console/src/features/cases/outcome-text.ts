import type { CaseOutcome } from '@core/cases/case-outcome';
import type { TFunction } from 'i18next';

export type CaseloadOnlyT = TFunction<readonly ['caseload']>;

/** "Released on bond, $3,000", "Relief granted: Asylum", "Withdrawn". */
export function outcomeText(t: CaseloadOnlyT, outcome: CaseOutcome, language: string): string {
  switch (outcome.kind) {
    case 'released':
      return outcome.release === 'bond' && outcome.bondAmount
        ? t('outcome.releasedBond', { amount: outcome.bondAmount.toLocaleString(language) })
        : t('outcome.released', { how: t(`outcome.release.${outcome.release}`) });
    case 'relief_granted':
      return t('outcome.reliefGranted', { type: t(`outcome.relief.${outcome.relief}`) });
    default:
      return t(`outcome.kind.${outcome.kind}`);
  }
}
