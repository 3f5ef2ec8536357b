/** Synthetic cases shared by the defenses and agenda tests. Every name and number is invented. */
import { emptyCaseFile, type CaseFile } from '@core/domain/case-file';
import type { InterviewAnswers } from '@core/screening';

export const TODAY = '2026-06-01';

export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/**
 * First entry in 2013, a short trip and a return less than a year ago, a US-citizen son of 10:
 * asylum (with fear from an interview) and 42B cancellation are both possible.
 */
export function asylumAnd42bCase(): CaseFile {
  const file = emptyCaseFile({
    id: uuid(100),
    reference: 'MCJ-2026-0042',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
  return {
    ...file,
    identity: { ...file.identity, aNumber: '012345678', aliases: ['Canary Testperson'] },
    immigrationStatus: { current: 'none' },
    entries: [
      { id: uuid(101), date: '2013-05-02', manner: 'ewi', borderEvents: [] },
      { id: uuid(102), date: '2026-03-10', manner: 'ewi', borderEvents: [] },
    ],
    departures: [
      { id: uuid(103), leftOn: '2026-02-20', returnedOn: '2026-03-10', underOrder: false },
    ],
    family: [
      {
        id: uuid(104),
        relation: 'child',
        name: 'Luis Prueba',
        dateOfBirth: '2015-08-20',
        married: false,
        status: 'usc',
      },
    ],
    hearings: [
      { id: uuid(105), type: 'master', format: 'video', date: '2026-06-23', time: '08:30' },
      { id: uuid(106), type: 'master', format: 'in_person', date: '2026-04-01', time: null },
    ],
  };
}

export const fearAnswers: InterviewAnswers = { 'intake.fear_of_return': { value: true } };
