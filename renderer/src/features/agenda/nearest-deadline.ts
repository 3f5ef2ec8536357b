import { pickText } from '../defenses/localized';
import type { Agenda } from './agenda-items';

export interface NearestDeadline {
  readonly date: string;
  readonly label: string;
}

/**
 * The nearest deadline on or after today, computed or entered by hand, with its label in the
 * given language (a rule's name, or the attorney's title). Hearings are not deadlines.
 */
export function nearestDeadline(agenda: Agenda, language: string): NearestDeadline | null {
  for (const item of agenda.items) {
    if (item.kind === 'hearing' || item.urgency === 'overdue' || item.urgency === 'done') continue;
    const label =
      item.kind === 'manual' ? item.deadline.title : pickText(item.result.name, language);
    return { date: item.date, label };
  }
  return null;
}
