/** An interview run from a template: answers per question, notes per section, addenda after final. */
import { z } from 'zod';
import { LanguageSchema } from './case-file-sections';
import {
  TEXT_LONG,
  TEXT_NAME,
  catalogId,
  entityList,
  enumOf,
  int,
  issueKey,
  strict,
  text,
  timestamp,
  uuid,
} from './schema-primitives';

const ANSWER_TEXT_MAX = 100_000;

export const AnswerValueSchema = z.union(
  [
    z.boolean(),
    z.string().max(ANSWER_TEXT_MAX),
    z.number().finite(),
    z.array(z.string().max(TEXT_LONG)).max(200),
    z.null(),
  ],
  {
    error: (issue) =>
      issue.input === undefined ? 'validation.required' : 'validation.answer.value',
  },
);

export const AnswerSchema = strict({
  value: AnswerValueSchema,
  updatedAt: timestamp(),
});

export const SessionAddendumSchema = strict({
  id: uuid(),
  createdAt: timestamp(),
  noteId: uuid(),
});

export const InterviewSessionStateSchema = enumOf(['draft', 'final']);

/** The plain object, for callers that need `.pick()`, `.partial()` or `.extend()`. */
export const InterviewSessionFieldsSchema = strict({
  id: uuid(),
  caseId: uuid(),
  templateId: catalogId(),
  templateVersion: int(1, 1_000_000),
  interpreterName: text(TEXT_NAME).nullish(),
  interpreterLanguage: LanguageSchema.nullish(),
  clientLanguage: LanguageSchema,
  state: InterviewSessionStateSchema,
  startedAt: timestamp(),
  finalizedAt: timestamp().nullish(),
  /** questionId → answer. */
  answers: z.record(catalogId(), AnswerSchema, { error: issueKey }),
  /** sectionId → id of the note holding that section's free text. */
  sectionNotes: z.record(catalogId(), uuid(), { error: issueKey }),
  addenda: entityList(SessionAddendumSchema, 1000),
});

/** A final session has its finalisation time; a draft has none. */
export const InterviewSessionSchema = InterviewSessionFieldsSchema.superRefine((session, ctx) => {
  const finalized = session.finalizedAt !== null && session.finalizedAt !== undefined;
  if (finalized !== (session.state === 'final')) {
    ctx.addIssue({
      code: 'custom',
      message: 'validation.session.finalizedAt',
      path: ['finalizedAt'],
    });
  }
});

export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
export type SessionAddendum = z.infer<typeof SessionAddendumSchema>;
export type InterviewSession = z.infer<typeof InterviewSessionSchema>;
