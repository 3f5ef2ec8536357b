import type { Language } from '@core/domain/case-file-sections';
import type {
  AnswerValue,
  InterviewSession,
  SessionAddendum,
} from '@core/domain/interview-session';
import { AppError } from '@core/errors/app-error';
import type { JsonObject } from '@core/sync/json-value';
import type { InterviewTemplate } from '@core/templates';
import { documentsRepository } from '../../db/documents-repository';
import { notesRepository } from '../../db/notes-repository';
import { newId, nowIso } from '../../lib/ids';

export interface StartInterviewInput {
  readonly caseId: string;
  readonly interpreterName: string;
  readonly interpreterLanguage: Language | null;
  /** How the interpreter's language reads in the attorney's UI language, for the opening answer. */
  readonly interpreterLanguageLabel: string;
  readonly clientLanguage: 'en' | 'es';
}

/**
 * A new draft session pinned to this template version. Every section gets its note id now, so a
 * note never waits on a second write. The opening questions about the interpreter are filled with
 * what the attorney just typed.
 */
export function newInterviewSession(
  template: InterviewTemplate,
  input: StartInterviewInput,
  makeId: () => string = newId,
  now: string = nowIso(),
): InterviewSession {
  const name = input.interpreterName.trim();
  const answers: InterviewSession['answers'] = {};
  const has = (id: string) => template.sections.some((s) => s.questions.some((q) => q.id === id));
  if (name && has('opening.interpreter_name'))
    answers['opening.interpreter_name'] = { value: name, updatedAt: now };
  if (
    input.interpreterLanguage &&
    input.interpreterLanguageLabel &&
    has('opening.interpreter_language')
  ) {
    const dialect = input.interpreterLanguage.dialect?.trim();
    answers['opening.interpreter_language'] = {
      value: dialect
        ? `${input.interpreterLanguageLabel} (${dialect})`
        : input.interpreterLanguageLabel,
      updatedAt: now,
    };
  }
  return {
    id: makeId(),
    caseId: input.caseId,
    templateId: template.id,
    templateVersion: template.version,
    interpreterName: name || null,
    interpreterLanguage: input.interpreterLanguage,
    clientLanguage: { code: input.clientLanguage },
    state: 'draft',
    startedAt: now,
    finalizedAt: null,
    answers,
    sectionNotes: Object.fromEntries(template.sections.map((s) => [s.id, makeId()])),
    addenda: [],
  };
}

export async function startInterview(
  template: InterviewTemplate,
  input: StartInterviewInput,
): Promise<InterviewSession> {
  const session = newInterviewSession(template, input);
  await documentsRepository.create('interview', input.caseId, session);
  return session;
}

/** Sets answers on a session document; a final session takes no more answers. */
/**
 * Writes answers; `withdrawn` questions lose their stored answer because what is on screen now is
 * not valid (it waits as a draft), so nothing reads a value the attorney has since changed.
 */
export function writeAnswers(
  doc: JsonObject,
  values: Readonly<Record<string, AnswerValue>>,
  now: string = nowIso(),
  withdrawn: readonly string[] = [],
): JsonObject {
  const session = doc as unknown as InterviewSession;
  if (session.state === 'final') throw new AppError('conflict', 'interview is final');
  const answers = { ...session.answers };
  for (const [questionId, value] of Object.entries(values)) {
    answers[questionId] = { value, updatedAt: now };
  }
  for (const questionId of withdrawn) delete answers[questionId];
  return { ...doc, answers } as unknown as JsonObject;
}

/** The note id of a section, adding one to the session if an older record has none. */
export async function ensureSectionNote(sessionId: string, sectionId: string): Promise<string> {
  let noteId = '';
  await documentsRepository.update(sessionId, (doc) => {
    const session = doc as unknown as InterviewSession;
    noteId = session.sectionNotes[sectionId] ?? newId();
    return { ...doc, sectionNotes: { ...session.sectionNotes, [sectionId]: noteId } };
  });
  return noteId;
}

/**
 * Finalises the section notes first and the session last: if anything fails half-way the session
 * is still a draft, and running this again finishes the job (finalising a note twice is a no-op).
 */
export async function finalizeInterview(
  sessionId: string,
  deps = { documents: documentsRepository, notes: notesRepository },
  now: string = nowIso(),
): Promise<void> {
  const row = await deps.documents.get(sessionId);
  if (!row || row.entity !== 'interview') throw new AppError('not_found', 'no such interview');
  const session = row.doc as unknown as InterviewSession;
  for (const noteId of Object.values(session.sectionNotes)) {
    await deps.notes.finalize(noteId, session.caseId);
  }
  await deps.documents.update(sessionId, (doc) =>
    doc['state'] === 'final' ? doc : { ...doc, state: 'final', finalizedAt: now },
  );
}

/** A new addendum: its own note with its own time, editable until it is finalised itself. */
export async function addAddendum(
  sessionId: string,
  deps = { documents: documentsRepository },
  now: string = nowIso(),
): Promise<SessionAddendum> {
  const addendum: SessionAddendum = { id: newId(), createdAt: now, noteId: newId() };
  await deps.documents.update(sessionId, (doc) => {
    const session = doc as unknown as InterviewSession;
    return { ...doc, addenda: [...session.addenda, addendum] } as unknown as JsonObject;
  });
  return addendum;
}
