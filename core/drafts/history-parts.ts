/** Sentences about filings, entries, family, record and appearances, shared by several drafts. */
import type { PriorFiling } from '../domain/case-file-history';
import type { Content, DraftBuilder } from './draft-builder';
import { entriesByDate, latestAnswer, pendingFilings } from './draft-facts';
import {
  approximateLongDate,
  dispositionLabel,
  entryMannerLabel,
  familyStatusLabel,
  filingLabel,
  filingStatusLabel,
  longDate,
  priorOrderLabel,
  relationLabel,
} from './english-format';
import { filingCategory } from './redaction';

const beneficiaryText: Record<PriorFiling['beneficiary'], string> = {
  client: 'for the Respondent',
  spouse: "for the Respondent's spouse",
  parent: "for the Respondent's parent",
  other: 'for another family member',
};

/** `Form I-130 (...) for the Respondent, receipt number X, filed ..., priority date ...: pending`. */
export function filingLine(b: DraftBuilder, filing: PriorFiling): Content[] {
  const label = filingLabel[filing.kind];
  return [
    `${label} ${beneficiaryText[filing.beneficiary]}, receipt number `,
    b.value('receiptNumber', filing.receiptNumber, `receipt number of the ${label}`),
    filing.filedOn ? `, filed ${longDate(filing.filedOn)}` : '',
    filing.priorityDate ? `, priority date ${longDate(filing.priorityDate)}` : '',
    `: ${filingStatusLabel[filing.status]}`,
  ];
}

/** Pending or approved filings the draft may mention; protected ones are withheld unless chosen. */
export function reliefFilings(b: DraftBuilder): PriorFiling[] {
  return pendingFilings(b.caseFile).filter((filing) => {
    const category = filingCategory(filing.kind);
    if (!category) return true;
    const label = filingLabel[filing.kind];
    return b.admit([category], {
      en: `${label} (${filingStatusLabel[filing.status]})`,
      es: `${label} (${filing.status === 'approved' ? 'aprobada' : 'pendiente'})`,
    });
  });
}

/** One bullet per pending filing, or the "relief sought" placeholder. */
export function reliefBullets(b: DraftBuilder): Content[][] {
  const filings = reliefFilings(b);
  return filings.length > 0 ? filings.map((f) => filingLine(b, f)) : [[b.gap('relief')]];
}

export function entryLines(b: DraftBuilder): Content[][] {
  const entries = entriesByDate(b.caseFile);
  if (entries.length === 0) return [[b.gap('entries')]];
  return entries.map((entry) => [
    `${approximateLongDate(entry.date, entry.datePrecision)}${entry.dateApproximate ? ' (approximate)' : ''}: `,
    entryMannerLabel[entry.manner],
    entry.place ? `, ${entry.place}` : '',
  ]);
}

/** Length of residence: from the first entry on file, else the client's own estimate. */
export function residenceText(b: DraftBuilder): Content[] {
  const first = entriesByDate(b.caseFile)[0];
  if (first) {
    const approx = first.dateApproximate ? ' (approximate date)' : '';
    const since = approximateLongDate(first.date, first.datePrecision);
    return [`in the United States since ${since}${approx}, per the case file`];
  }
  const years = latestAnswer(b.input.interviews, 'detained.years_here');
  if (typeof years === 'number')
    return [`in the United States about ${years} years, per the client`];
  return [b.gap('entries')];
}

export function familyLines(b: DraftBuilder): Content[][] {
  const family = b.caseFile.family;
  if (family.length === 0) return [[b.gap('familyTies')]];
  return family.map((member) => [
    `${member.name}, ${relationLabel[member.relation]}, ${familyStatusLabel[member.status]}`,
    member.location ? `, lives in ${member.location}` : '',
    member.needs ? ` (needs: ${member.needs})` : '',
  ]);
}

export function criminalLines(b: DraftBuilder): Content[][] {
  const events = b.caseFile.criminalEvents;
  if (events.length === 0) {
    const reported = latestAnswer(b.input.interviews, 'intake.ever_arrested');
    if (reported === false)
      return [['No arrests, charges or convictions, per the client interview']];
    return [[b.gap('criminalHistory')]];
  }
  return events.map((event) => [
    event.offense,
    event.statute ? ` (${event.statute})` : '',
    event.jurisdiction ? `, ${event.jurisdiction}` : '',
    event.offenseDate ? `, ${longDate(event.offenseDate)}` : '',
    ': ',
    event.disposition === 'unknown'
      ? b.gap('disposition', `disposition of ${event.offense}`)
      : dispositionLabel[event.disposition],
    event.sentence ? `; sentence: ${event.sentence}` : '',
    event.probation ? `; probation: ${event.probation}` : '',
  ]);
}

export function priorOrderLines(b: DraftBuilder): Content[][] {
  const orders = b.caseFile.priorOrders;
  if (orders.length === 0) return [[b.gap('priorOrders')]];
  return orders.map((order) => [
    priorOrderLabel[order.kind],
    order.date ? ` (${approximateLongDate(order.date, order.datePrecision)})` : '',
  ]);
}

/** Court and ICE appearances, from the client interview and any in absentia order on file. */
export function appearanceText(b: DraftBuilder): Content[] {
  const inAbsentia = b.caseFile.priorOrders.some((o) => o.kind === 'in_absentia');
  const missed = latestAnswer(b.input.interviews, 'detained.missed_appointments');
  const parts: Content[] = [];
  if (missed === false)
    parts.push('The Respondent reports never missing a court or ICE appointment.');
  else if (missed === true)
    parts.push('The Respondent reports missing an appointment: ', b.gap('appearanceRecord'), '.');
  else parts.push(b.gap('appearanceRecord'));
  if (inAbsentia) parts.push(' The file records an in absentia order; explain it.');
  return parts;
}
