import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { syntheticUuid } from './case-file.fixture';
import { ChecklistStateSchema, CommentSchema, ManualDeadlineSchema } from './case-records';
import { InterviewSessionFieldsSchema, InterviewSessionSchema } from './interview-session';
import { NOTE_BODY_MAX_BYTES, NoteRevisionSchema, utf8ByteLength } from './note-revision';

const caseId = syntheticUuid(100);

const session = {
  id: syntheticUuid(101),
  caseId,
  templateId: 'intake.first',
  templateVersion: 3,
  interpreterName: 'Interpreter Example',
  interpreterLanguage: { code: 'mam', name: 'Mam' },
  clientLanguage: { code: 'mam', dialect: 'Todos Santos' },
  state: 'final',
  startedAt: '2026-11-20T15:00:00.000Z',
  finalizedAt: '2026-11-20T16:12:09.412Z',
  answers: {
    'intake.q01': { value: 'Ana Prueba', updatedAt: '2026-11-20T15:01:00Z' },
    'intake.q03.fear': { value: true, updatedAt: '2026-11-20T15:05:00Z' },
    'intake.q05.children': { value: 2, updatedAt: '2026-11-20T15:06:00Z' },
    'intake.q06.languages': { value: ['mam', 'es'], updatedAt: '2026-11-20T15:07:00Z' },
    'intake.q07': { value: null, updatedAt: '2026-11-20T15:08:00Z' },
  },
  sectionNotes: { 'intake.fear': syntheticUuid(102) },
  addenda: [
    { id: syntheticUuid(103), createdAt: '2026-11-21T09:00:00Z', noteId: syntheticUuid(104) },
  ],
};

const revision = {
  id: syntheticUuid(110),
  noteId: syntheticUuid(102),
  caseId,
  parentIds: [syntheticUuid(109)],
  body: 'La clienta dice que llegó en julio. Confirmar fecha con el I-213.',
  authorId: syntheticUuid(200),
  deviceId: syntheticUuid(201),
  createdAt: '2026-11-20T15:30:00Z',
  state: 'draft',
};

const checklist = {
  id: syntheticUuid(120),
  caseId,
  defenseId: 'cancellation.42b',
  elements: {
    'presence.10y': { status: 'unknown', note: 'Need 2016 proof' },
    'qualifying.relative': { status: 'met' },
  },
  evidence: { 'tax.returns': { status: 'requested', note: null } },
  origin: 'screening',
  dismissed: null,
};

const deadline = {
  id: syntheticUuid(130),
  caseId,
  title: 'IJ order: file I-589 supplement',
  date: '2027-01-15',
  kind: 'court_order',
  notes: null,
};

const comment = {
  id: syntheticUuid(140),
  caseId,
  authorId: syntheticUuid(202),
  body: 'Please check the 2012 departure dates before the master hearing.',
  createdAt: '2026-11-22T10:00:00Z',
};

function keysOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe.each([
  ['InterviewSessionSchema', InterviewSessionSchema, session],
  ['NoteRevisionSchema', NoteRevisionSchema, revision],
  ['ChecklistStateSchema', ChecklistStateSchema, checklist],
  ['ManualDeadlineSchema', ManualDeadlineSchema, deadline],
  ['CommentSchema', CommentSchema, comment],
] as const)('%s', (_name, schema, fixture) => {
  it('accepts a realistic synthetic record unchanged', () => {
    expect(schema.parse(fixture)).toEqual(fixture);
  });

  it('rejects unknown keys', () => {
    expect(keysOf(schema, { ...fixture, clientName: 'Ana Prueba' })).toEqual([
      'validation.unknownKey',
    ]);
  });

  it('rejects a missing case id with validation.required', () => {
    expect(keysOf(schema, { ...fixture, caseId: undefined })).toEqual(['validation.required']);
  });
});

