import type { CaseFile } from '@core/domain/case-file';
import { pickText } from '../defenses/localized';
import type { AgendaItem } from './agenda-items';
import { mentionsClient } from './client-identifiers';
import type { IcsEvent } from './ics-builder';

/** Calendar wording, in the attorney's language (built from the agenda translations). */
export interface IcsLabels {
  readonly language: string;
  readonly hearing: (type: string) => string;
  readonly hearingType: (type: string) => string;
  readonly hearingFormat: (format: string) => string;
  readonly confirmHearing: string;
  readonly deadline: (name: string) => string;
  readonly manualKind: (kind: string) => string;
  readonly caseLine: (reference: string) => string;
  readonly rule: (name: string, id: string) => string;
  readonly citations: (list: string) => string;
  readonly lastDay: (date: string) => string;
  readonly safeDate: (date: string) => string;
  readonly attorneyToConfirm: string;
  readonly unverified: string;
}

const UID_DOMAIN = 'amparo.mcj';

function join(...lines: (string | null | false | undefined)[]): string {
  return lines.filter(Boolean).join('\n');
}

function eventFor(item: AgendaItem, labels: IcsLabels): IcsEvent {
  const uid = `${item.key}@${UID_DOMAIN}`;
  const ref = item.caseReference;
  switch (item.kind) {
    case 'hearing':
      return {
        uid,
        date: item.date,
        time: item.hearing.time ?? null,
        summary: `${labels.hearing(labels.hearingType(item.hearing.type))} · ${ref}`,
        description: join(
          labels.caseLine(ref),
          labels.hearingFormat(item.hearing.format),
          labels.confirmHearing,
        ),
      };
    case 'computed': {
      const { result } = item;
      const name = pickText(result.name, labels.language);
      return {
        uid,
        date: item.date,
        summary: `${labels.deadline(name)} · ${ref}`,
        description: join(
          labels.caseLine(ref),
          result.safeDate && labels.lastDay(result.dueDate ?? item.date),
          result.safeDate && labels.safeDate(result.safeDate),
          labels.rule(name, result.ruleId),
          labels.citations(result.citations.join('; ')),
          ...result.caveats.map((c) => `- ${pickText(c.text, labels.language)}`),
          !result.verified && labels.unverified,
          labels.attorneyToConfirm,
        ),
      };
    }
    case 'manual':
      return {
        uid,
        date: item.date,
        summary: `${item.deadline.title} · ${ref}`,
        description: join(labels.caseLine(ref), labels.manualKind(item.deadline.kind)),
      };
  }
}

/**
 * Calendar events for agenda items, naming each case by its reference only. Any text that would
 * name the client or show an A-number (an attorney's deadline title, say) is replaced by a
 * neutral label; notes and call-in details are never exported.
 */
export function agendaEvents(
  items: readonly AgendaItem[],
  files: ReadonlyMap<string, Pick<CaseFile, 'identity'>>,
  labels: IcsLabels,
): IcsEvent[] {
  return items.map((item) => {
    const event = eventFor(item, labels);
    const file = files.get(item.caseId);
    if (!file) return event;
    const neutral =
      item.kind === 'manual'
        ? labels.manualKind(item.deadline.kind)
        : item.kind === 'hearing'
          ? labels.hearing(labels.hearingType(item.hearing.type))
          : labels.deadline(item.result.ruleId);
    return {
      ...event,
      summary: mentionsClient(event.summary, file)
        ? `${neutral} · ${item.caseReference}`
        : event.summary,
      description: mentionsClient(event.description, file)
        ? labels.caseLine(item.caseReference)
        : event.description,
    };
  });
}
