import { InterviewSessionSchema, type InterviewSession } from '@core/domain/interview-session';
import type { JsonObject } from '@core/sync/json-value';
import { latestTemplate } from '@core/templates';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AmparoDatabase } from '../../db/database';
import { createDocumentsRepository } from '../../db/documents-repository';
import { createNotesRepository } from '../../db/notes-repository';
import { createTestDatabase } from '../../db/test-database';
import { newId } from '../../lib/ids';
import {
  addAddendum,
  finalizeInterview,
  newInterviewSession,
  writeAnswers,
} from './interview-actions';

const template = latestTemplate('first-intake')!;
const caseId = '00000000-0000-4000-8000-000000000001';
const start = {
  caseId,
  interpreterName: ' Rosa Intérprete ',
  interpreterLanguage: { code: 'es' },
  interpreterLanguageLabel: 'Spanish',
  clientLanguage: 'es' as const,
};

describe('newInterviewSession', () => {
  it('pins the template version, gives every section a note and fills the interpreter answers', () => {
    const session = newInterviewSession(template, start, newId, '2026-11-27T15:00:00.000Z');
    expect(InterviewSessionSchema.safeParse(session).success).toBe(true);
    expect(session).toMatchObject({
      templateId: 'first-intake',
      templateVersion: template.version,
      state: 'draft',
      interpreterName: 'Rosa Intérprete',
      clientLanguage: { code: 'es' },
      finalizedAt: null,
    });
    expect(Object.keys(session.sectionNotes)).toEqual(template.sections.map((s) => s.id));
    expect(new Set(Object.values(session.sectionNotes)).size).toBe(template.sections.length);
    expect(session.answers['opening.interpreter_name']!.value).toBe('Rosa Intérprete');
    expect(session.answers['opening.interpreter_language']!.value).toBe('Spanish');
  });

  it('records no interpreter when none is named', () => {
    const session = newInterviewSession(template, {
      ...start,
      interpreterName: '',
      interpreterLanguage: null,
      interpreterLanguageLabel: '',
      clientLanguage: 'en',
    });
    expect(session.interpreterName).toBeNull();
    expect(session.interpreterLanguage).toBeNull();
    expect(session.answers).toEqual({});
  });
});

describe('writeAnswers', () => {
  it('sets answers with their time and refuses a final session', () => {
    const session = newInterviewSession(template, start);
    const doc = session as unknown as JsonObject;
    const next = writeAnswers(doc, { 'intake.fear_of_return': true }, '2026-11-27T16:00:00.000Z');
    expect((next['answers'] as JsonObject)['intake.fear_of_return']).toEqual({
      value: true,
      updatedAt: '2026-11-27T16:00:00.000Z',
    });
    expect(() =>
      writeAnswers({ ...doc, state: 'final' }, { 'intake.fear_of_return': false }),
    ).toThrow(/final/);
  });
});

describe('finalizeInterview and addenda', () => {
  let db: AmparoDatabase;
  let deps: {
    documents: ReturnType<typeof createDocumentsRepository>;
    notes: ReturnType<typeof createNotesRepository>;
  };
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    deps = {
      documents: createDocumentsRepository(() => db),
      notes: createNotesRepository(() => db),
    };
  });

  it('finalises every section note, then the session; running it again changes nothing', async () => {
    const session = newInterviewSession(template, start);
    await deps.documents.create('interview', caseId, session);
    const fearNote = session.sectionNotes['fear']!;
    await deps.notes.save({
      noteId: fearNote,
      caseId,
      body: 'Afraid of the gang that killed her brother.',
    });

    await finalizeInterview(session.id, deps, '2026-11-27T17:00:00.000Z');
    const stored = (await deps.documents.get(session.id))!.doc as unknown as InterviewSession;
    expect(stored).toMatchObject({ state: 'final', finalizedAt: '2026-11-27T17:00:00.000Z' });
    for (const noteId of Object.values(session.sectionNotes)) {
      expect((await deps.notes.get(noteId)).isFinal).toBe(true);
    }
    expect((await deps.notes.get(fearNote)).current!.body).toBe(
      'Afraid of the gang that killed her brother.',
    );
    await expect(deps.notes.save({ noteId: fearNote, caseId, body: 'changed' })).rejects.toThrow(
      /final/,
    );

    const outboxBefore = await db.outbox.count();
    await finalizeInterview(session.id, deps, '2026-11-28T09:00:00.000Z');
    expect(
      ((await deps.documents.get(session.id))!.doc as unknown as InterviewSession).finalizedAt,
    ).toBe('2026-11-27T17:00:00.000Z');
    expect(await db.outbox.count()).toBe(outboxBefore);
  });

  it('adds addenda with their own time and note', async () => {
    const session = newInterviewSession(template, start);
    await deps.documents.create('interview', caseId, session);
    await finalizeInterview(session.id, deps);
    const first = await addAddendum(session.id, deps, '2026-11-28T10:00:00.000Z');
    const second = await addAddendum(session.id, deps, '2026-11-29T10:00:00.000Z');
    const stored = (await deps.documents.get(session.id))!.doc as unknown as InterviewSession;
    expect(stored.addenda).toEqual([first, second]);
    expect(first.noteId).not.toBe(second.noteId);
    expect(first.createdAt).toBe('2026-11-28T10:00:00.000Z');
  });
});
