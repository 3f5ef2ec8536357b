/** Stop-time (INA 240A(d)(1)): which recorded events end the cancellation clocks, and which might. */
import type { CaseFile } from '../domain/case-file';
import type { Caveat, LocalizedText } from './deadline-types';
import { t } from './deadline-types';
import type { StopTrigger } from './presence-clock';
import { caveat } from './result-builder';

type StopTimeFacts = Pick<CaseFile, 'nta' | 'criminalEvents'>;

export interface Triggers {
  readonly triggers: StopTrigger[];
  readonly steps: LocalizedText[];
  readonly caveats: Caveat[];
}

function ntaTrigger(nta: StopTimeFacts['nta'], out: Triggers): void {
  const date = nta.dateServed ?? nta.dateIssued ?? null;
  if (nta.hearingTimeOnNta === 'tbd') {
    out.steps.push(
      t(
        'The NTA gave the hearing time as "to be determined", so it does not stop time (Pereira; Niz-Chavez). A later hearing notice does not cure this (Niz-Chavez).',
        'El NTA indicaba la hora de la audiencia "por determinar", así que no detiene el tiempo (Pereira; Niz-Chavez). Una notificación de audiencia posterior no lo corrige (Niz-Chavez).',
      ),
    );
    return;
  }
  if (!date) {
    if (nta.hearingTimeOnNta === 'specified') {
      out.caveats.push(
        caveat(
          'clock.ntaDateMissing',
          'warning',
          t(
            'The NTA lists a hearing time but its service date is not recorded, so it is not counted.',
            'El NTA indica la hora de la audiencia pero no consta la fecha de notificación, así que no se cuenta.',
          ),
        ),
      );
    }
    return;
  }
  if (!nta.dateServed) {
    out.caveats.push(
      caveat(
        'clock.ntaServiceDate',
        'warning',
        t(
          `The NTA's service date is not recorded; its issue date, ${date}, is used (the earlier possible date).`,
          `No consta la fecha de notificación del NTA; se usa su fecha de emisión, ${date} (la fecha más temprana posible).`,
        ),
      ),
    );
  }
  if (nta.hearingTimeOnNta === 'specified') {
    out.triggers.push({
      date,
      status: 'applies',
      label: t(
        'service of an NTA with the hearing date and time (confirm it is one complete document: Niz-Chavez)',
        'notificación de un NTA con fecha y hora de la audiencia (confirme que es un solo documento completo: Niz-Chavez)',
      ),
    });
  } else {
    out.triggers.push({
      date,
      status: 'possible',
      label: t(
        'if the NTA served then gave the hearing date and time',
        'si el NTA notificado entonces indicaba fecha y hora de la audiencia',
      ),
    });
    out.caveats.push(
      caveat(
        'clock.ntaTimeUnknown',
        'warning',
        t(
          'Check the NTA: whether it gave a hearing date and time decides whether its service stopped time.',
          'Revise el NTA: si indicaba fecha y hora de la audiencia determina si su notificación detuvo el tiempo.',
        ),
      ),
    );
  }
}

function offenseTriggers(events: StopTimeFacts['criminalEvents'], out: Triggers): void {
  for (const event of events) {
    if (!event.offenseDate) {
      out.caveats.push(
        caveat(
          'clock.offenseDateMissing',
          'warning',
          t(
            'A criminal event has no offense date, so it cannot be placed on the clock. An offense can stop time from the day it was committed.',
            'Un antecedente penal no tiene fecha del delito, así que no se puede ubicar en el plazo. Un delito puede detener el tiempo desde el día en que se cometió.',
          ),
        ),
      );
      continue;
    }
    const date = event.offenseDate;
    if (event.triggersStopTime === true) {
      out.triggers.push({
        date,
        status: 'applies',
        label: t(
          'an offense the attorney marked as a stop-time offense (INA 212(a)(2); Barton v. Barr)',
          'un delito que el abogado marcó como causa de interrupción (INA 212(a)(2); Barton v. Barr)',
        ),
      });
    } else if (event.triggersStopTime === false) {
      out.steps.push(
        t(
          `The offense of ${date} was marked by the attorney as not stopping time.`,
          `El abogado marcó que el delito del ${date} no detiene el tiempo.`,
        ),
      );
    } else if (event.disposition === 'dismissed' || event.disposition === 'acquitted') {
      out.steps.push(
        t(
          `The offense of ${date} ended in dismissal or acquittal and is not counted (ask whether the client ever admitted its elements).`,
          `El delito del ${date} terminó en sobreseimiento o absolución y no se cuenta (pregunte si la persona alguna vez admitió sus elementos).`,
        ),
      );
    } else {
      out.triggers.push({
        date,
        status: 'possible',
        label: t(
          `if the offense committed on ${date} is a stop-time offense (INA 212(a)(2))`,
          `si el delito cometido el ${date} es causa de interrupción (INA 212(a)(2))`,
        ),
      });
    }
  }
}

export function stopTriggers(facts: StopTimeFacts, includeNta: boolean): Triggers {
  const out: Triggers = { triggers: [], steps: [], caveats: [] };
  if (includeNta) ntaTrigger(facts.nta, out);
  else
    out.steps.push(
      t(
        'Service of the NTA does not stop this clock (INA 240A(b)(2)(A)(ii)).',
        'La notificación del NTA no detiene este plazo (INA 240A(b)(2)(A)(ii)).',
      ),
    );
  offenseTriggers(facts.criminalEvents, out);
  if (out.triggers.some((trigger) => trigger.status === 'possible')) {
    out.caveats.push(
      caveat(
        'clock.undecidedTrigger',
        'warning',
        t(
          'Some events may stop time but are not decided yet; the alternatives show the clock if they do.',
          'Algunos hechos pueden detener el tiempo pero aún no se han decidido; las alternativas muestran el plazo si lo hacen.',
        ),
      ),
    );
  }
  return out;
}
