import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case-file';
import { emptyCaseFile } from '../domain/case-file';
import { syntheticUuid } from '../domain/case-file.fixture';
import { t } from './deadline-types';
import { stopTriggers } from './stop-time';

// Stop-time, INA 240A(d)(1) (DOMAIN.md 2.4, 2.5, 2.16 and 0.4): service of a compliant NTA (one
// document with the hearing time: Pereira, Niz-Chavez) or a 212(a)(2) offense (Barton v. Barr);
// a "TBD" NTA never stops time; VAWA cancellation's clock is not stopped by the NTA.
const blank = emptyCaseFile({
  id: syntheticUuid(900),
  reference: 'MCJ-2026-0900',
  familyName: 'X',
  givenNames: '',
});
type Nta = CaseFile['nta'];
type CriminalEvent = CaseFile['criminalEvents'][number];
const nta = (over: Partial<Nta>): Nta => ({ ...blank.nta, ...over });
const offense = (over: Partial<CriminalEvent>): CriminalEvent => ({
  id: syntheticUuid(901),
  offense: 'Synthetic offense',
  offenseDate: '2015-05-05',
  disposition: 'convicted',
  documentsHeld: false,
  ...over,
});
const facts = (ntaOver: Partial<Nta>, criminalEvents: CriminalEvent[] = []) => ({
  nta: nta(ntaOver),
  criminalEvents,
});
const ids = (caveats: readonly { id: string }[]) => caveats.map((c) => c.id);
const ntaApplies = {
  status: 'applies',
  label: t(
    'service of an NTA with the hearing date and time (confirm it is one complete document: Niz-Chavez)',
    'notificación de un NTA con fecha y hora de la audiencia (confirme que es un solo documento completo: Niz-Chavez)',
  ),
};

describe('stop-time: the NTA', () => {
  it('a "to be determined" NTA never stops time, not even as an alternative', () => {
    const out = stopTriggers(
      facts({ hearingTimeOnNta: 'tbd', dateServed: '2015-01-10', dateIssued: '2015-01-02' }),
      true,
    );
    expect(out).toEqual({
      triggers: [],
      steps: [
        t(
          'The NTA gave the hearing time as "to be determined", so it does not stop time (Pereira; Niz-Chavez). A later hearing notice does not cure this (Niz-Chavez).',
          'El NTA indicaba la hora de la audiencia "por determinar", así que no detiene el tiempo (Pereira; Niz-Chavez). Una notificación de audiencia posterior no lo corrige (Niz-Chavez).',
        ),
      ],
      caveats: [],
    });
  });

  it('an NTA with the hearing time stops time on service, with no caveat', () => {
    expect(
      stopTriggers(
        facts({
          hearingTimeOnNta: 'specified',
          dateServed: '2018-06-01',
          dateIssued: '2018-05-20',
        }),
        true,
      ),
    ).toEqual({ triggers: [{ date: '2018-06-01', ...ntaApplies }], steps: [], caveats: [] });
  });

  it('without a service date uses the issue date, the earliest, and says so', () => {
    const out = stopTriggers(
      facts({ hearingTimeOnNta: 'specified', dateServed: null, dateIssued: '2021-02-01' }),
      true,
    );
    expect(out.triggers).toEqual([{ date: '2021-02-01', ...ntaApplies }]);
    expect(out.caveats).toEqual([
      {
        id: 'clock.ntaServiceDate',
        severity: 'warning',
        text: t(
          "The NTA's service date is not recorded; its issue date, 2021-02-01, is used (the earlier possible date).",
          'No consta la fecha de notificación del NTA; se usa su fecha de emisión, 2021-02-01 (la fecha más temprana posible).',
        ),
      },
    ]);
  });

  it('an NTA with a hearing time and no date at all: not counted, with a warning', () => {
    expect(
      stopTriggers(
        facts({ hearingTimeOnNta: 'specified', dateServed: null, dateIssued: null }),
        true,
      ),
    ).toEqual({
      triggers: [],
      steps: [],
      caveats: [
        {
          id: 'clock.ntaDateMissing',
          severity: 'warning',
          text: t(
            'The NTA lists a hearing time but its service date is not recorded, so it is not counted.',
            'El NTA indica la hora de la audiencia pero no consta la fecha de notificación, así que no se cuenta.',
          ),
        },
      ],
    });
    // Hearing time unknown and no date: nothing to place and nothing to warn of here.
    expect(
      stopTriggers(
        facts({ hearingTimeOnNta: 'unknown', dateServed: null, dateIssued: null }),
        true,
      ),
    ).toEqual({ triggers: [], steps: [], caveats: [] });
  });

  it('an NTA whose hearing time is unknown is an undecided alternative', () => {
    const out = stopTriggers(
      facts({ hearingTimeOnNta: 'unknown', dateServed: '2018-06-01' }),
      true,
    );
    expect(out.triggers).toEqual([
      {
        date: '2018-06-01',
        status: 'possible',
        label: t(
          'if the NTA served then gave the hearing date and time',
          'si el NTA notificado entonces indicaba fecha y hora de la audiencia',
        ),
      },
    ]);
    expect(out.caveats).toEqual([
      {
        id: 'clock.ntaTimeUnknown',
        severity: 'warning',
        text: t(
          'Check the NTA: whether it gave a hearing date and time decides whether its service stopped time.',
          'Revise el NTA: si indicaba fecha y hora de la audiencia determina si su notificación detuvo el tiempo.',
        ),
      },
      {
        id: 'clock.undecidedTrigger',
        severity: 'warning',
        text: t(
          'Some events may stop time but are not decided yet; the alternatives show the clock if they do.',
          'Algunos hechos pueden detener el tiempo pero aún no se han decidido; las alternativas muestran el plazo si lo hacen.',
        ),
      },
    ]);
  });

  it('VAWA: the NTA is not considered, and the step says why', () => {
    expect(
      stopTriggers(facts({ hearingTimeOnNta: 'specified', dateServed: '2018-06-01' }), false),
    ).toEqual({
      triggers: [],
      steps: [
        t(
          'Service of the NTA does not stop this clock (INA 240A(b)(2)(A)(ii)).',
          'La notificación del NTA no detiene este plazo (INA 240A(b)(2)(A)(ii)).',
        ),
      ],
      caveats: [],
    });
  });
});

