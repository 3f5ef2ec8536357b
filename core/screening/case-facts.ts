import type { CaseFile } from '../domain/case-file';
import {
  type ApproximateDate,
  approximateDate,
  approximateDateCode,
  compareApproximateDates,
} from '../domain/approximate-date';
import { citizenshipFacts } from './citizenship-facts';
import { criminalAssessment } from './criminal-facts';
import { type Tri, dateFact, isDay } from './date-facts';
import { type PartialFacts, UNKNOWN, tri } from './fact-types';
import { matchesLakenRiley, matchesMedicalRisk } from './text-matchers';

const ADMITTED_OR_PAROLED = new Set(['visa', 'parole', 'lpr', 'refugee', 'cbp_one']);
const PAROLED = new Set(['parole', 'cbp_one']);
const KNOWN_MANNERS = new Set(['ewi', 'visa', 'parole', 'lpr', 'refugee', 'cbp_one']);
const ADMISSIONS = new Set(['visa', 'lpr', 'refugee']);
const REMOVAL_ORDERS = new Set(['removal', 'expedited_removal', 'reinstatement', 'in_absentia']);
const PETITIONS = new Set(['i130', 'i140', 'i360', 'i918', 'i914']);
const GRANDFATHERING = new Set(['i130', 'i140', 'i360', 'labor_certification']);

/** Facts read straight from the case file. Anything the file cannot tell is left out (unknown). */
export function caseBaseFacts(c: CaseFile): PartialFacts {
  return {
    ...identityFacts(c),
    ...entryFacts(c),
    ...ntaFacts(c),
    ...historyFacts(c),
    ...criminalFacts(c),
    ...familyFacts(c),
    detained:
      c.custody.status === 'detained' ? true : c.custody.status === 'unknown' ? UNKNOWN : false,
    heldUnder236c: heldUnder236c(c),
    pregnant: tri(c.medical.pregnant),
    medicalRisk: c.medical.conditions.some((m) => matchesMedicalRisk(m.condition)) ? true : UNKNOWN,
  };
}

/** No = the client said so (known facts) and no list says otherwise; yes when a list shows it. */
function closedBy(known: boolean | null | undefined, found: boolean): Tri {
  if (found) return true;
  return known === false ? false : UNKNOWN;
}

function heldUnder236c(c: CaseFile): Tri {
  const { status, authority } = c.custody;
  if (status !== 'detained') return status === 'unknown' ? UNKNOWN : false;
  if (authority === '236c') return true;
  return authority === '236a' || authority === '235b' || authority === '241' ? false : UNKNOWN;
}

function identityFacts(c: CaseFile): PartialFacts {
  const marital = c.identity.maritalStatus;
  const status = c.immigrationStatus.current;
  return {
    clientDateOfBirth: c.identity.dateOfBirth ?? UNKNOWN,
    clientUnmarried:
      marital === 'single' || marital === 'divorced' || marital === 'widowed'
        ? true
        : marital === 'married' || marital === 'separated'
          ? false
          : UNKNOWN,
    isLpr:
      status === 'lpr' || status === 'conditional_lpr'
        ? true
        : status === 'unknown'
          ? UNKNOWN
          : false,
    lprSinceDate: c.immigrationStatus.lprSince ?? UNKNOWN,
  };
}

function entryFacts(c: CaseFile): PartialFacts {
  const entryDates = c.entries
    .map((e) => approximateDate(e.date, e.datePrecision))
    .filter((d): d is ApproximateDate => d !== null)
    .sort(compareApproximateDates);
  const manners = c.entries.map((e) => e.manner);
  const allKnown = manners.length > 0 && manners.every((m) => KNOWN_MANNERS.has(m));
  const ewiCharge = c.nta.charges.some((ch) => ch.section.startsWith('212(a)(6)(A)'));
  const ewi =
    manners.includes('ewi') || c.nta.classBox === 'present_without_admission' || ewiCharge;
  const admitted =
    manners.some((m) => ADMITTED_OR_PAROLED.has(m)) || c.nta.classBox === 'admitted_deportable';
  const paroled =
    manners.some((m) => PAROLED.has(m)) ||
    c.custody.status === 'released_parole' ||
    c.immigrationStatus.current === 'parole';
  return {
    firstEntryDate: entryDates.length > 0 ? approximateDateCode(entryDates[0]!) : UNKNOWN,
    lastArrivalDate: entryDates.length > 0 ? approximateDateCode(entryDates.at(-1)!) : UNKNOWN,
    enteredWithoutInspection: ewi ? true : allKnown ? false : UNKNOWN,
    admittedOrParoled: admitted ? true : allKnown ? false : UNKNOWN,
    everParoled: paroled ? true : allKnown ? false : UNKNOWN,
  };
}

function ntaFacts(c: CaseFile): PartialFacts {
  const { nta } = c;
  return {
    ntaServedDate: dateFact(nta.dateServed, nta.dateServedPrecision),
    ntaTimeTbd:
      nta.hearingTimeOnNta === 'tbd'
        ? true
        : nta.hearingTimeOnNta === 'specified'
          ? false
          : UNKNOWN,
    pleadingsOpen:
      nta.pleadingsClosed === false ? true : nta.pleadingsClosed === true ? false : UNKNOWN,
    allegationsDisputed: nta.allegations.some((a) => a.pleading === 'denied') ? true : UNKNOWN,
    criminalChargeDoubtful: nta.charges.some(
      (ch) => ch.section.startsWith('237(a)(2)') && ch.pleading === 'denied',
    )
      ? true
      : UNKNOWN,
    arrivingDesignationConflict: arrivingConflict(c),
    noDocumentsOrFraud: nta.charges.some(
      (ch) => ch.section.startsWith('212(a)(6)(C)') || ch.section.startsWith('212(a)(7)'),
    )
      ? true
      : UNKNOWN,
  };
}

