import type { CaseFile } from '../domain/case-file';
import {
  type ApproximateDate,
  approximateDate,
  approximateDateCode,
  compareApproximateDates,
} from '../domain/approximate-date';
import { dateFact, isDay } from './date-facts';
import { type PartialFacts, UNKNOWN, tri } from './fact-types';
import { matchesLakenRiley, matchesMedicalRisk } from './text-matchers';

const ADMITTED_OR_PAROLED = new Set(['visa', 'parole', 'lpr', 'refugee', 'cbp_one']);
const PAROLED = new Set(['parole', 'cbp_one']);
const KNOWN_MANNERS = new Set(['ewi', 'visa', 'parole', 'lpr', 'refugee', 'cbp_one']);
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
    pregnant: tri(c.medical.pregnant),
    medicalRisk: c.medical.conditions.some((m) => matchesMedicalRisk(m.condition)) ? true : UNKNOWN,
  };
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
    noDocumentsOrFraud: nta.charges.some(
      (ch) => ch.section.startsWith('212(a)(6)(C)') || ch.section.startsWith('212(a)(7)'),
    )
      ? true
      : UNKNOWN,
  };
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
  return {
    priorRemovalOrder: removal ? true : UNKNOWN,
    inAbsentiaOrder: inAbsentia ? true : UNKNOWN,
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
    earlierDacaOrTps:
      filings.some((f) => f.kind === 'daca' || f.kind === 'tps') ||
      status.current === 'daca' ||
      status.current === 'tps' ||
      Boolean(status.dacaExpiry) ||
      Boolean(status.tpsCountry)
        ? true
        : UNKNOWN,
    fearOfReturn:
      filings.some((f) => f.kind === 'i589') || c.flags.asylumProtected ? true : UNKNOWN,
  };
}

function criminalFacts(c: CaseFile): PartialFacts {
  const events = c.criminalEvents;
  return {
    anyArrestOrCharge: events.length > 0 ? true : UNKNOWN,
    anyConviction: events.some((e) => e.disposition === 'convicted') ? true : UNKNOWN,
    lakenRileyOffense: events.some((e) => matchesLakenRiley(e.offense)) ? true : UNKNOWN,
  };
}

function familyFacts(c: CaseFile): PartialFacts {
  const uscAncestor = c.family.some(
    (m) => (m.relation === 'parent' || m.relation === 'grandparent') && m.status === 'usc',
  );
  return { parentOrGrandparentUsc: uscAncestor ? true : UNKNOWN };
}
