/** The asylum one-year filing deadline (INA 208(a)(2)(B); 8 CFR 1208.4(a)(2)(ii)). */
import type { IsoDate } from './calendar-date';
import { addYears, compareDates, maxDate } from './calendar-date';
import type { DeadlineOptions } from './deadline-settings';
import { resolveOptions } from './deadline-settings';
import { deadlineRule } from './deadline-rules';
import type { Caveat, DeadlineResult } from './deadline-types';
import { t } from './deadline-types';
import { buildResult, caveat, periodEnd, settleDueDate } from './result-builder';

/** The period runs from the last arrival or from this date, whichever is later. */
export const ASYLUM_CLOCK_FLOOR = '1997-04-01';
/** Mendez Rojas settlement: NTAs issued after this date are outside the class. */
export const MENDEZ_ROJAS_NTA_CUTOFF = '2021-01-26';

export interface AsylumDeadlineInput {
  /** The client's LAST arrival in the United States. */
  readonly lastArrival: IsoDate | null;
  readonly arrivalApproximate?: boolean | null;
  readonly dateOfBirth?: IsoDate | null;
  readonly ntaIssued?: IsoDate | null;
  /** The date an I-589 was filed, if the case file records one. */
  readonly i589FiledOn?: IsoDate | null;
}

const c = {
  receipt: caveat(
    'asylum.filedWhenReceived',
    'info',
    t(
      'An application counts as filed on the day the court receives it; there is no mailbox rule.',
      'La solicitud cuenta como presentada el día en que la corte la recibe; no vale la fecha de envío por correo.',
    ),
  ),
  onlyAsylum: caveat(
    'asylum.onlyAsylum',
    'info',
    t(
      'The deadline bars asylum only. Withholding of removal and CAT protection have no filing deadline.',
      'El plazo solo impide el asilo. La suspensión de la remoción (withholding) y la protección bajo la CAT no tienen plazo.',
    ),
  ),
  exceptions: caveat(
    'asylum.exceptions',
    'info',
    t(
      'A late application can still be accepted for changed circumstances that materially affect eligibility, or extraordinary circumstances related to the delay, if filed within a reasonable time after them (INA 208(a)(2)(D); 8 CFR 1208.4(a)(4)-(5)).',
      'Una solicitud tardía aún puede aceptarse por circunstancias cambiantes que afecten materialmente la elegibilidad, o por circunstancias extraordinarias relacionadas con la demora, si se presenta dentro de un plazo razonable después de ellas (INA 208(a)(2)(D); 8 CFR 1208.4(a)(4)-(5)).',
    ),
  ),
  feb29: caveat(
    'asylum.feb29',
    'warning',
    t(
      'The last arrival was on February 29. No source settles which day is the anniversary in a common year; we use February 28, the earlier day.',
      'La última llegada fue un 29 de febrero. Ninguna fuente resuelve cuál es el aniversario en un año no bisiesto; usamos el 28 de febrero, el día anterior.',
    ),
  ),
  approximate: caveat(
    'asylum.arrivalApproximate',
    'warning',
    t(
      'The arrival date is an estimate. Confirm it with documents (I-213, I-94, CBP records) before relying on this deadline.',
      'La fecha de llegada es aproximada. Confírmela con documentos (I-213, I-94, registros de CBP) antes de confiar en este plazo.',
    ),
  ),
  floor: caveat(
    'asylum.floor',
    'info',
    t(
      'The last arrival was before 1997-04-01, so the year runs from 1997-04-01.',
      'La última llegada fue antes del 1997-04-01, así que el año corre desde el 1997-04-01.',
    ),
  ),
  childAtArrival: caveat(
    'asylum.unaccompaniedChild',
    'warning',
    t(
      'The client was under 18 at the last arrival. An unaccompanied child (under 18, no lawful status, no parent or legal guardian in the US available) is exempt from the one-year deadline (INA 208(a)(2)(E)). Ask whether the client was an unaccompanied child when filing; if that status is disputed or was lost, screen the legal-disability exception instead (Matter of M-A-C-O-, 27 I&N Dec. 477 (BIA 2018)).',
      'La persona tenía menos de 18 años en su última llegada. Un menor no acompañado (menor de 18, sin estatus legal, sin padre, madre o tutor legal disponible en EE. UU.) está exento del plazo de un año (INA 208(a)(2)(E)). Pregunte si era menor no acompañado al presentar la solicitud; si ese estatus está en disputa o se perdió, evalúe en su lugar la excepción por incapacidad legal (Matter of M-A-C-O-, 27 I&N Dec. 477 (BIA 2018)).',
    ),
  ),
  askChild: caveat(
    'asylum.askUnaccompaniedChild',
    'info',
    t(
      'Date of birth not recorded: ask whether the client arrived as an unaccompanied child, who is exempt from the deadline (INA 208(a)(2)(E)).',
      'No consta la fecha de nacimiento: pregunte si la persona llegó como menor no acompañado, que está exento del plazo (INA 208(a)(2)(E)).',
    ),
  ),
  mendezRojas: caveat(
    'asylum.mendezRojas',
    'info',
    t(
      'Historical check only: the Mendez Rojas class-membership window closed on 2022-04-22. It matters only if the client already claimed membership before then.',
      'Solo como antecedente: el plazo para reclamar la membresía en el grupo Mendez Rojas cerró el 2022-04-22. Solo importa si la persona ya la reclamó antes de esa fecha.',
    ),
  ),
};

