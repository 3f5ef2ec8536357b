/** Deadlines that run from an immigration judge's decision: appeals and motions. */
import type { EoirStatus } from '../domain/case-file-people';
import type { IsoDate } from './calendar-date';
import type { DeadlineOptions, ResolvedOptions } from './deadline-settings';
import { resolveOptions } from './deadline-settings';
import { deadlineRule } from './deadline-rules';
import type { Caveat, DeadlineResult, DeadlineRule } from './deadline-types';
import { t } from './deadline-types';
import { buildResult, caveat, periodEnd, settleDueDate } from './result-builder';

export type DecisionFacts = Pick<
  EoirStatus,
  'status' | 'decisionDate' | 'decisionWasOral' | 'decisionServedOn' | 'voluntaryDepartureDays'
>;

export const receivedCaveat = caveat(
  'filing.receivedNotMailed',
  'info',
  t(
    'A filing counts on the day it is received, not the day it is mailed.',
    'Un escrito cuenta el día en que se recibe, no el día en que se envía por correo.',
  ),
);

export const motionCaveats = {
  endsVd: caveat(
    'motion.endsVoluntaryDeparture',
    'critical',
    t(
      'Filing a motion to reopen or reconsider during a voluntary-departure period ends voluntary departure.',
      'Presentar una moción para reabrir o reconsiderar durante el período de salida voluntaria pone fin a la salida voluntaria.',
    ),
  ),
  oneMotion: caveat(
    'motion.numberLimit',
    'info',
    t(
      'Only one motion of each kind is generally allowed.',
      'Por lo general solo se permite una moción de cada tipo.',
    ),
  ),
  mtrExceptions: caveat(
    'mtr.exceptions',
    'info',
    t(
      'Exceptions to the 90 days: asylum based on changed country conditions (no time limit); VAWA motions, 1 year (INA 240(c)(7)(C)(iv)); equitable tolling in the Fifth Circuit with diligence and an extraordinary circumstance (Lugo-Resendez v. Lynch, 831 F.3d 337 (5th Cir. 2016)); people already removed may still file a statutory motion (Garcia-Carias). A pending motion to reconsider does not extend this period (Sarmiento v. Holder, 7th Cir. 2012, persuasive only).',
      'Excepciones a los 90 días: asilo por cambio de condiciones en el país (sin plazo); mociones VAWA, 1 año (INA 240(c)(7)(C)(iv)); suspensión equitativa del plazo en el Quinto Circuito con diligencia y una circunstancia extraordinaria (Lugo-Resendez v. Lynch, 831 F.3d 337 (5th Cir. 2016)); quienes ya fueron deportados aún pueden presentar la moción legal (Garcia-Carias). Una moción de reconsideración pendiente no extiende este plazo (Sarmiento v. Holder, 7.º Cir. 2012, solo persuasivo).',
    ),
  ),
};

