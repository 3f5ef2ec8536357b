/** Voluntary departure, pre-hearing filing cut-offs and change-of-address deadlines. */
import type { Hearing } from '../domain/case-file-sections';
import type { IsoDate } from './calendar-date';
import { addDays } from './calendar-date';
import type { DecisionFacts } from './decision-deadlines';
import { receivedCaveat } from './decision-deadlines';
import type { DeadlineOptions } from './deadline-settings';
import { resolveOptions } from './deadline-settings';
import { deadlineRule } from './deadline-rules';
import type { Caveat, DeadlineResult } from './deadline-types';
import { t } from './deadline-types';
import { rollBack, rollForward } from './business-days';
import {
  buildResult,
  caveat,
  closedDaysFor,
  closedReason,
  periodEnd,
  settleDueDate,
} from './result-builder';

const c = {
  vdPenalties: caveat(
    'vd.penalties',
    'critical',
    t(
      'If the client does not leave in time: a civil penalty of $1,000 to $5,000 and a 10-year bar on voluntary departure, cancellation, adjustment, change of status and registry (8 CFR 1240.26). Not posting the bond does not excuse departure; the penalties still apply.',
      'Si la persona no sale a tiempo: multa civil de $1.000 a $5.000 y una prohibición de 10 años para salida voluntaria, cancelación, ajuste, cambio de estatus y registro (8 CFR 1240.26). No pagar la fianza no la exime de salir; las sanciones siguen aplicando.',
    ),
  ),
  vdEnds: caveat(
    'vd.endsOnFiling',
    'critical',
    t(
      'Filing a motion to reopen or reconsider, or a petition for review, during the period ends voluntary departure (8 CFR 1240.26(i)).',
      'Presentar una moción para reabrir o reconsiderar, o una petición de revisión, durante el período pone fin a la salida voluntaria (8 CFR 1240.26(i)).',
    ),
  ),
  vdBond: caveat(
    'vdBond.terms',
    'warning',
    t(
      'Post-conclusion voluntary departure requires a bond of at least $500; before the end of proceedings a bond is due only if the judge ordered one. "5 business days" comes from a secondary source: confirm it in 8 CFR 1240.26(c)(3) and the order.',
      'La salida voluntaria al final del proceso exige una fianza de al menos $500; antes del final, solo si el juez la ordenó. Los "5 días hábiles" vienen de una fuente secundaria: confírmelo en 8 CFR 1240.26(c)(3) y en la orden.',
    ),
  ),
  ijControls: caveat(
    'preHearing.ijOrderControls',
    'info',
    t(
      "The judge's scheduling order controls over these defaults.",
      'La orden del juez sobre plazos prevalece sobre estos valores por defecto.',
    ),
  ),
  master: caveat(
    'preHearing.master',
    'info',
    t(
      'Master calendar: filings are due 15 days before if a ruling is wanted at the hearing; responses are due 10 days after the filing.',
      'Audiencia preliminar: los escritos vencen 15 días antes si se quiere una decisión en la audiencia; las respuestas vencen 10 días después del escrito.',
    ),
  ),
  detainedSetByJudge: caveat(
    'preHearing.detainedSetByJudge',
    'critical',
    t(
      'Detained docket: the immigration judge sets the filing deadlines, and the non-detained 15/30-day defaults do not apply. Ask for the date at the hearing or find it in the scheduling order, and enter it in the hearing record ("Filing deadline set by the judge").',
      'Casos de detenidos: el juez de inmigración fija los plazos de presentación, y los plazos por defecto de 15/30 días para casos no detenidos no aplican. Pida la fecha en la audiencia o búsquela en la orden del juez, y anótela en el registro de la audiencia ("Plazo de presentación fijado por el juez").',
    ),
  ),
  custodyUnknown: caveat(
    'preHearing.custodyUnknown',
    'warning',
    t(
      'Custody is not recorded. These are the non-detained defaults; if the client is detained, the judge sets the filing deadlines instead.',
      'No consta la custodia. Estos son los plazos por defecto para casos no detenidos; si la persona está detenida, los plazos los fija el juez.',
    ),
  ),
  setByJudge: caveat(
    'preHearing.setByJudge',
    'info',
    t(
      "The date the immigration judge set, as entered in the hearing record. Check it against the judge's order.",
      'La fecha que fijó el juez de inmigración, tal como se anotó en el registro de la audiencia. Compruébela con la orden del juez.',
    ),
  ),
  eoir33Days: caveat(
    'eoir33.workingDays',
    'info',
    t(
      '8 CFR 1003.15(d)(2) says within five days; the form\'s instructions say "within five working days". We count 5 calendar days, the earlier reading. Filing an EOIR-33 does not move the case to another court.',
      '8 CFR 1003.15(d)(2) dice dentro de cinco días; las instrucciones del formulario dicen "dentro de cinco días hábiles". Contamos 5 días naturales, la lectura más temprana. Presentar el EOIR-33 no traslada el caso a otra corte.',
    ),
  ),
  separateForms: caveat(
    'address.separateForms',
    'warning',
    t(
      'The court (EOIR-33) and DHS (AR-11) are told separately; filing one does not file the other.',
      'A la corte (EOIR-33) y a DHS (AR-11) se les avisa por separado; presentar uno no presenta el otro.',
    ),
  ),
};