describe('stop-time: offenses', () => {
  const noNta = { hearingTimeOnNta: 'tbd' as const, dateServed: null, dateIssued: null };
  const offensesOnly = (events: CriminalEvent[]) => {
    const out = stopTriggers(facts(noNta, events), true);
    return { ...out, steps: out.steps.slice(1) };
  };

  it('an offense the attorney marked applies from the day it was committed', () => {
    expect(offensesOnly([offense({ triggersStopTime: true })])).toEqual({
      triggers: [
        {
          date: '2015-05-05',
          status: 'applies',
          label: t(
            'an offense the attorney marked as a stop-time offense (INA 212(a)(2); Barton v. Barr)',
            'un delito que el abogado marcó como causa de interrupción (INA 212(a)(2); Barton v. Barr)',
          ),
        },
      ],
      steps: [],
      caveats: [],
    });
  });

  it('one marked as not stopping time is set aside, and the step says who decided', () => {
    expect(offensesOnly([offense({ triggersStopTime: false })])).toEqual({
      triggers: [],
      steps: [
        t(
          'The offense of 2015-05-05 was marked by the attorney as not stopping time.',
          'El abogado marcó que el delito del 2015-05-05 no detiene el tiempo.',
        ),
      ],
      caveats: [],
    });
  });

  it('a dismissal or an acquittal is not counted; the attorney is asked about admitted elements', () => {
    for (const disposition of ['dismissed', 'acquitted'] as const) {
      expect(offensesOnly([offense({ disposition })]), disposition).toEqual({
        triggers: [],
        steps: [
          t(
            'The offense of 2015-05-05 ended in dismissal or acquittal and is not counted (ask whether the client ever admitted its elements).',
            'El delito del 2015-05-05 terminó en sobreseimiento o absolución y no se cuenta (pregunte si la persona alguna vez admitió sus elementos).',
          ),
        ],
        caveats: [],
      });
    }
  });

  it('an undecided conviction is an alternative from its offense date', () => {
    const out = offensesOnly([offense({})]);
    expect(out.triggers).toEqual([
      {
        date: '2015-05-05',
        status: 'possible',
        label: t(
          'if the offense committed on 2015-05-05 is a stop-time offense (INA 212(a)(2))',
          'si el delito cometido el 2015-05-05 es causa de interrupción (INA 212(a)(2))',
        ),
      },
    ]);
    expect(ids(out.caveats)).toEqual(['clock.undecidedTrigger']);
  });

  it('an offense without a date cannot be placed, and the warning says an offense can stop time', () => {
    expect(offensesOnly([offense({ offenseDate: null, triggersStopTime: true })])).toEqual({
      triggers: [],
      steps: [],
      caveats: [
        {
          id: 'clock.offenseDateMissing',
          severity: 'warning',
          text: t(
            'A criminal event has no offense date, so it cannot be placed on the clock. An offense can stop time from the day it was committed.',
            'Un antecedente penal no tiene fecha del delito, así que no se puede ubicar en el plazo. Un delito puede detener el tiempo desde el día en que se cometió.',
          ),
        },
      ],
    });
  });

  it('warns of undecided events only when there is one, beside decided ones', () => {
    const decided = offensesOnly([offense({ triggersStopTime: true })]);
    expect(decided.caveats).toEqual([]);
    const mixed = offensesOnly([
      offense({ triggersStopTime: true }),
      offense({ offenseDate: '2016-01-01' }),
    ]);
    expect(ids(mixed.caveats)).toEqual(['clock.undecidedTrigger']);
  });
});
