/**
 * An intake form (console or laptop) as text fields, and the step to intake content checked by
 * the same schema as every other intake: a problem comes back as the form field it belongs to.
 */
import { parseANumber } from '../domain/a-number';
import type { IntakeContent } from '../domain/intake';
import { IntakeContentSchema } from '../domain/intake';

export interface PartyValues {
  role: 'adverse' | 'related';
  name: string;
  relationship: string;
}

export interface IntakeFormValues {
  familyName: string;
  givenNames: string;
  aNumber: string;
  dateOfBirth: string;
  countryOfBirth: string;
  language: string;
  phone: string;
  custodyStatus: IntakeContent['custody']['status'];
  facility: string;
  detainedOn: string;
  court: string;
  hearingDate: string;
  hearingTime: string;
  hearingType: string;
  hearingFormat: string;
  asylumProtected: boolean;
  vawaProtected1367: boolean;
  minor: boolean;
  referralSource: string;
  notes: string;
  parties: PartyValues[];
}

export const emptyIntakeForm = (): IntakeFormValues => ({
  familyName: '',
  givenNames: '',
  aNumber: '',
  dateOfBirth: '',
  countryOfBirth: '',
  language: '',
  phone: '',
  custodyStatus: 'unknown',
  facility: '',
  detainedOn: '',
  court: '',
  hearingDate: '',
  hearingTime: '',
  hearingType: '',
  hearingFormat: '',
  asylumProtected: false,
  vawaProtected1367: false,
  minor: false,
  referralSource: '',
  notes: '',
  parties: [],
});

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Schema path → form field (the parties keep their own paths: `parties.0.name`). */
export const intakeFieldOfPath = {
  'client.familyName': 'familyName',
  'client.givenNames': 'givenNames',
  'client.aNumber': 'aNumber',
  'client.dateOfBirth': 'dateOfBirth',
  'client.countryOfBirth': 'countryOfBirth',
  'client.language': 'language',
  'client.phone': 'phone',
  'custody.status': 'custodyStatus',
  'custody.facility': 'facility',
  'custody.detainedOn': 'detainedOn',
  'court.court': 'court',
  'court.nextHearing.date': 'hearingDate',
  'court.nextHearing.time': 'hearingTime',
  'court.nextHearing.type': 'hearingType',
  'court.nextHearing.format': 'hearingFormat',
  referralSource: 'referralSource',
  notes: 'notes',
} as const satisfies Record<string, keyof IntakeFormValues>;
const fieldOfPath: Record<string, keyof IntakeFormValues> = intakeFieldOfPath;

function formField(path: readonly PropertyKey[]): string {
  if (path[0] === 'parties' && path.length >= 3) return path.slice(0, 3).map(String).join('.');
  for (let n = path.length; n > 0; n -= 1) {
    const field = fieldOfPath[path.slice(0, n).map(String).join('.')];
    if (field) return field;
  }
  return 'familyName';
}

export type IntakeFormResult =
  { ok: true; content: IntakeContent } | { ok: false; errors: Record<string, string> };

export function intakeContentFromForm(
  values: IntakeFormValues,
  newId: () => string,
): IntakeFormResult {
  const aNumber = values.aNumber.trim() === '' ? null : parseANumber(values.aNumber);
  const anyHearing = [
    values.hearingDate,
    values.hearingTime,
    values.hearingType,
    values.hearingFormat,
  ].some((v) => v.trim() !== '');
  const content = {
    client: {
      familyName: values.familyName.trim(),
      givenNames: values.givenNames.trim(),
      aNumber: aNumber === null ? null : aNumber.ok ? aNumber.value : values.aNumber.trim(),
      dateOfBirth: orNull(values.dateOfBirth),
      countryOfBirth: orNull(values.countryOfBirth.toUpperCase()),
      language: orNull(values.language) ? { code: values.language.trim().toLowerCase() } : null,
      phone: orNull(values.phone),
    },
    custody: {
      status: values.custodyStatus,
      facility: orNull(values.facility),
      detainedOn: orNull(values.detainedOn),
    },
    court: {
      court: orNull(values.court),
      nextHearing: anyHearing
        ? {
            date: values.hearingDate.trim(),
            time: orNull(values.hearingTime),
            type: values.hearingType,
            format: values.hearingFormat,
          }
        : null,
    },
    flags: {
      asylumProtected: values.asylumProtected,
      vawaProtected1367: values.vawaProtected1367,
      minor: values.minor,
    },
    referralSource: orNull(values.referralSource),
    notes: orNull(values.notes),
    parties: values.parties.map((party) => ({
      id: newId(),
      role: party.role,
      name: party.name.trim(),
      relationship: orNull(party.relationship),
    })),
  };
  const parsed = IntakeContentSchema.safeParse(content);
  if (parsed.success) return { ok: true, content: parsed.data };
  const errors: Record<string, string> = {};
  if (aNumber && !aNumber.ok) errors['aNumber'] = aNumber.error;
  for (const issue of parsed.error.issues) errors[formField(issue.path)] ??= issue.message;
  return { ok: false, errors };
}

/** An intake's content back as form text (editing an intake already saved). */
export function intakeFormFromContent(content: IntakeContent): IntakeFormValues {
  const { client, custody, court, flags } = content;
  const hearing = court.nextHearing;
  return {
    familyName: client.familyName,
    givenNames: client.givenNames,
    aNumber: client.aNumber ?? '',
    dateOfBirth: client.dateOfBirth ?? '',
    countryOfBirth: client.countryOfBirth ?? '',
    language: client.language?.code ?? '',
    phone: client.phone ?? '',
    custodyStatus: custody.status,
    facility: custody.facility ?? '',
    detainedOn: custody.detainedOn ?? '',
    court: court.court ?? '',
    hearingDate: hearing?.date ?? '',
    hearingTime: hearing?.time ?? '',
    hearingType: hearing?.type ?? '',
    hearingFormat: hearing?.format ?? '',
    asylumProtected: flags.asylumProtected,
    vawaProtected1367: flags.vawaProtected1367,
    minor: flags.minor,
    referralSource: content.referralSource ?? '',
    notes: content.notes ?? '',
    parties: content.parties.map((party) => ({
      role: party.role,
      name: party.name,
      relationship: party.relationship ?? '',
    })),
  };
}
