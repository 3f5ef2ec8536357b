/**
 * English wording of case-file values for court filings. Values are shown as entered; only dates,
 * times, money and enum codes are spelled out.
 */
import {
  type DatePrecision,
  approximateDate,
  formatApproximateDate,
} from '../domain/approximate-date';
import type { Address } from '../domain/case-file-sections';
import type {
  CriminalEvent,
  EntryMannerSchema,
  PriorFiling,
  PriorOrder,
} from '../domain/case-file-history';
import type { FamilyMember } from '../domain/case-file-people';
import type { Custody, Hearing } from '../domain/case-file-sections';
import { countryName } from './country-names';
import type { z } from 'zod';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2027-03-02` → `March 2, 2027`; anything else is returned as it is. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${MONTHS[Number(month) - 1] ?? month} ${Number(day)}, ${year}`;
}

/** A date at the precision known: `March 2, 2027`, `March 2027` or `2027`. */
export function approximateLongDate(iso: string, precision?: DatePrecision | null): string {
  const value = approximateDate(iso, precision);
  if (!value || value.precision === 'day') return longDate(iso);
  return formatApproximateDate(value, 'en');
}

/** `08:30` → `8:30 a.m.` (Central time, as entered). */
export function clock(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  const suffix = hours < 12 ? 'a.m.' : 'p.m.';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}:${match[2]} ${suffix}`;
}

export function dollars(amount: number): string {
  return `$${amount.toLocaleString('en-US')}`;
}

export function addressLine(address: Address): string {
  const cityLine = [address.city, [address.state, address.postalCode].filter(Boolean).join(' ')]
    .filter((part) => part && part.trim())
    .join(', ');
  const country = address.country && address.country !== 'US' ? countryName(address.country) : '';
  return [address.line1, address.line2, cityLine, country]
    .filter((part) => part && part.trim())
    .join(', ');
}

/** Whole years between two ISO dates (ages). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

export const hearingTypeLabel: Record<Hearing['type'], string> = {
  master: 'master calendar hearing',
  individual: 'individual (merits) hearing',
  bond: 'bond hearing',
  joseph: 'Joseph hearing',
};

export const entryMannerLabel: Record<z.infer<typeof EntryMannerSchema>, string> = {
  ewi: 'entered without inspection',
  visa: 'admitted with a visa',
  parole: 'paroled',
  lpr: 'admitted as a lawful permanent resident',
  refugee: 'admitted as a refugee',
  cbp_one: 'presented at a port of entry (CBP One appointment)',
  other: 'other manner of entry',
  unknown: 'manner of entry not known',
};

export const filingLabel: Record<PriorFiling['kind'], string> = {
  i589: 'Form I-589 (asylum, withholding, CAT)',
  '212c': 'former INA 212(c) waiver',
  suspension: 'suspension of deportation',
  cancellation: 'cancellation of removal',
  daca: 'DACA request',
  tps: 'Form I-821 (TPS)',
  i130: 'Form I-130 (petition for alien relative)',
  i140: 'Form I-140 (immigrant petition for alien worker)',
  i360: 'Form I-360',
  i918: 'Form I-918',
  i914: 'Form I-914',
  labor_certification: 'labor certification',
  other: 'other application or petition',
};

export const filingStatusLabel: Record<PriorFiling['status'], string> = {
  pending: 'pending',
  approved: 'approved',
  denied: 'denied',
  withdrawn: 'withdrawn',
  unknown: 'status not known',
};

export const priorOrderLabel: Record<PriorOrder['kind'], string> = {
  removal: 'removal order',
  voluntary_departure: 'voluntary departure',
  expedited_removal: 'expedited removal order',
  reinstatement: 'reinstatement of a prior order',
  in_absentia: 'in absentia order',
};

export const dispositionLabel: Record<CriminalEvent['disposition'], string> = {
  pending: 'pending',
  convicted: 'convicted',
  dismissed: 'dismissed',
  acquitted: 'acquitted',
  diverted: 'diverted',
  unknown: 'disposition not known',
};

export const relationLabel: Record<FamilyMember['relation'], string> = {
  spouse: 'spouse',
  child: 'child',
  parent: 'parent',
  grandparent: 'grandparent',
  sibling: 'sibling',
  other: 'relative',
};

export const familyStatusLabel: Record<FamilyMember['status'], string> = {
  usc: 'U.S. citizen',
  lpr: 'lawful permanent resident',
  tps: 'TPS holder',
  daca: 'DACA recipient',
  other: 'other status',
  none: 'no status',
  unknown: 'status not known',
};

export const custodyAuthorityLabel: Record<NonNullable<Custody['authority']>, string> = {
  '236a': 'INA 236(a)',
  '236c': 'INA 236(c)',
  '235b': 'INA 235(b)',
  '241': 'INA 241',
  unknown: 'not known',
};

export const custodyStatusLabel: Record<Custody['status'], string> = {
  detained: 'detained',
  released_bond: 'released on bond',
  released_recognizance: 'released on recognizance',
  released_parole: 'released on parole',
  released_atd: 'released on alternatives to detention',
  never_detained: 'never detained',
  unknown: 'custody status not known',
};
