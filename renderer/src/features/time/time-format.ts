import type { TFunction } from 'i18next';

/** Minutes as "1 h 05 min" or "42 min". */
export function formatMinutes(minutes: number, t: TFunction<'logs'>): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours > 0
    ? t('time.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') })
    : t('time.minutesOnly', { minutes: rest });
}

/** A running timer's clock face, H:MM:SS. */
export function formatClockFace(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
