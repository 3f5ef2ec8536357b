/**
 * How a case ended, recorded by the supervisor who closes it (issue 18 #5). `deriveOutcome`
 * proposes one from the case file (the EOIR decision first, then custody); the supervisor
 * confirms or changes it. Reports count outcomes by these kinds.
 */
import { z } from 'zod';
import type { CaseFile } from '../domain/case-file';
import {
  enumOf,
  int,
  issueKey,
  text,
  TEXT_SHORT,
  timestamp,
  uuid,
} from '../domain/schema-primitives';

export const outcomeKinds = [
  'released',
  'relief_granted',
  'removal_ordered',
  'voluntary_departure',
  'terminated_dismissed',
  'transferred',
  'withdrawn',
  'other',
] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export const releaseKinds = ['parole', 'bond', 'other'] as const;

/** The forms of relief an immigration judge or USCIS grants (defense catalog ids where one exists). */
export const reliefTypes = [
  'asylum',
  'withholding-241b3',
  'cat',
  'cancellation-42a',
  'cancellation-42b',
  'vawa-cancellation',
  'adjustment',
  'u-visa',
  't-visa',
  'sijs',
  'tps',
  'other',
] as const;

/** Whole US dollars, as the case file's bond amounts. */
const BondAmountSchema = int(1, 10_000_000);

const note = { note: text(TEXT_SHORT * 4).nullish() };

export const CaseOutcomeSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('released'),
        release: enumOf(releaseKinds),
        /** Required for a release on bond. */
        bondAmount: BondAmountSchema.nullish(),
        ...note,
      }),
      z.strictObject({ kind: z.literal('relief_granted'), relief: enumOf(reliefTypes), ...note }),
      ...(
        [
          'removal_ordered',
          'voluntary_departure',
          'terminated_dismissed',
          'transferred',
          'withdrawn',
          'other',
        ] as const
      ).map((kind) => z.strictObject({ kind: z.literal(kind), ...note })),
    ],
    { error: issueKey },
  )
  .superRefine((outcome, ctx) => {
    if (outcome.kind !== 'released') return;
    if (outcome.release === 'bond' && !outcome.bondAmount)
      ctx.addIssue({
        code: 'custom',
        message: 'validation.required',
        path: ['bondAmount'],
      });
    if (outcome.release !== 'bond' && outcome.bondAmount)
      ctx.addIssue({ code: 'custom', message: 'validation.invalid', path: ['bondAmount'] });
  });
export type CaseOutcome = z.infer<typeof CaseOutcomeSchema>;

/** A proposal and why: the field of the case file it was read from. */
export interface DerivedOutcome {
  readonly outcome: CaseOutcome;
  readonly from: 'eoirStatus' | 'custody';
}

/**
 * The outcome the case file points to, or null when it says nothing final. The court's decision
 * wins over custody (a client released on bond and later granted asylum ended with relief);
 * relief's type is not in the file, so it is proposed as "other" for the supervisor to set.
 */
export function deriveOutcome(
  file: Pick<CaseFile, 'eoirStatus' | 'custody'>,
): DerivedOutcome | null {
  const eoir = (kind: CaseOutcome): DerivedOutcome => ({ outcome: kind, from: 'eoirStatus' });
  switch (file.eoirStatus.status) {
    case 'relief_granted':
      return eoir({ kind: 'relief_granted', relief: 'other' });
    case 'removal_order':
    case 'removal_order_in_absentia':
      return eoir({ kind: 'removal_ordered' });
    case 'voluntary_departure':
      return eoir({ kind: 'voluntary_departure' });
    case 'terminated':
    case 'dismissed':
      return eoir({ kind: 'terminated_dismissed' });
    default:
      break;
  }
  const custody = file.custody;
  const released = (release: (typeof releaseKinds)[number], bondAmount: number | null = null) => ({
    outcome: { kind: 'released' as const, release, bondAmount },
    from: 'custody' as const,
  });
  switch (custody.status) {
    case 'released_bond':
      return released('bond', custody.ijBondAmount ?? custody.iceBondAmount ?? null);
    case 'released_parole':
      return released('parole');
    case 'released_recognizance':
    case 'released_atd':
      return released('other');
    default:
      return null;
  }
}

/**
 * The closing in force as the server writes it into the case file (`extra.closing`, see
 * server/src/admin/case-closing-service.ts), for laptops to show. Reopening removes it.
 */
export const CaseClosedStateSchema = z.object({
  id: uuid(),
  outcome: CaseOutcomeSchema,
  closedAt: timestamp(),
  closedBy: uuid(),
});
export type CaseClosedState = z.infer<typeof CaseClosedStateSchema>;

/** The case's closing, or null when it is open (or what `extra` holds is not a closing). */
export function closingOf(file: Pick<CaseFile, 'extra'>): CaseClosedState | null {
  const parsed = CaseClosedStateSchema.safeParse(file.extra['closing']);
  return parsed.success ? parsed.data : null;
}
