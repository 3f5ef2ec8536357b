import { todayInChicago } from '@core/deadlines/chicago-today';
import type { TFunction } from 'i18next';
import { formatDate } from '../../components/format';

/**
 * How the console names a draft wherever it lists one: its kind as the laptop names it, the
 * case's reference and the day (America/Chicago, MCJ's courts) it was marked ready or exported.
 * "Bond motion · case MCJ-2026-0042 · Dec 6, 2026"; never a raw kind id or file name.
 */
export function draftLabel(
  t: TFunction<'review'>,
  draft: { kind: string; reference: string; at: string },
  language: string,
): string {
  return t('draftLabel', {
    kind: t(`drafts:kinds.${draft.kind}.title` as never, {
      defaultValue: t('draftUnknown'),
    }),
    reference: draft.reference,
    date: formatDate(todayInChicago(new Date(draft.at)), language),
  });
}
