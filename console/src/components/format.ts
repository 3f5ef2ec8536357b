import { formatClock, formatDate, formatDateTime } from '../../../renderer/src/lib/format';

export { formatClock, formatDate };

/** A server time stamp in the reader's locale, or the given text when there is none. */
export function formatWhen(iso: string | null | undefined, locale: string, none: string): string {
  return iso ? formatDateTime(iso, locale) : none;
}
