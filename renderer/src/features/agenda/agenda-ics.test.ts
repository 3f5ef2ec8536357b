import type { ManualDeadline } from '@core/domain/case-records';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { asylumAnd42bCase, TODAY, uuid } from '../defenses/screening-cases.fixture';
import { agendaEvents, type IcsLabels } from './agenda-ics';
import { buildAgenda } from './agenda-items';
import { buildIcs } from './ics-builder';

const file = asylumAnd42bCase();

function labelsFrom(i18n: I18n): IcsLabels {
  const t = i18n.getFixedT(i18n.language, ['agenda', 'caseFile']) as unknown as (
    key: string,
    options?: Record<string, unknown>,
  ) => string;
  return {
    language: i18n.language,
    hearing: (type) => t('ics.hearing', { type }),
    hearingType: (type) => t(`caseFile:options.hearingType.${type}`),
    hearingFormat: (format) => t(`caseFile:options.hearingFormat.${format}`),
    confirmHearing: t('ics.confirmHearing'),
    deadline: (name) => t('ics.deadline', { name }),
    manualKind: (kind) => t(`manualKind.${kind}`),
    caseLine: (reference) => t('ics.case', { reference }),
    rule: (name, id) => t('ics.rule', { name, id }),
    citations: (list) => t('ics.citations', { list }),
    lastDay: (date) => t('ics.lastDay', { date }),
    safeDate: (date) => t('ics.safeDate', { date }),
    attorneyToConfirm: t('ics.attorneyToConfirm'),
    unverified: t('ics.unverified'),
  };
}

const manual = (n: number, title: string): ManualDeadline => ({
  id: uuid(n),
  caseId: file.id,
  title,
  date: '2026-06-20',
  kind: 'court_order',
  notes: 'Ana Prueba said the judge wants the letter from Canary Testperson.',
});

describe('agenda export', () => {
  let en: IcsLabels;
  let es: IcsLabels;
  beforeAll(async () => {
    const i18n = await createI18n('en');
    en = labelsFrom(i18n);
    await i18n.changeLanguage('es');
    es = labelsFrom(i18n);
  });

  const agenda = buildAgenda(
    [
      {
        file,
        manual: [
          manual(1, 'Brief due per IJ order'),
          manual(2, 'Letter for Ana'),
          manual(3, 'Biometrics A 012-345-678'),
        ],
      },
    ],
    { today: TODAY },
  );

  it('names cases by reference only: no client names, A-numbers or notes', () => {
    const text = buildIcs(agendaEvents(agenda.items, new Map([[file.id, file]]), en), {
      now: new Date('2026-06-01T12:00:00Z'),
      calendarName: 'Amparo agenda',
    });
    const flat = text.replace(/\r\n /g, '');
    for (const forbidden of ['Ana', 'Prueba', 'Canary', 'Testperson', '012345678', '012-345-678'])
      expect(flat).not.toContain(forbidden);
    expect(flat).not.toContain('judge wants');
    expect(flat).toContain('SUMMARY:Brief due per IJ order · MCJ-2026-0042');
    expect(flat).toContain('SUMMARY:Court order · MCJ-2026-0042');
    expect(flat).toContain('Deadline: Asylum application: one-year deadline · MCJ-2026-0042');
    expect(flat).toContain('Possible: attorney to confirm.');
    expect(flat).toContain('Citations: INA 208(a)(2)(B)\\; 8 CFR 1208.4(a)(2)(ii)');
  });

  it('gives every item a stable, unique UID', () => {
    const events = agendaEvents(agenda.items, new Map([[file.id, file]]), en);
    const again = agendaEvents(agenda.items, new Map([[file.id, file]]), en);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('writes in the attorney’s language', () => {
    const events = agendaEvents(agenda.items, new Map([[file.id, file]]), es);
    const hearing = events.find((e) => e.uid.startsWith('hearing-'))!;
    expect(hearing.summary).toBe(
      'Audiencia en la corte de inmigración (Audiencia preliminar (master)) · MCJ-2026-0042',
    );
    expect(hearing.time).toBe('08:30');
  });
});
