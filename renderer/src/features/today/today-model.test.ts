import type { CaseFile } from '@core/domain/case-file';
import { syntheticCaseFile, syntheticUuid } from '@core/domain/case-file.fixture';
import type { Comment, ManualDeadline } from '@core/domain/case-records';
import { describe, expect, it } from 'vitest';
import { syntheticContact, syntheticCustodyCheck } from '@core/domain/case-logs.fixture';
import { buildToday } from './today-model';

const today = '2026-12-10';

function caseFile(n: number, change: (file: CaseFile) => void): CaseFile {
  const file = syntheticCaseFile();
  file.id = syntheticUuid(100 + n);
  file.reference = `MCJ-2026-00${n}`;
  file.identity.givenNames = ['Ana', 'Canary', 'Rosa'][n - 1]!;
  file.identity.familyName = 'Prueba';
  // An I-589 on file in time: the one-year deadline is met and stays out of these lists.
  file.priorFilings = [
    {
      id: syntheticUuid(200 + n),
      kind: 'i589',
      filedOn: '2013-01-10',
      status: 'pending',
      beneficiary: 'client',
    },
  ];
  file.hearings = [];
  change(file);
  return file;
}

const manual = (file: CaseFile, title: string, date: string): ManualDeadline => ({
  id: syntheticUuid(300 + date.length + title.length),
  caseId: file.id,
  title,
  date,
  kind: 'other',
});

describe('buildToday', () => {
  const ana = caseFile(1, (file) => {
    file.custody = {
      status: 'detained',
      facility: 'Adams County Detention Center',
      detentionDate: '2026-09-11',
    };
    file.hearings = [
      {
        id: syntheticUuid(401),
        type: 'bond',
        format: 'video',
        date: '2026-12-12',
        time: '09:00',
        callIn: 'Webex 123 456 789',
      },
      { id: syntheticUuid(402), type: 'master', format: 'in_person', date: '2026-12-18' },
    ];
  });
  const canary = caseFile(2, (file) => {
    file.custody = { status: 'detained', facility: 'Demo County Jail' };
  });
  const rosa = caseFile(3, (file) => {
    file.custody = { status: 'detained', detentionDate: '2026-11-30' };
  });
  const cases = [ana, canary, rosa];
  const byCase = new Map([
    [ana.id, [manual(ana, 'File the bond packet', '2026-12-04')]],
    [
      canary.id,
      [manual(canary, 'ICE check-in', '2026-12-13'), manual(canary, 'Old', '2026-11-01')],
    ],
    [rosa.id, [manual(rosa, 'Later', '2026-12-25')]],
  ]);
  const comments: Comment[] = [
    {
      id: syntheticUuid(501),
      caseId: rosa.id,
      authorId: syntheticUuid(9),
      body: 'Please add the sponsor letter.',
      createdAt: '2026-12-09T15:00:00.000Z',
    },
    {
      id: syntheticUuid(502),
      caseId: rosa.id,
      authorId: syntheticUuid(8),
      body: 'My own note to the supervisor.',
      createdAt: '2026-12-09T16:00:00.000Z',
    },
  ];
  const view = buildToday({
    cases,
    manual: byCase,
    comments,
    userId: syntheticUuid(8),
    today,
    language: 'en',
  });

  it('lists overdue deadlines, most overdue first, with days overdue', () => {
    const manualOnes = view.overdue.filter((d) =>
      ['Old', 'File the bond packet'].includes(d.deadline.label),
    );
    expect(manualOnes.map((d) => [d.clientName, d.deadline.label, d.deadline.daysLeft])).toEqual([
      ['Canary Prueba', 'Old', -39],
      ['Ana Prueba', 'File the bond packet', -6],
    ]);
    // Computed ones (hearing filing cut-offs, per the deadline rules) sit among them by date.
    const dates = view.overdue.map((d) => d.deadline.date);
    expect(dates).toEqual([...dates].sort());
    expect(view.overdue.every((d) => d.deadline.daysLeft < 0)).toBe(true);
  });

  it('lists the next 7 days with days left, and nothing further', () => {
    expect(view.nextDays.map((d) => [d.deadline.label, d.deadline.daysLeft])).toEqual([
      ['ICE check-in', 3],
    ]);
  });

  it("lists this week's hearings with their format and how to join, soonest first", () => {
    expect(
      view.hearings.map((h) => [
        h.clientName,
        h.hearing.format,
        h.hearing.callIn,
        h.daysLeft,
        h.court,
      ]),
    ).toEqual([['Ana Prueba', 'video', 'Webex 123 456 789', 2, 'Memphis Immigration Court']]);
  });

  it('lists detained clients by days in custody, those without a detention date last', () => {
    expect(view.detained.map((d) => [d.clientName, d.days])).toEqual([
      ['Ana Prueba', 90],
      ['Rosa Prueba', 10],
      ['Canary Prueba', null],
    ]);
  });

  it("shows comments written by others on the attorney's cases, not their own", () => {
    expect(view.comments.map((c) => [c.reference, c.comment.body])).toEqual([
      ['MCJ-2026-003', 'Please add the sponsor letter.'],
    ]);
  });

  it("asks for the judge's filing date for a detained client's coming hearing, once", () => {
    expect(view.datesToEnter.map((d) => [d.clientName, d.missing, d.hearingDate])).toEqual([
      ['Ana Prueba', 'hearings.filingDeadline', '2026-12-18'],
    ]);
  });
});

