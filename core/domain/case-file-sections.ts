/** Case-file sections about the person, their status, the NTA, the court and custody. */
import { z } from 'zod';
import { ANumberSchema } from './a-number';
import { withFormat } from './field-format';
import { LANGUAGE_CODE_PATTERN } from './language-codes';
import {
  TEXT_LONG,
  TEXT_NAME,
  TEXT_SHORT,
  clockTime,
  countryCode,
  datePrecision,
  email,
  entityList,
  enumOf,
  int,
  isoDate,
  list,
  phone,
  requiredText,
  strict,
  text,
  triState,
  uuid,
} from './schema-primitives';

const optionalText = (max: number) => text(max).nullish();

/** ISO 639 code with optional subtags: `es`, `mam`, `quc`, `es-MX`. */
export const LanguageSchema = withFormat(
  strict({
    code: z
      .string({ error: 'validation.language.code' })
      .regex(LANGUAGE_CODE_PATTERN, { error: 'validation.language.code' }),
    name: optionalText(TEXT_NAME),
    dialect: optionalText(TEXT_NAME),
  }),
  'language',
);

export const AddressSchema = strict({
  line1: requiredText(TEXT_SHORT),
  line2: optionalText(TEXT_SHORT),
  city: optionalText(TEXT_NAME),
  state: optionalText(TEXT_NAME),
  postalCode: optionalText(20),
  country: countryCode().nullish(),
});

export const LiteracySchema = enumOf(['reads_writes', 'limited', 'none', 'unknown']);
export const MaritalStatusSchema = enumOf([
  'single',
  'married',
  'separated',
  'divorced',
  'widowed',
  'unknown',
]);

// Key order is the order of the case-file forms (they are derived from these schemas).
/**
 * The client's gender as recorded by the attorney. Spanish wording agrees with it (lo/la,
 * detenido/detenida); with `other`, `unknown` or nothing recorded the wording is neutral.
 */
export const GenderSchema = enumOf(['female', 'male', 'other', 'unknown']);

export const IdentitySchema = strict({
  familyName: requiredText(TEXT_NAME),
  /** May be empty: some people have a single name. */
  givenNames: text(TEXT_NAME),
  aliases: list(requiredText(TEXT_NAME), 50),
  aNumber: ANumberSchema.nullish(),
  dateOfBirth: isoDate().nullish(),
  gender: GenderSchema.nullish(),
  countryOfBirth: countryCode().nullish(),
  /** Whether the parents were married to each other at the birth (INA 301 or 309 applies). */
  parentsMarriedAtBirth: triState().optional(),
  nationalities: list(countryCode(), 10),
  languages: list(LanguageSchema, 20),
  bestLanguage: LanguageSchema.nullish(),
  literacy: LiteracySchema,
  maritalStatus: MaritalStatusSchema.nullish(),
  phone: phone().nullish(),
  email: email().nullish(),
  address: AddressSchema.nullish(),
});

export const ImmigrationStatusKindSchema = enumOf([
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
]);

export const ImmigrationStatusSchema = strict({
  current: ImmigrationStatusKindSchema,
  lprSince: isoDate().nullish(),
  dacaExpiry: isoDate().nullish(),
  tpsCountry: countryCode().nullish(),
  notes: optionalText(TEXT_LONG),
});

export const PleadingSchema = enumOf(['admitted', 'denied', 'pending']);

export const AllegationSchema = strict({
  id: uuid(),
  text: requiredText(TEXT_SHORT * 4),
  pleading: PleadingSchema,
});

/** INA section as written on the NTA: `212(a)(6)(A)(i)`, `237(a)(2)(A)(iii)`. */
export const ChargeSectionSchema = z
  .string({ error: 'validation.charge.section' })
  .regex(/^\d{3}(?:\([0-9A-Za-z]{1,5}\)){1,6}$/, { error: 'validation.charge.section' });

export const ChargeSchema = strict({
  id: uuid(),
  section: ChargeSectionSchema,
  description: optionalText(TEXT_SHORT),
  pleading: PleadingSchema,
});

