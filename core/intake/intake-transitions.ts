/**
 * An intake's life: draft → submitted (its starter) → accepted, merged or declined (MCJ staff),
 * then dismissed by its starter once read. Every change of state goes through `applyIntakeEvent`,
 * on the laptop and on the server alike, and a refused one says why (an i18n key), never silently.
 */
import type { Intake, IntakeState } from '../domain/intake';
import { isDecided } from '../domain/intake';

export type IntakeEvent =
  | { type: 'submit'; at: string }
  | { type: 'accept'; at: string; by: string; caseId: string; caseReference: string }
  | { type: 'merge'; at: string; by: string; caseId: string; caseReference: string }
  | { type: 'decline'; at: string; by: string; reason: string }
  | { type: 'dismiss'; at: string };

export type IntakeTransitionError =
  | 'intake.transition.notDraft'
  | 'intake.transition.notSubmitted'
  | 'intake.transition.notDecided'
  | 'intake.transition.dismissed'
  | 'intake.transition.reasonRequired';

export type IntakeTransition =
  { ok: true; intake: Intake } | { ok: false; error: IntakeTransitionError };

const refuse = (error: IntakeTransitionError): IntakeTransition => ({ ok: false, error });

function decide(intake: Intake, state: IntakeState, decision: Intake['decision']): Intake {
  return { ...intake, state, decision };
}

export function applyIntakeEvent(intake: Intake, event: IntakeEvent): IntakeTransition {
  switch (event.type) {
    case 'submit':
      if (intake.state !== 'draft') return refuse('intake.transition.notDraft');
      return { ok: true, intake: { ...intake, state: 'submitted', submittedAt: event.at } };
    case 'accept':
    case 'merge':
      if (intake.state !== 'submitted') return refuse('intake.transition.notSubmitted');
      return {
        ok: true,
        intake: decide(intake, event.type === 'accept' ? 'accepted' : 'merged', {
          by: event.by,
          at: event.at,
          caseId: event.caseId,
          caseReference: event.caseReference,
        }),
      };
    case 'decline': {
      if (intake.state !== 'submitted') return refuse('intake.transition.notSubmitted');
      const reason = event.reason.trim();
      if (!reason) return refuse('intake.transition.reasonRequired');
      return {
        ok: true,
        intake: decide(intake, 'declined', { by: event.by, at: event.at, reason }),
      };
    }
    case 'dismiss':
      if (!isDecided(intake.state)) return refuse('intake.transition.notDecided');
      if (intake.dismissedAt) return refuse('intake.transition.dismissed');
      return { ok: true, intake: { ...intake, dismissedAt: event.at } };
  }
}

/** Its starter (or a supervisor) may still change what it says: until staff decide. */
export function isEditable(intake: Pick<Intake, 'state'>): boolean {
  return intake.state === 'draft' || intake.state === 'submitted';
}
