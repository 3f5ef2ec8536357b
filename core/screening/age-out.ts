/**
 * 42B age-out (Matter of Isidro-Zamorano): a child counts as a qualifying relative only while under
 * 21 and unmarried on the day the judge decides. When the only qualifying relatives are children,
 * warn with the date the last of them turns 21: critical when a set individual hearing falls on or
 * after it, a warning when no hearing is set and the date is near, nothing for a young child.
 */
import { addYears, compareDates, daysBetween, maxDate, minDate } from '../deadlines/calendar-date';
import { AGE_OUT_HORIZON_DAYS } from '../deadlines/cancellation-clocks';
import type { CaseFile } from '../domain/case-file';
import { isDay } from './date-facts';
import type { ScreeningWarning } from './screening-output';

const CITATIONS = ['Matter of Isidro-Zamorano, 25 I&N Dec. 829 (BIA 2012)', 'INA 240A(b)(1)(D)'];

export function ageOutWarning(c: CaseFile, today: string): ScreeningWarning | null {
  const citizenOrResident = (status: string) => status === 'usc' || status === 'lpr';
  const otherQualifier = c.family.some(
    (m) => (m.relation === 'spouse' || m.relation === 'parent') && citizenOrResident(m.status),
  );
  if (otherQualifier) return null;
  const turns21 = c.family
    .filter(
      (m) =>
        m.relation === 'child' &&
        citizenOrResident(m.status) &&
        m.married !== true &&
        isDay(m.dateOfBirth),
    )
    .map((m) => addYears(m.dateOfBirth as string, 21, 'earlier'))
    .filter((date) => compareDates(date, today) > 0);
  const last = maxDate(...turns21);
  if (!last) return null;
  const hearing = minDate(
    ...c.hearings
      .filter((h) => h.type === 'individual' && compareDates(h.date, today) >= 0)
      .map((h) => h.date),
  );
  const base = { id: 'age-out.42b', defenseIds: ['cancellation-42b'], citations: CITATIONS };
  const rule =
    'A child counts for 42B only while under 21 and unmarried on the day the judge decides (Matter of Isidro-Zamorano).';
  const regla =
    'Un hijo o hija cuenta para la 42B solo mientras tenga menos de 21 años y esté soltero el día en que el juez decide (Matter of Isidro-Zamorano).';
  if (hearing && compareDates(last, hearing) <= 0) {
    return {
      ...base,
      severity: 'critical',
      text: {
        en: `The only qualifying relative turns 21 on ${last}, before the individual hearing on ${hearing}: 42B would fail at that hearing. ${rule}`,
        es: `El único familiar que califica cumple 21 años el ${last}, antes de la audiencia individual del ${hearing}: la 42B fracasaría en esa audiencia. ${regla}`,
      },
      verified: true,
      attorneyToConfirm: true,
    };
  }
  if (daysBetween(today, last) > AGE_OUT_HORIZON_DAYS) return null;
  const when = hearing
    ? {
        en: `after the individual hearing on ${hearing}; if the case is continued past that date, 42B fails`,
        es: `después de la audiencia individual del ${hearing}; si el caso se aplaza más allá de esa fecha, la 42B fracasa`,
      }
    : {
        en: 'and no individual hearing is set: if the judge decides after that date, 42B fails',
        es: 'y no hay audiencia individual fijada: si el juez decide después de esa fecha, la 42B fracasa',
      };
  return {
    ...base,
    severity: hearing ? 'info' : 'warning',
    text: {
      en: `The only qualifying relative turns 21 on ${last}, ${when.en}. ${rule}`,
      es: `El único familiar que califica cumple 21 años el ${last}, ${when.es}. ${regla}`,
    },
    verified: true,
    attorneyToConfirm: true,
  };
}