export const NtaServiceMethodSchema = enumOf(['in_person', 'mail', 'other', 'unknown']);
export const NtaHearingTimeSchema = enumOf(['specified', 'tbd', 'unknown']);
export const NtaClassBoxSchema = enumOf([
  'arriving',
  'present_without_admission',
  'admitted_deportable',
  'unknown',
]);

export const NtaSchema = strict({
  dateIssued: isoDate().nullish(),
  dateServed: isoDate().nullish(),
  /** `month` or `year` when the client remembers only that much of the service date. */
  dateServedPrecision: datePrecision().nullish(),
  serviceMethod: NtaServiceMethodSchema.nullish(),
  hearingTimeOnNta: NtaHearingTimeSchema,
  classBox: NtaClassBoxSchema,
  dateFiledWithCourt: isoDate().nullish(),
  pleadingsClosed: triState(),
  allegations: entityList(AllegationSchema, 100),
  charges: entityList(ChargeSchema, 50),
});

export const CourtSchema = strict({
  court: optionalText(TEXT_NAME),
  controlCourt: optionalText(TEXT_NAME),
  judge: optionalText(TEXT_NAME),
});

export const HearingTypeSchema = enumOf(['master', 'individual', 'bond', 'joseph']);
export const HearingFormatSchema = enumOf(['in_person', 'video', 'phone']);

/** `date` and `time` are wall-clock in America/Chicago; never store a JS Date. */
export const HearingSchema = strict({
  id: uuid(),
  type: HearingTypeSchema,
  format: HearingFormatSchema,
  date: isoDate(),
  /** null = time not set yet. */
  time: clockTime().nullish(),
  /**
   * The filing deadline the immigration judge set for this hearing. Detained cases have no
   * default cut-off, so only this date is used there; elsewhere it overrides the defaults.
   */
  filingDeadline: isoDate().nullish(),
  callIn: optionalText(TEXT_SHORT),
  outcome: optionalText(TEXT_SHORT),
  notes: optionalText(TEXT_LONG),
});

export const CustodyStatusSchema = enumOf([
  'detained',
  'released_bond',
  'released_recognizance',
  'released_parole',
  'released_atd',
  'never_detained',
  'unknown',
]);
export const CustodyAuthoritySchema = enumOf(['236a', '236c', '235b', '241', 'unknown']);
/** Chosen by the attorney; the app never computes it (the law here is unsettled). */
export const BondPathSchema = enumOf(['ij_bond', 'joseph', 'parole_only', 'habeas', 'undecided']);

/** Whole US dollars. */
const dollars = () => int(0, 10_000_000);

export const CustodySchema = strict({
  status: CustodyStatusSchema,
  authority: CustodyAuthoritySchema.nullish(),
  facility: optionalText(TEXT_NAME),
  facilityPhone: phone().nullish(),
  iceOffice: optionalText(TEXT_NAME),
  deportationOfficer: optionalText(TEXT_NAME),
  arrestDate: isoDate().nullish(),
  /** Where ICE made the arrest: a city, or home, work, a traffic stop, a courthouse. */
  arrestPlace: optionalText(TEXT_NAME),
  /** The day this detention began; days in custody count from it (`daysInCustody`). */
  detentionDate: isoDate().nullish(),
  iceBondAmount: dollars().nullish(),
  ijBondAmount: dollars().nullish(),
  bondPath: BondPathSchema.nullish(),
  /** The day of release on bond, parole, recognizance or ATD. */
  releaseDate: isoDate().nullish(),
});

export type Language = z.infer<typeof LanguageSchema>;
export type Address = z.infer<typeof AddressSchema>;
export type Identity = z.infer<typeof IdentitySchema>;
export type ImmigrationStatus = z.infer<typeof ImmigrationStatusSchema>;
export type Allegation = z.infer<typeof AllegationSchema>;
export type Charge = z.infer<typeof ChargeSchema>;
export type Nta = z.infer<typeof NtaSchema>;
export type Court = z.infer<typeof CourtSchema>;
export type Hearing = z.infer<typeof HearingSchema>;
export type Custody = z.infer<typeof CustodySchema>;