function isUnder18On(dateOfBirth: IsoDate, date: IsoDate): boolean {
  return compareDates(date, addYears(dateOfBirth, 18, 'later')) < 0;
}

export function asylumOneYearDeadline(
  input: AsylumDeadlineInput,
  options: DeadlineOptions,
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('asylum-one-year');
  const inputs = {
    lastArrival: input.lastArrival,
    arrivalApproximate: input.arrivalApproximate ?? null,
    dateOfBirth: input.dateOfBirth ?? null,
    ntaIssued: input.ntaIssued ?? null,
    i589FiledOn: input.i589FiledOn ?? null,
  };
  if (!input.lastArrival) {
    return buildResult(rule, resolved, {
      inputs,
      missing: ['entries.date'],
      caveats: [c.onlyAsylum],
    });
  }
  const start = maxDate(input.lastArrival, ASYLUM_CLOCK_FLOOR)!;
  const end = periodEnd(rule, start, resolved);
  const settled = settleDueDate(rule, end.date, resolved);
  const caveats: Caveat[] = [...settled.caveats, c.receipt];
  if (start !== input.lastArrival) caveats.push(c.floor);
  if (end.clamped) caveats.push(c.feb29);
  if (input.arrivalApproximate) caveats.push(c.approximate);
  if (!input.dateOfBirth) caveats.push(c.askChild);
  else if (isUnder18On(input.dateOfBirth, input.lastArrival)) caveats.push(c.childAtArrival);
  if (!input.ntaIssued || compareDates(input.ntaIssued, MENDEZ_ROJAS_NTA_CUTOFF) <= 0)
    caveats.push(c.mendezRojas);
  if (input.i589FiledOn) {
    const late = compareDates(input.i589FiledOn, settled.dueDate) > 0;
    caveats.push(
      late
        ? caveat(
            'asylum.filedLate',
            'warning',
            t(
              `An I-589 is recorded as filed on ${input.i589FiledOn}, after this deadline: an exception must be shown.`,
              `Consta un I-589 presentado el ${input.i589FiledOn}, después de este plazo: hay que demostrar una excepción.`,
            ),
          )
        : caveat(
            'asylum.filedInTime',
            'info',
            t(
              `An I-589 is recorded as filed on ${input.i589FiledOn}, on or before this deadline. Confirm the court's receipt date.`,
              `Consta un I-589 presentado el ${input.i589FiledOn}, dentro de este plazo. Confirme la fecha de recepción de la corte.`,
            ),
          ),
    );
  }
  caveats.push(c.exceptions, c.onlyAsylum);
  return buildResult(rule, resolved, {
    dueDate: settled.dueDate,
    unrolledDate: end.date,
    safeDate: settled.safeDate,
    inputs,
    caveats,
  });
}
