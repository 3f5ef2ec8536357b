/** Deadlines after a decision of the Board of Immigration Appeals: review in court, BIA motions. */
import type { BiaDecision, EoirStatus } from '../domain/case-file-people';
import { compareDates } from './calendar-date';
import { motionCaveats, periodDeadline, receivedCaveat } from './decision-deadlines';
import type { DeadlineOptions } from './deadline-settings';
import { resolveOptions } from './deadline-settings';
import { deadlineRule } from './deadline-rules';
import type { Caveat, DeadlineResult, DeadlineRuleId } from './deadline-types';
import { t } from './deadline-types';
import { buildResult, caveat } from './result-builder';

export interface BiaDecisionFacts {
  readonly decision: BiaDecision;
  /** The immigration judge's status, for voluntary departure. */
  readonly eoirStatus?: Pick<EoirStatus, 'status'> | null;
}

const c = {
  stay: caveat(
    'pfr.stayOfRemoval',
    'critical',
    t(
      'A petition for review does not stop removal (INA 242(b)(3)(B)). If the client could be removed, ask the court of appeals for a stay of removal with the petition or right after it (FRAP 18; Nken v. Holder, 556 U.S. 418 (2009)), and ask DHS whether it will oppose. Until a stay is granted, ICE may remove the client.',
      'Una petición de revisión no detiene la deportación (INA 242(b)(3)(B)). Si la persona puede ser deportada, pida a la corte de apelaciones la paralización de la deportación (stay of removal) junto con la petición o justo después (FRAP 18; Nken v. Holder, 556 U.S. 418 (2009)), y pregunte al DHS si se opondrá. Mientras no se conceda la paralización, ICE puede deportarla.',
    ),
  ),
  riley: caveat(
    'pfr.riley',
    'info',
    t(
      'The 30 days is a mandatory claim-processing rule, not jurisdictional (Riley v. Bondi, 2025): a late petition is not automatically dismissed if the government does not object, but never plan on that. After an administrative removal order or a reinstated order, the 30 days run from that order, not from a later BIA decision in withholding-only proceedings.',
      'Los 30 días son una regla procesal obligatoria, no jurisdiccional (Riley v. Bondi, 2025): una petición tardía no se desestima automáticamente si el gobierno no se opone, pero nunca cuente con eso. Tras una orden administrativa de deportación o una orden restablecida, los 30 días corren desde esa orden, no desde una decisión posterior de la BIA en un proceso de solo suspensión de la remoción.',
    ),
  ),
  venue: caveat(
    'pfr.venue',
    'info',
    t(
      'File in the court of appeals for the circuit where the immigration judge completed the proceedings (INA 242(b)(2)): the Fifth Circuit for immigration courts in Mississippi, Louisiana and Texas. The petition is filed when the clerk receives it.',
      'Se presenta ante la corte de apelaciones del circuito donde el juez de inmigración terminó el proceso (INA 242(b)(2)): el Quinto Circuito para las cortes de inmigración de Mississippi, Luisiana y Texas. La petición cuenta como presentada cuando la secretaría la recibe.',
    ),
  ),
  stateHolidays: caveat(
    'pfr.stateHolidays',
    'info',
    t(
      "Only federal holidays are counted. A holiday of the state where the circuit clerk's office is (FRAP 26(a)(6)(C)) or a closed clerk's office (FRAP 26(a)(3)) can make the last day later; never earlier.",
      'Solo se cuentan los feriados federales. Un feriado del estado donde está la secretaría del circuito (FRAP 26(a)(6)(C)) o una secretaría cerrada (FRAP 26(a)(3)) pueden hacer que el último día sea más tarde, nunca antes.',
    ),
  ),
  motionsDoNotToll: caveat(
    'pfr.motionsDoNotToll',
    'warning',
    t(
      'A motion to reopen or reconsider at the BIA does not stop these 30 days (Stone v. INS, 514 U.S. 386 (1995)). To keep both routes, file the petition on time as well; a denial of the motion needs its own petition within 30 days.',
      'Una moción para reabrir o reconsiderar ante la BIA no detiene estos 30 días (Stone v. INS, 514 U.S. 386 (1995)). Para conservar ambas vías, presente también la petición a tiempo; la negación de la moción necesita su propia petición dentro de 30 días.',
    ),
  ),
  reviewOfDenial: caveat(
    'pfr.reviewOfDenial',
    'info',
    t(
      "This petition would review the BIA's denial of a motion. A further motion to reopen is generally barred by the one-motion limit unless an exception applies.",
      'Esta petición revisaría la negación de una moción por la BIA. Otra moción para reabrir suele estar prohibida por el límite de una moción, salvo que aplique una excepción.',
    ),
  ),
  outcomeUnknown: caveat(
    'biaDecision.outcomeUnknown',
    'warning',
    t(
      "The BIA decision's outcome is not recorded. These dates are shown in case it is a final order of removal; record the outcome in the case file.",
      'No consta el resultado de la decisión de la BIA. Estas fechas se muestran por si es una orden final de deportación; registre el resultado en el expediente.',
    ),
  ),
  fromDecisionDate: caveat(
    'biaMotion.fromDecisionDate',
    'info',
    t(
      "Counted from the date on the BIA's decision. A motion to reconsider runs from the mailing of the decision, normally the same day: check the date on the Board's cover letter.",
      'Contado desde la fecha de la decisión de la BIA. La moción de reconsideración corre desde el envío de la decisión, normalmente el mismo día: revise la fecha de la carta de la BIA.',
    ),
  ),
  vdAfterBia: caveat(
    'biaDecision.voluntaryDeparture',
    'critical',
    t(
      "If the BIA reinstated voluntary departure, its period runs from the BIA's order; a petition for review or a motion filed during it ends voluntary departure (8 CFR 1240.26(i)).",
      'Si la BIA restableció la salida voluntaria, el período corre desde la orden de la BIA; una petición de revisión o una moción presentada durante ese período pone fin a la salida voluntaria (8 CFR 1240.26(i)).',
    ),
  ),
};

