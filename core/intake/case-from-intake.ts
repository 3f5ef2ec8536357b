/**
 * The case file an accepted intake becomes: everything the intake recorded, in the case file's
 * own fields, and every other fact unknown (as a new case always starts). What has no place in
 * the case file (referral source, free notes) goes into the intake note (intake-note.ts).
 */
import type { CaseFile } from '../domain/case-file';
import { emptyCaseFile } from '../domain/case-file';
import type { Intake } from '../domain/intake';

export interface CaseFromIntakeInput {
  readonly id: string;
  readonly reference: string;
  /** A fresh id for the next hearing's row, when the intake recorded one. */
  readonly hearingId: string;
}

export function caseFileFromIntake(intake: Intake, input: CaseFromIntakeInput): CaseFile {
  const { client, custody, court, flags } = intake;
  const base = emptyCaseFile({
    id: input.id,
    reference: input.reference,
    familyName: client.familyName.trim(),
    givenNames: client.givenNames.trim(),
  });
  const hearing = court.nextHearing;
  return {
    ...base,
    identity: {
      ...base.identity,
      ...(client.aNumber ? { aNumber: client.aNumber } : {}),
      ...(client.dateOfBirth ? { dateOfBirth: client.dateOfBirth } : {}),
      ...(client.countryOfBirth ? { countryOfBirth: client.countryOfBirth } : {}),
      ...(client.phone ? { phone: client.phone } : {}),
      languages: client.language ? [client.language] : [],
      ...(client.language ? { bestLanguage: client.language } : {}),
    },
    court: court.court ? { court: court.court } : {},
    hearings: hearing
      ? [
          {
            id: input.hearingId,
            type: hearing.type,
            format: hearing.format,
            date: hearing.date,
            ...(hearing.time ? { time: hearing.time } : {}),
          },
        ]
      : [],
    custody: {
      status: custody.status,
      ...(custody.facility ? { facility: custody.facility } : {}),
      ...(custody.detainedOn ? { arrestDate: custody.detainedOn } : {}),
    },
    flags: { ...base.flags, ...flags },
    parties: intake.parties.map((party) => ({ ...party })),
  };
}
