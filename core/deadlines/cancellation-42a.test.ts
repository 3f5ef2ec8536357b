import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import { emptyCaseFile } from '../domain/case-file';
import { syntheticUuid } from '../domain/case-file.fixture';
import {
  CANCELLATION_42A_LPR,
  CANCELLATION_42A_RESIDENCE,
  cancellation42aClocks,
} from './cancellation-42a';
import { caveatMismatches } from './caveats.test-support';

const today = '2026-11-27';
const base = emptyCaseFile({
  id: syntheticUuid(700),
  reference: 'MCJ-2026-0700',
  familyName: 'Prueba',
  givenNames: 'Ana',
});
const lpr = (over: Partial<CaseFile> = {}): CaseFile => ({
  ...base,
  immigrationStatus: { current: 'lpr', lprSince: '2016-05-01' },
  entries: [
    {
      id: syntheticUuid(701),
      date: '2012-01-10',
      manner: 'visa',
      visaType: 'B-2',
      borderEvents: [],
    },
  ],
  ...over,
});

describe('42A clocks', () => {
  it('counts 7 years from the first admission to stop-time and 5 years from LPR status', () => {
    const nta = { ...base.nta, hearingTimeOnNta: 'specified' as const, dateServed: '2019-02-01' };
    const [residence, lprYears] = cancellation42aClocks(lpr({ nta }), { today });
    expect(residence?.subjectId).toBe(CANCELLATION_42A_RESIDENCE);
    expect(residence?.clock).toMatchObject({
      startDate: '2012-01-10',
      satisfiedOn: '2019-01-10',
      stopDate: '2019-02-01',
      state: 'satisfied',
    });
    expect(residence?.caveats.map((c) => c.id)).toContain('clock.borderlineStop');
    expect(lprYears?.subjectId).toBe(CANCELLATION_42A_LPR);
    expect(lprYears?.clock).toMatchObject({
      startDate: '2016-05-01',
      satisfiedOn: '2021-05-01',
      stopDate: null,
      state: 'satisfied',
    });
  });

  it('does not treat entry without inspection or parole as an admission', () => {
    const entries = [
      { id: syntheticUuid(702), date: '2005-01-01', manner: 'ewi' as const, borderEvents: [] },
      { id: syntheticUuid(703), date: '2008-01-01', manner: 'parole' as const, borderEvents: [] },
    ];
    const [residence] = cancellation42aClocks(lpr({ entries }), { today });
    expect(residence?.clock?.startDate).toBe('2016-05-01');
    expect(residence?.caveats.map((c) => c.id)).toContain('42a.adjustmentAsAdmission');
  });

  it('asks for the facts it lacks', () => {
    const [residence, lprYears] = cancellation42aClocks(
      { ...base, immigrationStatus: { current: 'lpr' } },
      { today },
    );
    expect(residence?.missing).toEqual(['entries.manner', 'immigrationStatus.lprSince']);
    expect(lprYears?.missing).toEqual(['immigrationStatus.lprSince']);
  });
});

describe('42A clocks, exactly (issue 25: mutation testing)', () => {
  // A 243-day trip: it would break physical presence (over 180 days), but 42A counts residence
  // and years as an LPR, not presence (DOMAIN.md 2.4).
  const longTrip = {
    id: syntheticUuid(710),
    leftOn: '2014-01-01',
    returnedOn: '2014-09-01',
    underOrder: false,
  };
  const steps = (result: { clock: { steps: readonly { en: string }[] } | null } | undefined) =>
    result?.clock?.steps.map((step) => step.en);
  const noStop =
    'Nothing recorded stops time, so it keeps accruing until a final decision (a removal order itself does not stop time: Matter of Chen, 28 I&N Dec. 676 (BIA 2023)).';

  it('ignores absences, and explains each clock step by step', () => {
    const [residence, lprYears] = cancellation42aClocks(lpr({ departures: [longTrip] }), { today });
    expect(steps(residence)).toEqual([
      'Start: first admission, 2012-01-10.',
      noStop,
      'The 7 years before 2026-11-27 are unbroken (presence counted from 2012-01-10); the requirement has been met without a gap since 2019-01-10.',
      'Days since the count started, as of 2026-11-27: 5435 (short absences included).',
    ]);
    expect(residence?.clock?.steps[0]?.es).toBe('Inicio: primera admisión, 2012-01-10.');
    expect(steps(lprYears)).toEqual([
      'Start: grant of LPR status (conditional residence counts), 2016-05-01.',
      'Stop-time does not apply to the 5 years as an LPR; they count until a final decision.',
      noStop,
      'The 5 years before 2026-11-27 are unbroken (presence counted from 2016-05-01); the requirement has been met without a gap since 2021-05-01.',
      'Days since the count started, as of 2026-11-27: 3862 (short absences included).',
    ]);
    expect(lprYears?.clock?.steps.slice(0, 2).map((step) => step.es)).toEqual([
      'Inicio: concesión de la residencia (cuenta la residencia condicional), 2016-05-01.',
      'La regla de interrupción no se aplica a los 5 años como residente; cuentan hasta una decisión final.',
    ]);
  });

  it('gives its caveats only where they apply, each with its legal content in both languages', () => {
    const [residence, lprYears] = cancellation42aClocks(lpr(), { today });
    expect(residence?.caveats.map((c) => c.id)).toEqual(['42a.residenceAbsences']);
    expect(lprYears?.caveats).toEqual([]);
    const parole = [
      { id: syntheticUuid(711), date: '2008-01-01', manner: 'parole' as const, borderEvents: [] },
    ];
    const [adjusted] = cancellation42aClocks(lpr({ entries: parole }), { today });
    expect(adjusted?.clock?.steps[0]).toEqual({
      en: 'Start: grant of LPR status, 2016-05-01.',
      es: 'Inicio: concesión de la residencia permanente, 2016-05-01.',
    });
    expect(
      caveatMismatches(
        [adjusted!],
        {
          '42a.residenceAbsences': {
            severity: 'info',
            en: ['90/180-day', 'physical presence, not residence', 'aggravated felonies', '212(c)'],
            es: [
              '90/180 días',
              'presencia física, no para la residencia',
              'delitos graves agravados',
              '212(c)',
            ],
          },
          '42a.adjustmentAsAdmission': {
            severity: 'warning',
            en: ['No admission is recorded', '(2016-05-01)', 'adjustment counts as an admission'],
            es: ['No consta ninguna admisión', '(2016-05-01)', 'el ajuste cuenta como admisión'],
          },
        },
        ['deadline.', 'rule.', 'clock.'],
      ),
    ).toEqual([]);
  });

  it('echoes its inputs, and every result is a clock', () => {
    const nta = { ...base.nta, hearingTimeOnNta: 'specified' as const, dateServed: '2019-02-01' };
    const results = cancellation42aClocks(lpr({ nta }), { today, asOf: '2026-06-30' });
    for (const result of results) {
      expect(result.kind).toBe('clock');
      expect(result.inputs).toEqual({
        firstAdmission: '2012-01-10',
        lprSince: '2016-05-01',
        asOf: '2026-06-30',
        ntaServed: '2019-02-01',
        ntaHearingTime: 'specified',
      });
    }
    const missing = cancellation42aClocks(
      { ...base, immigrationStatus: { current: 'lpr' } },
      { today },
    );
    expect(missing.map((r) => [r.kind, r.clock])).toEqual([
      ['clock', null],
      ['clock', null],
    ]);
  });
});