function ruleIdsFor(outcome: BiaDecision['outcome']): DeadlineRuleId[] {
  if (outcome === 'remanded' || outcome === 'decided_for_client') return [];
  if (outcome === 'motion_denied') return ['petition-for-review', 'bia-motion-to-reconsider'];
  return ['petition-for-review', 'bia-motion-to-reconsider', 'bia-motion-to-reopen'];
}

function caveatsFor(id: DeadlineRuleId, facts: BiaDecisionFacts): Caveat[] {
  const { outcome } = facts.decision;
  const vd = facts.eoirStatus?.status === 'voluntary_departure' ? [c.vdAfterBia] : [];
  const unknown = !outcome || outcome === 'other' ? [c.outcomeUnknown] : [];
  switch (id) {
    case 'petition-for-review':
      return [
        ...unknown,
        c.stay,
        c.motionsDoNotToll,
        ...(outcome === 'motion_denied' ? [c.reviewOfDenial] : []),
        ...vd,
        c.venue,
        c.riley,
        c.stateHolidays,
      ];
    case 'bia-motion-to-reopen':
      return [
        ...unknown,
        c.fromDecisionDate,
        receivedCaveat,
        c.motionsDoNotToll,
        ...vd,
        motionCaveats.oneMotion,
        motionCaveats.mtrExceptions,
      ];
    default:
      return [
        ...unknown,
        c.fromDecisionDate,
        receivedCaveat,
        c.motionsDoNotToll,
        ...vd,
        motionCaveats.oneMotion,
      ];
  }
}

/**
 * The petition for review and the BIA motions that follow a recorded BIA decision. None for a
 * remand or a decision for the client; a decision with no date asks for it.
 */
export function postBiaDeadlines(
  facts: BiaDecisionFacts,
  options: DeadlineOptions,
): DeadlineResult[] {
  const resolved = resolveOptions(options);
  const { date, outcome } = facts.decision;
  const inputs = { biaDecisionDate: date ?? null, biaOutcome: outcome ?? null };
  return ruleIdsFor(outcome).map((id) => {
    const rule = deadlineRule(id);
    if (!date) {
      return buildResult(rule, resolved, {
        inputs,
        missing: ['biaDecision.date'],
        caveats: id === 'petition-for-review' ? [c.stay] : [],
      });
    }
    return periodDeadline(rule, date, resolved, inputs, caveatsFor(id, facts));
  });
}

/**
 * Whether the recorded BIA decision is the latest word in the case: it is, unless the judge
 * decided again after it (a remand, then a new decision).
 */
export function biaDecisionGoverns(
  decision: BiaDecision | null | undefined,
  eoirStatus: Pick<EoirStatus, 'decisionDate'>,
): decision is BiaDecision {
  if (!decision || (!decision.date && !decision.outcome)) return false;
  if (!decision.date || !eoirStatus.decisionDate) return true;
  return compareDates(decision.date, eoirStatus.decisionDate) >= 0;
}
