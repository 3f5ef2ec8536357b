import type { FieldSpec } from '../forms/field-spec';

const address: FieldSpec = {
  name: 'address',
  kind: 'group',
  fields: [
    { name: 'line1', kind: 'text' },
    { name: 'line2', kind: 'text' },
    { name: 'city', kind: 'text' },
    { name: 'state', kind: 'text' },
    { name: 'postalCode', kind: 'text' },
    { name: 'country', kind: 'country' },
  ],
};

export const identityFields: FieldSpec[] = [
  { name: 'familyName', kind: 'text', required: true, hint: true },
  { name: 'givenNames', kind: 'text', nullable: false },
  { name: 'aliases', kind: 'lines', hint: true },
  { name: 'aNumber', kind: 'aNumber', hint: true },
  { name: 'dateOfBirth', kind: 'date' },
  { name: 'countryOfBirth', kind: 'country' },
  { name: 'nationalities', kind: 'countryList' },
  { name: 'languages', kind: 'languageList' },
  { name: 'bestLanguage', kind: 'language', hint: true },
  {
    name: 'literacy',
    kind: 'select',
    nullable: false,
    options: ['reads_writes', 'limited', 'none', 'unknown'],
  },
  {
    name: 'maritalStatus',
    kind: 'select',
    options: ['single', 'married', 'separated', 'divorced', 'widowed', 'unknown'],
  },
  { name: 'phone', kind: 'phone' },
  { name: 'email', kind: 'email' },
  address,
];

export const immigrationStatusFields: FieldSpec[] = [
  {
    name: 'current',
    kind: 'select',
    nullable: false,
    options: [
      'none',
      'lpr',
      'conditional_lpr',
      'tps',
      'daca',
      'parole',
      'nonimmigrant_visa',
      'asylee',
      'refugee',
      'other',
      'unknown',
    ],
  },
  { name: 'lprSince', kind: 'date' },
  { name: 'dacaExpiry', kind: 'date' },
  { name: 'tpsCountry', kind: 'country' },
  { name: 'notes', kind: 'textarea' },
];

export const courtFields: FieldSpec[] = [
  { name: 'court', kind: 'text', hint: true },
  { name: 'controlCourt', kind: 'text' },
  { name: 'judge', kind: 'text' },
];

export const hearingFields: FieldSpec[] = [
  {
    name: 'type',
    kind: 'select',
    nullable: false,
    options: ['master', 'individual', 'bond', 'joseph'],
    optionsKey: 'hearingType',
  },
  {
    name: 'format',
    kind: 'select',
    nullable: false,
    options: ['in_person', 'video', 'phone'],
    optionsKey: 'hearingFormat',
  },
  { name: 'date', kind: 'date', required: true },
  { name: 'time', kind: 'time', hint: true },
  { name: 'callIn', kind: 'text' },
  { name: 'outcome', kind: 'text' },
  { name: 'notes', kind: 'textarea' },
];

export const custodyFields: FieldSpec[] = [
  {
    name: 'status',
    kind: 'select',
    nullable: false,
    options: [
      'detained',
      'released_bond',
      'released_recognizance',
      'released_parole',
      'released_atd',
      'never_detained',
      'unknown',
    ],
    optionsKey: 'custodyStatus',
  },
  {
    name: 'authority',
    kind: 'select',
    options: ['236a', '236c', '235b', '241', 'unknown'],
    optionsKey: 'custodyAuthority',
    hint: true,
  },
  { name: 'facility', kind: 'text' },
  { name: 'facilityPhone', kind: 'phone' },
  { name: 'iceOffice', kind: 'text' },
  { name: 'deportationOfficer', kind: 'text' },
  { name: 'arrestDate', kind: 'date' },
  { name: 'iceBondAmount', kind: 'number', hint: true },
  { name: 'ijBondAmount', kind: 'number' },
  {
    name: 'bondPath',
    kind: 'select',
    options: ['ij_bond', 'joseph', 'parole_only', 'habeas', 'undecided'],
    hint: true,
  },
];