describe('buildToday and a last day rolled past a closed day', () => {
  // Ordered 2026-12-17: 30 days end Saturday 2027-01-16; Monday 01-18 is Martin Luther King Day.
  const ordered = caseFile(1, (file) => {
    file.custody = { status: 'released_recognizance' };
    file.eoirStatus = {
      status: 'removal_order',
      decisionDate: '2026-12-17',
      decisionWasOral: true,
    };
  });
  const on = (day: string) =>
    buildToday({
      cases: [ordered],
      manual: new Map(),
      comments: [],
      userId: null,
      today: day,
      language: 'en',
    });
  const reconsider = (list: ReturnType<typeof on>['nextDays']) =>
    list.find((d) => d.deadline.label.startsWith('Motion to reconsider'));

  it('is in the next 7 days when its safe date is, though its last day is 11 days off', () => {
    expect(reconsider(on('2027-01-08').nextDays)?.deadline).toMatchObject({
      date: '2027-01-19',
      daysLeft: 11,
      safeDate: '2027-01-15',
      safeDaysLeft: 7,
    });
    expect(reconsider(on('2027-01-07').nextDays)).toBeUndefined();
  });

  it('stays out of overdue until its last day has passed', () => {
    expect(on('2027-01-18').overdue).toEqual([]);
    expect(reconsider(on('2027-01-18').nextDays)?.deadline.daysLeft).toBe(1);
    expect(
      on('2027-01-20').overdue.some((d) => d.deadline.label.startsWith('Motion to reconsider')),
    ).toBe(true);
  });

  it('orders the next days by the day to act by', () => {
    const dates = on('2027-01-08').nextDays.map((d) => d.deadline.safeDate ?? d.deadline.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('buildToday: custody checks and contacts (issue 23)', () => {
  const detained = caseFile(1, (file) => {
    file.custody = { status: 'detained', facility: 'Adams', detentionDate: '2026-11-01' };
    file.hearings = [
      { id: syntheticUuid(901), type: 'master', format: 'video', date: '2026-12-09', time: null },
    ];
  });
  const input = (logs: Parameters<typeof buildToday>[0]['logs']) =>
    buildToday({
      cases: [detained],
      manual: new Map(),
      comments: [],
      userId: null,
      today,
      language: 'en',
      ...(logs ? { logs } : {}),
    });

  it('a court date after the last check puts the case under location checks due', () => {
    const view = input(
      new Map([
        [
          detained.id,
          {
            custodyChecks: [
              syntheticCustodyCheck({ caseId: detained.id, checkedOn: '2026-12-08' }),
            ],
            contacts: [syntheticContact({ caseId: detained.id, date: '2026-12-06' })],
            timeEntries: [],
          },
        ],
      ]),
    );
    expect(view.rechecks).toEqual([
      expect.objectContaining({
        caseId: detained.id,
        recheck: { due: '2026-12-09', reason: 'hearing', daysLeft: -1 },
        transfer: null,
      }),
    ]);
    expect(view.detained[0]).toMatchObject({ lastContactDays: 4 });
  });

  it('a recent transfer shows its open steps even when the location was just checked', () => {
    const transfer = syntheticCustodyCheck({
      caseId: detained.id,
      kind: 'transfer',
      checkedOn: '2026-12-10',
      facility: 'Jena',
    });
    const view = input(
      new Map([[detained.id, { custodyChecks: [transfer], contacts: [], timeEntries: [] }]]),
    );
    expect(view.rechecks).toHaveLength(1);
    expect(view.rechecks[0]).toMatchObject({ recheck: null });
    expect(view.rechecks[0]?.transfer?.steps.filter((s) => !s.done)).toHaveLength(3);
    expect(view.detained[0]).toMatchObject({ lastContactDays: null });
  });

  it('never checked: due from the detention date', () => {
    expect(input(undefined).rechecks[0]?.recheck).toMatchObject({ reason: 'never' });
  });
});
