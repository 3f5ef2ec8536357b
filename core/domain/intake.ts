/**
 * An intake: a prospective client's first facts, taken by a volunteer (on a laptop, often offline
 * during a jail visit) or by MCJ staff (in the console, or many at once from a CSV file). It is not
 * a case: staff run the conflict check and then accept it (a new case), merge it into an existing
 * case, or decline it with a reason. It syncs like a case (its id is its own scope), encrypted on
 * the laptop with its own key; its starter and the organisation's supervisors may see it.
 */
import { z } from 'zod';
import { ANumberSchema } from './a-number';
import { CaseReferenceSchema } from './case-file';
import { PartiesSchema } from './case-file-parties';
import {
  CustodyStatusSchema,
  HearingFormatSchema,
  HearingTypeSchema,
  LanguageSchema,
} from './case-file-sections';
import { withFormat } from './field-format';
import {
  TEXT_LONG,
  TEXT_NAME,
  TEXT_SHORT,
  bool,
  clockTime,
  countryCode,
  enumOf,
  isoDate,
  issueKey,
  phone,
  requiredText,
  strict,
  text,
  timestamp,
  uuid,
} from './schema-primitives';

export const INTAKE_SCHEMA_VERSION = 1;

export const intakeStates = ['draft', 'submitted', 'accepted', 'merged', 'declined'] as const;
export const IntakeStateSchema = enumOf(intakeStates);
export type IntakeState = z.infer<typeof IntakeStateSchema>;

/** Where the intake was taken. */
export const IntakeSourceSchema = enumOf(['laptop', 'console', 'csv']);
export type IntakeSource = z.infer<typeof IntakeSourceSchema>;

export const IntakeClientSchema = strict({
  familyName: requiredText(TEXT_NAME),
  /** May be empty: some people have a single name. */
  givenNames: text(TEXT_NAME),
  aNumber: ANumberSchema.nullish(),
  dateOfBirth: isoDate().nullish(),
  countryOfBirth: countryCode().nullish(),
  /** The language the client is best interviewed in. */
  language: LanguageSchema.nullish(),
  phone: phone().nullish(),
});

export const IntakeCustodySchema = strict({
  status: CustodyStatusSchema,
  facility: text(TEXT_NAME).nullish(),
  /** The day the client was detained (the ICE arrest date, when detained). */
  detainedOn: isoDate().nullish(),
});

/** Type and format are chosen, never defaulted: a wrong "video" or "master" would mislead. */
export const IntakeHearingSchema = strict({
  date: isoDate(),
  time: clockTime().nullish(),
  type: HearingTypeSchema,
  format: HearingFormatSchema,
});

export const IntakeCourtSchema = strict({
  court: text(TEXT_NAME).nullish(),
  nextHearing: IntakeHearingSchema.nullish(),
});

export const IntakeFlagsSchema = strict({
  /** 8 CFR 1208.6: asylum-related information. */
  asylumProtected: bool(),
  /** 8 U.S.C. 1367: VAWA, T and U information. */
  vawaProtected1367: bool(),
  minor: bool(),
});

/** What staff decided, by whom and when: the case it became or went into, or why it was declined. */
export const IntakeDecisionSchema = strict({
  by: uuid(),
  at: timestamp(),
  caseId: uuid().nullish(),
  caseReference: CaseReferenceSchema.nullish(),
  reason: text(TEXT_SHORT * 4).nullish(),
});

/** What the person taking the intake fills in (the console's form and a CSV row give only this). */
export const IntakeContentSchema = strict({
  client: IntakeClientSchema,
  custody: IntakeCustodySchema,
  court: IntakeCourtSchema,
  flags: IntakeFlagsSchema,
  /** Who sent the client to MCJ: "jail visit", "family member", "legal orientation program". */
  referralSource: text(TEXT_SHORT).nullish(),
  notes: withFormat(text(TEXT_LONG), 'multiline').nullish(),
  parties: PartiesSchema,
});

export const IntakeFieldsSchema = strict({
  id: uuid(),
  /** Non-identifying, like a case reference: `INT-2026-004211`. */
  reference: CaseReferenceSchema,
  schemaVersion: z.literal(INTAKE_SCHEMA_VERSION, { error: 'validation.schemaVersion' }),
  source: IntakeSourceSchema,
  startedBy: uuid(),
  startedAt: timestamp(),
  ...IntakeContentSchema.shape,
  state: IntakeStateSchema,
  submittedAt: timestamp().nullish(),
  decision: IntakeDecisionSchema.nullish(),
  /** The starter has read the decision; the laptop forgets a decided, dismissed intake. */
  dismissedAt: timestamp().nullish(),
  /** Fields written by a newer version of the app; kept as they are so sync never drops them. */
  extra: z.record(z.string(), z.unknown(), { error: issueKey }),
});

const decidedStates: ReadonlySet<IntakeState> = new Set(['accepted', 'merged', 'declined']);

export function isDecided(state: IntakeState): boolean {
  return decidedStates.has(state);
}

/** A state's required companions: a decision exactly when decided, a case for accept and merge. */
export const IntakeSchema = IntakeFieldsSchema.superRefine((intake, ctx) => {
  const reported = new Set<string>();
  const problem = (path: string) => {
    if (!reported.has(path))
      ctx.addIssue({ code: 'custom', message: 'validation.intake.state', path: [path] });
    reported.add(path);
  };
  const decided = isDecided(intake.state);
  if (decided !== !!intake.decision) problem('decision');
  if (intake.state !== 'draft' && !intake.submittedAt) problem('submittedAt');
  if (intake.dismissedAt && !decided) problem('dismissedAt');
  if (intake.state === 'declined' && !intake.decision?.reason?.trim()) problem('decision');
  if (
    (intake.state === 'accepted' || intake.state === 'merged') &&
    (!intake.decision?.caseId || !intake.decision.caseReference)
  )
    problem('decision');
});

export type IntakeClient = z.infer<typeof IntakeClientSchema>;
export type IntakeContent = z.infer<typeof IntakeContentSchema>;
export type IntakeDecision = z.infer<typeof IntakeDecisionSchema>;
export type Intake = z.infer<typeof IntakeSchema>;

/** Client name in natural order, "Ana Prueba", for the people who may see it. */
export function intakeClientName(client: Pick<IntakeClient, 'familyName' | 'givenNames'>): string {
  return [client.givenNames.trim(), client.familyName.trim()].filter(Boolean).join(' ');
}

export function emptyIntakeContent(): IntakeContent {
  return {
    client: { familyName: '', givenNames: '' },
    custody: { status: 'unknown' },
    court: {},
    flags: { asylumProtected: false, vawaProtected1367: false, minor: false },
    parties: [],
  };
}

export interface NewIntakeInput {
  readonly id: string;
  readonly reference: string;
  readonly source: IntakeSource;
  readonly startedBy: string;
  readonly startedAt: string;
  readonly content: IntakeContent;
}

export function newIntake(input: NewIntakeInput): Intake {
  return {
    id: input.id,
    reference: input.reference,
    schemaVersion: INTAKE_SCHEMA_VERSION,
    source: input.source,
    startedBy: input.startedBy,
    startedAt: input.startedAt,
    ...input.content,
    state: 'draft',
    extra: {},
  };
}
