import type { Custody } from '../domain/case-file-sections';
import { daysBetween, type IsoDate } from './calendar-date';

export interface CustodyDays {
  /** Whole days since the detention began: 0 on the day itself, 1 the next day. */
  readonly days: number;
  readonly since: IsoDate;
}

/**
 * How long the client has been held in this detention, as of `today` (America/Chicago). Null
 * unless the client is detained with a detention date on or before today: the count never comes
 * from a guess (the ICE arrest date may belong to an earlier detention). The case header, the
 * Today view, the staff console and custody clocks count days through here.
 */
export function daysInCustody(
  custody: Pick<Custody, 'status' | 'detentionDate'>,
  today: IsoDate,
): CustodyDays | null {
  const since = custody.detentionDate;
  if (custody.status !== 'detained' || !since) return null;
  const days = daysBetween(since, today);
  return days < 0 ? null : { days, since };
}