export const releasePlanFields: FieldSpec[] = [
  { name: 'sponsorName', kind: 'text' },
  { name: 'sponsorRelation', kind: 'text' },
  { name: 'sponsorStatus', kind: 'text' },
  { name: 'phone', kind: 'phone' },
  address,
];

export const medicalFields: FieldSpec[] = [{ name: 'pregnant', kind: 'tristate' }];

export const medicalConditionFields: FieldSpec[] = [
  { name: 'condition', kind: 'text', required: true },
  { name: 'medications', kind: 'textarea' },
  { name: 'records', kind: 'textarea' },
];

export const ntaFields: FieldSpec[] = [
  { name: 'dateIssued', kind: 'date' },
  { name: 'dateServed', kind: 'date' },
  {
    name: 'dateServedPrecision',
    kind: 'select',
    options: ['day', 'month', 'year'],
    optionsKey: 'datePrecision',
    hint: true,
  },
  { name: 'serviceMethod', kind: 'select', options: ['in_person', 'mail', 'other', 'unknown'] },
  {
    name: 'hearingTimeOnNta',
    kind: 'select',
    nullable: false,
    options: ['specified', 'tbd', 'unknown'],
    hint: true,
  },
  {
    name: 'classBox',
    kind: 'select',
    nullable: false,
    options: ['arriving', 'present_without_admission', 'admitted_deportable', 'unknown'],
  },
  { name: 'dateFiledWithCourt', kind: 'date' },
  { name: 'pleadingsClosed', kind: 'tristate', hint: true },
];

export const allegationFields: FieldSpec[] = [
  { name: 'text', kind: 'textarea', required: true },
  {
    name: 'pleading',
    kind: 'select',
    nullable: false,
    options: ['admitted', 'denied', 'pending'],
    optionsKey: 'pleading',
  },
];

export const chargeFields: FieldSpec[] = [
  { name: 'section', kind: 'text', required: true, hint: true },
  { name: 'description', kind: 'text' },
  {
    name: 'pleading',
    kind: 'select',
    nullable: false,
    options: ['admitted', 'denied', 'pending'],
    optionsKey: 'pleading',
  },
];

export const entryFields: FieldSpec[] = [
  { name: 'date', kind: 'date', required: true },
  {
    name: 'datePrecision',
    kind: 'select',
    options: ['day', 'month', 'year'],
    optionsKey: 'datePrecision',
    hint: true,
  },
  { name: 'dateApproximate', kind: 'checkbox' },
  { name: 'place', kind: 'text' },
  {
    name: 'manner',
    kind: 'select',
    nullable: false,
    options: ['ewi', 'visa', 'parole', 'lpr', 'refugee', 'cbp_one', 'other', 'unknown'],
  },
  { name: 'visaType', kind: 'text' },
  { name: 'i94Number', kind: 'text' },
  {
    name: 'borderEvents',
    kind: 'checkboxes',
    options: ['expedited_removal', 'credible_fear', 'reinstatement'],
  },
];

export const departureFields: FieldSpec[] = [
  { name: 'leftOn', kind: 'date', required: true },
  { name: 'returnedOn', kind: 'date' },
  { name: 'underOrder', kind: 'tristate', hint: true },
];

export const familyFields: FieldSpec[] = [
  {
    name: 'relation',
    kind: 'select',
    nullable: false,
    options: ['spouse', 'child', 'parent', 'grandparent', 'sibling', 'other'],
  },
  { name: 'name', kind: 'text', required: true },
  { name: 'dateOfBirth', kind: 'date' },
  { name: 'married', kind: 'tristate' },
  {
    name: 'status',
    kind: 'select',
    nullable: false,
    options: ['usc', 'lpr', 'tps', 'daca', 'other', 'none', 'unknown'],
    optionsKey: 'familyStatus',
  },
  { name: 'statusHow', kind: 'text' },
  { name: 'statusSince', kind: 'date' },
  { name: 'location', kind: 'text' },
  { name: 'needs', kind: 'textarea', hint: true },
];