export function voluntaryDepartureDeadline(
  decision: DecisionFacts,
  options: DeadlineOptions,
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('voluntary-departure');
  const days = decision.voluntaryDepartureDays ?? null;
  const inputs = { grantedOn: decision.decisionDate ?? null, voluntaryDepartureDays: days };
  const missing = [
    ...(decision.decisionDate ? [] : ['eoirStatus.decisionDate']),
    ...(days ? [] : ['eoirStatus.voluntaryDepartureDays']),
  ];
  if (!decision.decisionDate || !days)
    return buildResult(rule, resolved, { inputs, missing, caveats: [c.vdPenalties] });
  const unrolled = addDays(decision.decisionDate, days);
  const settled = settleDueDate(rule, unrolled, resolved);
  return buildResult(rule, resolved, {
    dueDate: settled.dueDate,
    unrolledDate: unrolled,
    safeDate: settled.safeDate,
    inputs,
    caveats: [...settled.caveats, c.vdPenalties, c.vdEnds],
  });
}

export function voluntaryDepartureBondDeadline(
  decision: DecisionFacts,
  options: DeadlineOptions,
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('vd-bond');
  const inputs = { grantedOn: decision.decisionDate ?? null };
  if (!decision.decisionDate)
    return buildResult(rule, resolved, {
      inputs,
      missing: ['eoirStatus.decisionDate'],
      caveats: [c.vdBond],
    });
  const end = periodEnd(rule, decision.decisionDate, resolved);
  return buildResult(rule, resolved, {
    dueDate: end.date,
    unrolledDate: end.date,
    inputs,
    caveats: [c.vdBond, c.vdPenalties],
  });
}

export interface PreHearingOptions extends DeadlineOptions {
  /** true on the detained docket, false when known not detained, absent when custody is unknown. */
  readonly detained?: boolean;
}

/** A date the judge set: a weekend or holiday runs to the next business day (Practice Manual 3.1(c)). */
function judgeSetDeadline(
  hearing: Pick<Hearing, 'id' | 'type' | 'date'> & { filingDeadline: IsoDate },
  options: PreHearingOptions,
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('pre-hearing-filing');
  const settled = settleDueDate(rule, hearing.filingDeadline, resolved);
  return buildResult(rule, resolved, {
    subjectId: hearing.id,
    dueDate: settled.dueDate,
    unrolledDate: hearing.filingDeadline,
    safeDate: settled.safeDate,
    inputs: {
      hearingDate: hearing.date,
      hearingType: hearing.type,
      filingDeadline: hearing.filingDeadline,
      detained: options.detained ?? null,
    },
    caveats: [...settled.caveats, c.setByJudge, receivedCaveat],
  });
}