/**
 * An "arriving alien" box on the NTA while an admission is recorded (a visa, LPR or refugee
 * entry, or current permanent residence): the designation, and with it the burden of proof and
 * bond eligibility, can be contested. Parole is not an admission.
 */
function arrivingConflict(c: CaseFile): Tri {
  const box = c.nta.classBox;
  if (box === 'unknown') return UNKNOWN;
  if (box !== 'arriving') return false;
  const admitted =
    c.entries.some((e) => ADMISSIONS.has(e.manner)) ||
    c.immigrationStatus.current === 'lpr' ||
    c.immigrationStatus.current === 'conditional_lpr' ||
    Boolean(c.immigrationStatus.lprSince);
  if (admitted) return true;
  const allKnown = c.entries.length > 0 && c.entries.every((e) => KNOWN_MANNERS.has(e.manner));
  return allKnown ? false : UNKNOWN;
}

/** A hearing notice sent to an address the client had already reported changing. */
function noticeToOldAddress(c: CaseFile): Tri {
  const answers = [
    ...(c.eoirStatus.status === 'removal_order_in_absentia'
      ? [c.eoirStatus.noticeToOldAddress]
      : []),
    ...c.priorOrders.filter((o) => o.kind === 'in_absentia').map((o) => o.noticeToOldAddress),
  ];
  if (answers.includes(true)) return true;
  return answers.length > 0 && answers.every((a) => a === false) ? false : UNKNOWN;
}

function historyFacts(c: CaseFile): PartialFacts {
  const eoir = c.eoirStatus.status;
  const removal =
    c.priorOrders.some((o) => REMOVAL_ORDERS.has(o.kind)) ||
    c.entries.some((e) =>
      e.borderEvents.some((b) => b === 'expedited_removal' || b === 'reinstatement'),
    ) ||
    eoir === 'removal_order' ||
    eoir === 'removal_order_in_absentia';
  const inAbsentia =
    eoir === 'removal_order_in_absentia' || c.priorOrders.some((o) => o.kind === 'in_absentia');
  const filings = c.priorFilings;
  const status = c.immigrationStatus;
  const known = c.knownFacts?.history;
  const daca =
    filings.some((f) => f.kind === 'daca') ||
    status.current === 'daca' ||
    Boolean(status.dacaExpiry);
  const tps =
    filings.some((f) => f.kind === 'tps') || status.current === 'tps' || Boolean(status.tpsCountry);
  return {
    priorRemovalOrder: closedBy(known?.earlierOrders, removal),
    inAbsentiaOrder: closedBy(known?.earlierOrders, inAbsentia),
    noticeToReportedOldAddress: noticeToOldAddress(c),
    earlierDaca: closedBy(known?.earlierApplications, daca),
    earlierTps: closedBy(known?.earlierApplications, tps),
    pendingUscisPetition: filings.some(
      (f) =>
        PETITIONS.has(f.kind) &&
        (f.status === 'pending' || f.status === 'approved') &&
        f.beneficiary !== 'other',
    )
      ? true
      : UNKNOWN,
    petitionFiledBy2001: filings.some(
      (f) =>
        GRANDFATHERING.has(f.kind) &&
        f.beneficiary !== 'other' &&
        isDay(f.filedOn) &&
        f.filedOn <= '2001-04-30',
    )
      ? true
      : UNKNOWN,
    earlierDacaOrTps: closedBy(known?.earlierApplications, daca || tps),
    fearOfReturn:
      filings.some((f) => f.kind === 'i589') || c.flags.asylumProtected ? true : UNKNOWN,
  };
}

function criminalFacts(c: CaseFile): PartialFacts {
  const events = c.criminalEvents;
  const known = c.knownFacts?.criminal?.everArrested;
  const none = known === false && events.length === 0;
  return {
    anyArrestOrCharge: events.length > 0 || known === true ? true : none ? false : UNKNOWN,
    anyConviction: events.some((e) => e.disposition === 'convicted')
      ? true
      : none
        ? false
        : UNKNOWN,
    lakenRileyOffense: events.some((e) => matchesLakenRiley(e.offense))
      ? true
      : none
        ? false
        : UNKNOWN,
    ...criminalAssessment(c).facts,
  };
}

function familyFacts(c: CaseFile): PartialFacts {
  const uscAncestor = c.family.some(
    (m) => (m.relation === 'parent' || m.relation === 'grandparent') && m.status === 'usc',
  );
  const noCitizenAncestor =
    !uscAncestor && c.knownFacts?.family?.citizenParentOrGrandparent === false;
  const citizenship = citizenshipFacts(c);
  return {
    parentOrGrandparentUsc: closedBy(c.knownFacts?.family?.citizenParentOrGrandparent, uscAncestor),
    ...(noCitizenAncestor
      ? {
          parentNaturalizedBeforeClient18: false,
          ina320Conditions: false,
          acquisitionAtBirthPossible: false,
        }
      : citizenship),
  };
}
