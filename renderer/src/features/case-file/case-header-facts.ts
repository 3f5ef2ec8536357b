import { daysInCustody, type CustodyDays } from '@core/deadlines/custody-days';
import type { CaseFile } from '@core/domain/case-file';
import type { Custody, Hearing } from '@core/domain/case-file-sections';
import { nextHearing } from '../cases/case-summary';

export type ReleaseStatus = Extract<
  Custody['status'],
  'released_bond' | 'released_parole' | 'released_recognizance' | 'released_atd'
>;

export type BondFacts =
  | {
      /** Detained: the release strategy, amounts and the next bond or Joseph hearing. */
      readonly kind: 'detained';
      readonly path: Custody['bondPath'] | null;
      readonly iceBondAmount: number | null;
      readonly ijBondAmount: number | null;
      readonly bondHearing: Hearing | null;
    }
  | { readonly kind: 'released'; readonly status: ReleaseStatus; readonly date: string | null };

export interface CaseHeaderFacts {
  readonly status: Custody['status'];
  readonly facility: string | null;
  /** Detained: days in custody, or null when no detention date is entered. */
  readonly custodyDays: CustodyDays | null;
  readonly nextHearing: Hearing | null;
  /** Null when the client was never detained or custody is not known. */
  readonly bond: BondFacts | null;
}

const releaseStatuses: readonly string[] = [
  'released_bond',
  'released_parole',
  'released_recognizance',
  'released_atd',
];

/** What every case tab shows under the client's name: custody, hearing, bond or parole. */
export function caseHeaderFacts(file: CaseFile, today: string): CaseHeaderFacts {
  const { custody } = file;
  const upcoming = file.hearings.filter((h) => h.date >= today);
  let bond: BondFacts | null = null;
  if (custody.status === 'detained') {
    bond = {
      kind: 'detained',
      path: custody.bondPath ?? null,
      iceBondAmount: custody.iceBondAmount ?? null,
      ijBondAmount: custody.ijBondAmount ?? null,
      bondHearing: nextHearing(
        upcoming.filter((h) => h.type === 'bond' || h.type === 'joseph'),
        today,
      ),
    };
  } else if (releaseStatuses.includes(custody.status)) {
    bond = {
      kind: 'released',
      status: custody.status as ReleaseStatus,
      date: custody.releaseDate ?? null,
    };
  }
  return {
    status: custody.status,
    facility: custody.facility ?? null,
    custodyDays: daysInCustody(custody, today),
    nextHearing: nextHearing(file.hearings, today),
    bond,
  };
}