describe('InterviewSessionSchema', () => {
  it('requires finalizedAt exactly when the session is final', () => {
    expect(keysOf(InterviewSessionSchema, { ...session, finalizedAt: null })).toEqual([
      'validation.session.finalizedAt',
    ]);
    expect(keysOf(InterviewSessionSchema, { ...session, state: 'draft' })).toEqual([
      'validation.session.finalizedAt',
    ]);
    expect(
      keysOf(InterviewSessionSchema, { ...session, state: 'draft', finalizedAt: null }),
    ).toEqual([]);
  });

  it('keeps an unrefined object for forms', () => {
    expect(
      InterviewSessionFieldsSchema.pick({ templateId: true }).parse({ templateId: 'a.b' }),
    ).toEqual({
      templateId: 'a.b',
    });
  });

  it.each([
    [{ value: { nested: true }, updatedAt: '2026-11-20T15:01:00Z' }, 'validation.answer.value'],
    [{ value: [1, 2], updatedAt: '2026-11-20T15:01:00Z' }, 'validation.answer.value'],
    [{ value: Number.NaN, updatedAt: '2026-11-20T15:01:00Z' }, 'validation.answer.value'],
    [{ updatedAt: '2026-11-20T15:01:00Z' }, 'validation.required'],
    [{ value: 'x', updatedAt: '2026-11-20 15:01' }, 'validation.timestamp.format'],
    [{ value: 'x', updatedAt: '2026-11-20T15:01:00-06:00' }, 'validation.timestamp.format'],
  ])('rejects the answer %j', (answer, key) => {
    expect(keysOf(InterviewSessionSchema, { ...session, answers: { 'q.1': answer } })).toEqual([
      key,
    ]);
  });

  it('rejects malformed question ids', () => {
    const answers = { 'bad id!': { value: true, updatedAt: '2026-11-20T15:01:00Z' } };
    expect(keysOf(InterviewSessionSchema, { ...session, answers })).toEqual([
      'validation.record.key',
    ]);
  });
});

describe('NoteRevisionSchema', () => {
  it('accepts a body of exactly 1 MiB and rejects one byte more', () => {
    const full = 'a'.repeat(NOTE_BODY_MAX_BYTES);
    expect(keysOf(NoteRevisionSchema, { ...revision, body: full })).toEqual([]);
    expect(keysOf(NoteRevisionSchema, { ...revision, body: `${full}a` })).toEqual([
      'validation.note.tooLarge',
    ]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8ByteLength('a')).toBe(1);
    expect(utf8ByteLength('ñ')).toBe(2);
    expect(utf8ByteLength('€')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('\ud800')).toBe(3);
    expect(utf8ByteLength('\ud800a')).toBe(4);
    const tooManyAccents = 'ñ'.repeat(NOTE_BODY_MAX_BYTES / 2 + 1);
    expect(keysOf(NoteRevisionSchema, { ...revision, body: tooManyAccents })).toEqual([
      'validation.note.tooLarge',
    ]);
  });

  it('rejects a body that is not text', () => {
    expect(keysOf(NoteRevisionSchema, { ...revision, body: 42 })).toEqual(['validation.type']);
  });

  it('accepts a merge revision with two parents and an empty body', () => {
    const merge = { ...revision, body: '', parentIds: [syntheticUuid(1), syntheticUuid(2)] };
    expect(keysOf(NoteRevisionSchema, merge)).toEqual([]);
  });
});

describe('ChecklistStateSchema', () => {
  it('records a dismissal with a reason and time', () => {
    const dismissed = {
      ...checklist,
      dismissed: { reason: 'Client has no qualifying relative', at: '2026-11-23T12:00:00Z' },
    };
    expect(keysOf(ChecklistStateSchema, dismissed)).toEqual([]);
  });

  it('rejects an unknown element status', () => {
    const bad = { ...checklist, elements: { 'presence.10y': { status: 'probably' } } };
    expect(keysOf(ChecklistStateSchema, bad)).toEqual(['validation.enum']);
  });
});

describe('ManualDeadlineSchema', () => {
  it('rejects impossible dates', () => {
    expect(keysOf(ManualDeadlineSchema, { ...deadline, date: '2027-02-29' })).toEqual([
      'validation.date.format',
    ]);
  });
});