const c = {
  ...motionCaveats,
  inAbsentia: caveat(
    'biaAppeal.inAbsentia',
    'critical',
    t(
      'An in-absentia removal order cannot be appealed to the BIA. The route is a motion to reopen before the immigration judge (8 CFR 1240.15; Immigration Court Practice Manual 5.9).',
      'Una orden de deportación en ausencia no se puede apelar ante la BIA. La vía es una moción para reabrir ante el juez de inmigración (8 CFR 1240.15; Manual de Práctica de las Cortes de Inmigración 5.9).',
    ),
  ),
  oral: caveat(
    'biaAppeal.oralDecision',
    'info',
    t(
      'For an oral decision the period runs from the day it was pronounced, even if a written summary is mailed later (Matter of Iskandarani).',
      'Para una decisión oral el plazo corre desde el día en que se dictó, aunque después se envíe un resumen escrito (Matter of Iskandarani).',
    ),
  ),
  servedUnknown: caveat(
    'biaAppeal.serviceDateUnknown',
    'warning',
    t(
      'Written decision: the period runs from mailing or electronic service, which is not recorded. The decision date is used, the earliest possible start.',
      'Decisión escrita: el plazo corre desde el envío por correo o la notificación electrónica, que no consta. Se usa la fecha de la decisión, el inicio más temprano posible.',
    ),
  ),
  formUnknown: caveat(
    'biaAppeal.formUnknown',
    'warning',
    t(
      'It is not recorded whether the decision was oral or written. The decision date is used, the earliest possible start.',
      'No consta si la decisión fue oral o escrita. Se usa la fecha de la decisión, el inicio más temprano posible.',
    ),
  ),
  briefing: caveat(
    'biaAppeal.briefing',
    'info',
    t(
      'Since 2026-03-09 the BIA sets one 20-day simultaneous briefing schedule, extended only for exceptional circumstances.',
      'Desde el 2026-03-09 la BIA fija un único plazo simultáneo de 20 días para los escritos, prorrogable solo por circunstancias excepcionales.',
    ),
  ),
  vdBondProof: caveat(
    'biaAppeal.vdBondProof',
    'critical',
    t(
      'If the client appeals a grant of voluntary departure, proof that the VD bond was posted must reach the BIA within 30 days of filing the appeal, or voluntary departure will not be reinstated (Matter of Velasco, 25 I&N Dec. 143 (BIA 2009)).',
      'Si se apela una concesión de salida voluntaria, la prueba de que se pagó la fianza debe llegar a la BIA dentro de los 30 días siguientes a la apelación, o no se restablecerá la salida voluntaria (Matter of Velasco, 25 I&N Dec. 143 (BIA 2009)).',
    ),
  ),
  fromDecision: caveat(
    'motion.fromDecisionDate',
    'info',
    t(
      'Counted from the decision date. If an appeal was reserved, the order may have become final later; the earlier date is shown to be safe.',
      'Contado desde la fecha de la decisión. Si se reservó la apelación, la orden pudo quedar firme más tarde; se muestra la fecha anterior por seguridad.',
    ),
  ),
  noNotice: caveat(
    'inAbsentia.anyTime',
    'warning',
    t(
      'No deadline applies if the client did not receive proper notice of the hearing or was in federal or state custody and failed to appear through no fault of their own (INA 240(b)(5)(C)(ii)). A proper hearing notice defeats the lack-of-notice ground even when the NTA was defective (Campos-Chaves v. Garland, 2024).',
      'No hay plazo si la persona no recibió la debida notificación de la audiencia, o estaba bajo custodia federal o estatal y no se presentó sin culpa propia (INA 240(b)(5)(C)(ii)). Una notificación de audiencia válida descarta el motivo de falta de notificación aunque el NTA fuera defectuoso (Campos-Chaves v. Garland, 2024).',
    ),
  ),
  bondAtHearing: caveat(
    'bondAppeal.decisionAtHearing',
    'warning',
    t(
      'Counted from the bond hearing date, assuming the judge decided at the hearing. Use the date of the written decision if there was one.',
      'Contado desde la fecha de la audiencia de fianza, suponiendo que el juez decidió en la audiencia. Use la fecha de la decisión escrita si la hubo.',
    ),
  ),
  dhsStay: caveat(
    'bondAppeal.dhsDeadlines',
    'info',
    t(
      'Other custody deadlines: an appeal of a DHS (not IJ) custody decision is due within 10 days (BIA Practice Manual 7.3). If DHS invokes the automatic stay of a release order, it files the EOIR-43 within 1 business day and must appeal within 10 business days (8 CFR 1003.19(i)(2)).',
      'Otros plazos de custodia: la apelación de una decisión de custodia de DHS (no del juez) vence a los 10 días (Manual de Práctica de la BIA 7.3). Si DHS invoca la suspensión automática de una orden de liberación, presenta el EOIR-43 dentro de 1 día hábil y debe apelar dentro de 10 días hábiles (8 CFR 1003.19(i)(2)).',
    ),
  ),
};

