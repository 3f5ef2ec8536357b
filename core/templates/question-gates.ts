/**
 * When a question applies. A question is asked unless a gate closes it: the client's gender on the
 * case file (no pregnancy question for a client recorded as a man), the client's age, or an
 * earlier answer in the same interview that makes it moot. A fact nobody has recorded keeps the question open: Amparo asks
 * rather than skips.
 *
 * Gates live beside the templates, not in them: they decide what is shown, never what a question
 * means, so they hold for every version of a template and change without a new version.
 */
import { earliestDay, parseApproximateDateCode } from '../domain/approximate-date';
import type { AnswerValue } from '../domain/interview-session';
import { parseIsoDate } from '../domain/iso-date';

type Gender = 'female' | 'male' | 'other' | 'unknown';

export type QuestionGate =
  /** Not asked of a client whose recorded gender (Identity) is one of these. */
  | { readonly kind: 'gender'; readonly notFor: readonly Gender[] }
  /** Not asked of a client who is at least this old today. */
  | { readonly kind: 'ageUnder'; readonly years: number }
  /** Asked only while another answer is open or one of these. */
  | {
      readonly kind: 'answerIn';
      readonly question: string;
      readonly values: readonly AnswerMatch[];
    }
  /** Not asked when another answer is one of these. */
  | {
      readonly kind: 'answerNot';
      readonly question: string;
      readonly values: readonly AnswerMatch[];
    }
  /** Asked only when the date answered lies at least this many years back (or is not known). */
  | { readonly kind: 'dateAtLeastYearsAgo'; readonly question: string; readonly years: number };

type AnswerMatch = string | boolean;

export const questionGates: Readonly<Record<string, readonly QuestionGate[]>> = {
  'detained.pregnant': [{ kind: 'gender', notFor: ['male'] }],
  'victim.parent_abuse': [{ kind: 'ageUnder', years: 21 }],
  'intake.parent_naturalized_before_18': [
    { kind: 'answerNot', question: 'intake.parents_grandparents_usc', values: [false] },
  ],
  'fear.one_year_exception': [
    { kind: 'dateAtLeastYearsAgo', question: 'fear.last_arrival', years: 1 },
  ],
  'debrief.vd_days': [
    { kind: 'answerIn', question: 'debrief.outcome', values: ['voluntary_departure'] },
  ],
  'debrief.vd_warning': [
    { kind: 'answerIn', question: 'debrief.outcome', values: ['voluntary_departure'] },
  ],
  'detained.ice_bond_amount': [
    { kind: 'answerNot', question: 'detained.ice_custody_decision', values: [false] },
  ],
  'hardship.relative_married': [
    { kind: 'answerIn', question: 'hardship.relative_relation', values: ['child'] },
  ],
};

export interface GateFacts {
  /** This interview's answers by question id. */
  readonly answers: Readonly<Record<string, { readonly value: AnswerValue } | undefined>>;
  readonly gender: Gender | null | undefined;
  readonly dateOfBirth: string | null | undefined;
  /** `YYYY-MM-DD`, America/Chicago. */
  readonly today: string;
}

/** Whole years from `from` to `to` (both `YYYY-MM-DD`); null when either is not a real date. */
function yearsBetween(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return null;
  const birthdayPassed = b.month > a.month || (b.month === a.month && b.day >= a.day);
  return b.year - a.year - (birthdayPassed ? 0 : 1);
}

function yearsBefore(today: string, years: number): string {
  return `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
}

function answerOf(facts: GateFacts, question: string): AnswerValue | undefined {
  const value = facts.answers[question]?.value;
  return value === null || value === '' || (Array.isArray(value) && value.length === 0)
    ? undefined
    : value;
}

const matches = (value: AnswerValue, values: readonly AnswerMatch[]) =>
  Array.isArray(value)
    ? value.some((v) => values.includes(v))
    : (typeof value === 'string' || typeof value === 'boolean') && values.includes(value);

/** True when the gate is closed: what is recorded says the question does not apply. */
function closes(gate: QuestionGate, facts: GateFacts): boolean {
  switch (gate.kind) {
    case 'gender':
      return !!facts.gender && gate.notFor.includes(facts.gender);
    case 'ageUnder': {
      const age = facts.dateOfBirth ? yearsBetween(facts.dateOfBirth, facts.today) : null;
      return age !== null && age >= gate.years;
    }
    case 'answerIn': {
      const value = answerOf(facts, gate.question);
      return value !== undefined && value !== 'unknown' && !matches(value, gate.values);
    }
    case 'answerNot': {
      const value = answerOf(facts, gate.question);
      return value !== undefined && matches(value, gate.values);
    }
    case 'dateAtLeastYearsAgo': {
      const value = answerOf(facts, gate.question);
      const date = typeof value === 'string' ? parseApproximateDateCode(value) : null;
      if (!date) return false;
      // Closed only when every day the answer could mean is less than `years` ago.
      return earliestDay(date) > yearsBefore(facts.today, gate.years);
    }
  }
}

/** The gate that keeps the question from being asked, or null when it is asked. */
export function closedGate(questionId: string, facts: GateFacts): QuestionGate | null {
  return (questionGates[questionId] ?? []).find((gate) => closes(gate, facts)) ?? null;
}

export function isAsked(questionId: string, facts: GateFacts): boolean {
  return closedGate(questionId, facts) === null;
}
