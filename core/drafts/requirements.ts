/**
 * Every piece of data a draft can lack. A missing item appears in the document as `[[label]]` and
 * in the checklist shown before generation, with where to fill it. The English label is what the
 * document shows; the screen translates the id (`drafts:requirements.<id>`).
 */

export type CaseSectionId =
  'identity' | 'court' | 'custody' | 'nta' | 'travel' | 'family' | 'criminal' | 'filings' | 'flags';

export type RequirementTarget =
  | { readonly kind: 'case'; readonly section: CaseSectionId }
  | { readonly kind: 'profile' }
  | { readonly kind: 'interviews' }
  | { readonly kind: 'defense'; readonly defenseId: string }
  /** A choice on the drafts screen. */
  | { readonly kind: 'options' }
  /** Nothing Amparo stores: the attorney completes it in the document. */
  | { readonly kind: 'document' };

const inCase = (section: CaseSectionId): RequirementTarget => ({ kind: 'case', section });
const profile: RequirementTarget = { kind: 'profile' };
const interviews: RequirementTarget = { kind: 'interviews' };
const defense = (defenseId: string): RequirementTarget => ({ kind: 'defense', defenseId });
const options: RequirementTarget = { kind: 'options' };
const doc: RequirementTarget = { kind: 'document' };

const table = {
  aNumber: ['A-number', inCase('identity')],
  dateOfBirth: ['date of birth', inCase('identity')],
  nationality: ['nationality', inCase('identity')],
  respondentAddress: ["respondent's mailing address", inCase('identity')],
  respondentPhone: ["respondent's phone", inCase('identity')],
  court: ['immigration court', inCase('court')],
  judge: ['immigration judge', inCase('court')],
  nextHearing: ['next hearing date', inCase('court')],
  hearingTime: ['hearing time', inCase('court')],
  custodyStatus: ['custody status: detained or not', inCase('custody')],
  detained: ['custody status (this draft is for a detained client)', inCase('custody')],
  facility: ['detention facility', inCase('custody')],
  iceOffice: ['ICE ERO field office', inCase('custody')],
  iceCustodyDecision: ['ICE custody decision (bond amount or no bond)', inCase('custody')],
  custodyAuthority: ['detention authority DHS claims', inCase('custody')],
  bondPath: ['bond path chosen by the attorney', inCase('custody')],
  medicalRisk: ['medical risk factors (conditions, medications, pregnancy)', inCase('custody')],
  medications: ['medications', inCase('custody')],
  paroleCategory: [
    '8 CFR 212.5(b) category (medical, pregnancy, juvenile, witness, public interest)',
    inCase('custody'),
  ],
  sponsorName: ["sponsor's name", inCase('custody')],
  sponsorRelation: ["sponsor's relationship to the respondent", inCase('custody')],
  sponsorStatus: ["sponsor's immigration status", inCase('custody')],
  sponsorAddress: ["sponsor's address", inCase('custody')],
  sponsorPhone: ["sponsor's phone", inCase('custody')],
  entries: ['entry date and manner', inCase('travel')],
  familyTies: ['family in the United States', inCase('family')],
  criminalHistory: ['criminal history (none recorded; confirm)', inCase('criminal')],
  disposition: ['disposition', inCase('criminal')],
  priorOrders: ['prior orders (none recorded; confirm)', inCase('filings')],
  relief: ['relief sought (pending applications or petitions)', inCase('filings')],
  receiptNumber: ['receipt number', inCase('filings')],
  attorneyName: ["attorney's name", profile],
  attorneyEoirId: ["attorney's EOIR ID", profile],
  attorneyBarNumber: ["attorney's bar number and state", profile],
  attorneyPhone: ["attorney's phone", profile],
  attorneyEmail: ["attorney's email", profile],
  attorneyAddress: ["attorney's mailing address", profile],
  interview: ['a client interview', interviews],
  workHistory: ['work history', interviews],
  appearanceRecord: ['court and ICE appearance record', interviews],
  facilityConditions: ['conditions in the facility', interviews],
  atdConsent: ['consent to alternatives to detention', defense('humanitarian-parole')],
  paroleEnclosures: ['enclosures (mark evidence received)', defense('humanitarian-parole')],
  bondExhibits: ['exhibits (mark evidence received)', defense('bond')],
  pdExhibits: ['exhibits (mark evidence received)', defense('pd-closure-dismissal')],
  eoir28Scope: ['scope of representation', options],
  eoir28Appearance: ['type of appearance', options],
  pdAction: ['action requested', options],
  hearingToContinue: ['hearing to continue (choose it before generating)', options],
  supervisor: ['supervising attorney', doc],
  supervisorQuestions: ['questions for the supervisor', doc],
  service: ['service on DHS: date, method and OPLA address', doc],
  oplaOffice: ['OPLA office and how to send (confirm current channel)', doc],
  delivery: ['how this is sent (email, fax or hand delivery)', doc],
  preferredDates: ['preferred new hearing dates', doc],
  dhsPosition: ["DHS's position on this motion", doc],
  continuanceReasons: ['reasons for the continuance and the evidence for them', doc],
  argument: ['argument: no danger and no flight risk', doc],
  proposedBond: ['bond amount or conditions requested', doc],
  moveDate: ['date of the move', doc],
  goodStanding: ['good standing in every bar listed', doc],
  proBono: ['pro bono representation (confirm)', doc],
  signature: ['signature', doc],
  confirmLaw: ['confirm current law before filing', doc],
  reviewNotes: ['notes for the attorney: read, then delete before filing', doc],
  medicalRecords: ["medical records and a doctor's letter on the specific risk", doc],
  medicalRelease: ["client's signed medical-records release", doc],
  fleeing: ['attempts to flee or escape authorities (none recorded; confirm)', doc],
  equities: ['other equities (community, church, health, work)', doc],
} as const satisfies Record<string, readonly [string, RequirementTarget]>;

export type RequirementId = keyof typeof table;

export interface Requirement {
  readonly id: RequirementId;
  /** English, as shown in the document: `[[A-number]]`. */
  readonly placeholder: string;
  readonly target: RequirementTarget;
}

export const requirementIds = Object.keys(table) as RequirementId[];

export function requirement(id: RequirementId): Requirement {
  const [placeholder, target] = table[id];
  return { id, placeholder, target };
}

/** A requirement the current case lacks, and how many places in the draft it leaves empty. */
export interface MissingItem extends Requirement {
  readonly count: number;
}