export function periodDeadline(
  rule: DeadlineRule,
  start: IsoDate,
  resolved: ResolvedOptions,
  inputs: Record<string, string | number | boolean | null>,
  caveats: readonly Caveat[],
  subjectId: string | null = null,
): DeadlineResult {
  const end = periodEnd(rule, start, resolved);
  const settled = settleDueDate(rule, end.date, resolved);
  return buildResult(rule, resolved, {
    subjectId,
    dueDate: settled.dueDate,
    unrolledDate: end.date,
    safeDate: settled.safeDate,
    inputs,
    caveats: [...settled.caveats, ...caveats],
  });
}

export function biaAppealDeadline(
  decision: DecisionFacts,
  options: DeadlineOptions,
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('bia-appeal');
  const inputs = {
    status: decision.status,
    decisionDate: decision.decisionDate ?? null,
    decisionWasOral: decision.decisionWasOral,
    decisionServedOn: decision.decisionServedOn ?? null,
  };
  if (decision.status === 'removal_order_in_absentia') {
    return buildResult(rule, resolved, { kind: 'notice', inputs, caveats: [c.inAbsentia] });
  }
  if (!decision.decisionDate)
    return buildResult(rule, resolved, { inputs, missing: ['eoirStatus.decisionDate'] });
  const caveats: Caveat[] = [];
  let start = decision.decisionDate;
  if (decision.decisionWasOral === true) caveats.push(c.oral);
  else if (decision.decisionWasOral === false && decision.decisionServedOn)
    start = decision.decisionServedOn;
  else caveats.push(decision.decisionWasOral === false ? c.servedUnknown : c.formUnknown);
  caveats.push(receivedCaveat, c.briefing);
  if (decision.status === 'voluntary_departure') caveats.push(c.vdBondProof);
  return periodDeadline(rule, start, resolved, { ...inputs, periodStart: start }, caveats);
}

export function bondAppealDeadline(
  bondDecisionDate: IsoDate,
  hearingId: string | null,
  options: DeadlineOptions,
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('bond-appeal');
  return periodDeadline(
    rule,
    bondDecisionDate,
    resolved,
    { bondDecisionDate },
    [c.bondAtHearing, receivedCaveat, c.dhsStay],
    hearingId,
  );
}

export function motionToReopenDeadline(
  decision: DecisionFacts,
  options: DeadlineOptions,
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('motion-to-reopen');
  const inputs = { status: decision.status, decisionDate: decision.decisionDate ?? null };
  if (!decision.decisionDate)
    return buildResult(rule, resolved, { inputs, missing: ['eoirStatus.decisionDate'] });
  const vd = decision.status === 'voluntary_departure' ? [c.endsVd] : [];
  return periodDeadline(rule, decision.decisionDate, resolved, inputs, [
    c.fromDecision,
    receivedCaveat,
    ...vd,
    c.oneMotion,
    c.mtrExceptions,
  ]);
}

export function motionToReconsiderDeadline(
  decision: DecisionFacts,
  options: DeadlineOptions,
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('motion-to-reconsider');
  const inputs = { status: decision.status, decisionDate: decision.decisionDate ?? null };
  if (!decision.decisionDate)
    return buildResult(rule, resolved, { inputs, missing: ['eoirStatus.decisionDate'] });
  const vd = decision.status === 'voluntary_departure' ? [c.endsVd] : [];
  return periodDeadline(rule, decision.decisionDate, resolved, inputs, [
    c.fromDecision,
    receivedCaveat,
    ...vd,
    c.oneMotion,
  ]);
}

/** 180 days for exceptional circumstances; no deadline for lack of notice or custody. */
export function inAbsentiaMotionDeadline(
  decision: DecisionFacts,
  options: DeadlineOptions,
): DeadlineResult {
  const resolved = resolveOptions(options);
  const rule = deadlineRule('motion-to-reopen-in-absentia');
  const inputs = { status: decision.status, decisionDate: decision.decisionDate ?? null };
  if (!decision.decisionDate)
    return buildResult(rule, resolved, {
      inputs,
      missing: ['eoirStatus.decisionDate'],
      caveats: [c.noNotice],
    });
  return periodDeadline(rule, decision.decisionDate, resolved, inputs, [
    receivedCaveat,
    c.noNotice,
  ]);
}