export const criminalEventFields: FieldSpec[] = [
  { name: 'offense', kind: 'text', required: true },
  { name: 'statute', kind: 'text' },
  { name: 'jurisdiction', kind: 'text' },
  { name: 'offenseDate', kind: 'date' },
  { name: 'arrestDate', kind: 'date' },
  { name: 'court', kind: 'text' },
  {
    name: 'disposition',
    kind: 'select',
    nullable: false,
    options: ['pending', 'convicted', 'dismissed', 'acquitted', 'diverted', 'unknown'],
  },
  { name: 'convictionDate', kind: 'date' },
  { name: 'sentence', kind: 'text' },
  { name: 'sentenceDate', kind: 'date' },
  { name: 'sentenceDays', kind: 'number' },
  { name: 'probation', kind: 'text' },
  { name: 'documentsHeld', kind: 'checkbox' },
  { name: 'triggersStopTime', kind: 'tristate', hint: true },
];

export const priorOrderFields: FieldSpec[] = [
  {
    name: 'kind',
    kind: 'select',
    nullable: false,
    options: [
      'removal',
      'voluntary_departure',
      'expedited_removal',
      'reinstatement',
      'in_absentia',
    ],
    optionsKey: 'orderKind',
  },
  { name: 'date', kind: 'date' },
  {
    name: 'datePrecision',
    kind: 'select',
    options: ['day', 'month', 'year'],
    optionsKey: 'datePrecision',
    hint: true,
  },
  { name: 'notes', kind: 'textarea' },
];

export const priorFilingFields: FieldSpec[] = [
  {
    name: 'kind',
    kind: 'select',
    nullable: false,
    options: [
      'i589',
      '212c',
      'suspension',
      'cancellation',
      'daca',
      'tps',
      'i130',
      'i140',
      'i360',
      'i918',
      'i914',
      'labor_certification',
      'other',
    ],
    optionsKey: 'filingKind',
  },
  { name: 'filedOn', kind: 'date' },
  { name: 'receiptNumber', kind: 'text', hint: true },
  { name: 'priorityDate', kind: 'date' },
  {
    name: 'status',
    kind: 'select',
    nullable: false,
    options: ['pending', 'approved', 'denied', 'withdrawn', 'unknown'],
    optionsKey: 'filingStatus',
  },
  {
    name: 'beneficiary',
    kind: 'select',
    nullable: false,
    options: ['client', 'spouse', 'parent', 'other'],
  },
];

export const flagsFields: FieldSpec[] = [
  { name: 'asylumProtected', kind: 'checkbox', hint: true },
  { name: 'vawaProtected1367', kind: 'checkbox', hint: true },
  { name: 'minor', kind: 'checkbox' },
];

export const safeContactFields: FieldSpec[] = [
  { name: 'call', kind: 'tristate' },
  { name: 'text', kind: 'tristate' },
  { name: 'voicemail', kind: 'tristate' },
  { name: 'mail', kind: 'tristate' },
  { name: 'notes', kind: 'textarea', hint: true },
];

export const eoirStatusFields: FieldSpec[] = [
  {
    name: 'status',
    kind: 'select',
    nullable: false,
    options: [
      'pending',
      'continued',
      'admin_closed',
      'terminated',
      'dismissed',
      'removal_order',
      'removal_order_in_absentia',
      'voluntary_departure',
      'relief_granted',
      'on_appeal',
      'remanded',
    ],
    optionsKey: 'eoirStatus',
  },
  { name: 'decisionDate', kind: 'date' },
  {
    name: 'decisionDatePrecision',
    kind: 'select',
    options: ['day', 'month', 'year'],
    optionsKey: 'datePrecision',
    hint: true,
  },
  { name: 'decisionWasOral', kind: 'tristate' },
  { name: 'decisionServedOn', kind: 'date', hint: true },
  { name: 'voluntaryDepartureDays', kind: 'number' },
];