/**
 * The filing cut-off before a hearing. A date the judge set wins. On the detained docket the
 * judge sets the dates, so without one nothing is computed and the attorney is asked for it.
 * Otherwise the default is counted back from the hearing (hearing day = day 0); when that lands on
 * a closed day the Practice Manual moves it to the next business day, the last day, and the
 * business day before is shown beside it as the safe date. Bond and Joseph hearings have no default.
 */
export function preHearingFilingDeadline(
  hearing: Pick<Hearing, 'id' | 'type' | 'date'> & Partial<Pick<Hearing, 'filingDeadline'>>,
  options: PreHearingOptions,
): DeadlineResult | null {
  if (hearing.filingDeadline) {
    return judgeSetDeadline({ ...hearing, filingDeadline: hearing.filingDeadline }, options);
  }
  if (hearing.type !== 'master' && hearing.type !== 'individual') return null;
  const resolved = resolveOptions(options);
  const rule = deadlineRule('pre-hearing-filing');
  if (options.detained) {
    return buildResult(rule, resolved, {
      subjectId: hearing.id,
      inputs: { hearingDate: hearing.date, hearingType: hearing.type, detained: true },
      missing: ['hearings.filingDeadline'],
      caveats: [c.detainedSetByJudge, receivedCaveat],
    });
  }
  const daysBefore = resolved.settings.preHearingDays[hearing.type];
  const unrolled = addDays(hearing.date, -daysBefore);
  const caveats: Caveat[] = [];
  const closed = closedDaysFor(rule, resolved);
  const dueDate = rollForward(unrolled, closed);
  const safeDate = rollBack(unrolled, closed);
  if (dueDate !== unrolled) {
    const why = closedReason(unrolled);
    caveats.push(
      caveat(
        'preHearing.safeDayBefore',
        'warning',
        t(
          `Counting back ${daysBefore} days from the hearing lands on ${unrolled}, ${why.en}. The Practice Manual moves it to the next business day (${dueDate}), the last day; the safe date, and the one to plan for, is the business day before: ${safeDate}.`,
          `Contando ${daysBefore} días hacia atrás desde la audiencia se llega al ${unrolled}, ${why.es}. El Manual de Práctica lo pasa al siguiente día hábil (${dueDate}), el último día; la fecha segura, la que conviene planear, es el día hábil anterior: ${safeDate}.`,
        ),
      ),
    );
  }
  caveats.push(receivedCaveat, c.ijControls);
  if (hearing.type === 'master') caveats.push(c.master);
  if (options.detained === undefined) caveats.push(c.custodyUnknown);
  const inputs = {
    hearingDate: hearing.date,
    hearingType: hearing.type,
    daysBefore,
    detained: options.detained ?? null,
  };
  return buildResult(rule, resolved, {
    subjectId: hearing.id,
    dueDate,
    unrolledDate: unrolled,
    safeDate,
    inputs,
    caveats,
  });
}

/** EOIR-33 to the court and AR-11 to DHS after a move. */
export function addressChangeDeadlines(
  movedOn: IsoDate,
  options: DeadlineOptions,
): DeadlineResult[] {
  const resolved = resolveOptions(options);
  return (['eoir-33', 'ar-11'] as const).map((id) => {
    const rule = deadlineRule(id);
    const end = periodEnd(rule, movedOn, resolved);
    const settled = settleDueDate(rule, end.date, resolved);
    const caveats = [
      ...settled.caveats,
      ...(id === 'eoir-33' ? [c.eoir33Days, receivedCaveat] : []),
      c.separateForms,
    ];
    return buildResult(rule, resolved, {
      dueDate: settled.dueDate,
      unrolledDate: end.date,
      safeDate: settled.safeDate,
      inputs: { movedOn },
      caveats,
    });
  });
}
