import { describe, expect, it } from 'vitest';
import { requestContract, eventContract } from './contract';
import { MAX_REMINDERS, type Reminder } from './reminder-schemas';
import { MAX_SAVE_BYTES } from './file-schemas';

const caseId = '0b6f3c1e-7a3d-4b8e-9f2a-1c2d3e4f5a6b';
const reminder: Reminder = {
  id: `${caseId}:hearing:h1:day-before:2026-12-03`,
  caseId,
  caseReference: 'MCJ-2026-0042',
  kind: 'hearing',
  deadlineType: null,
  when: 'day-before',
  date: '2026-12-03',
  time: '09:00',
  fireAt: '2026-12-02T14:00:00.000Z',
  expiresAt: '2026-12-03T06:00:00.000Z',
};

describe('reminders:schedule', () => {
  const schema = requestContract['reminders:schedule'].request;

  it('accepts structured reminders that name only the case reference', () => {
    expect(schema.safeParse({ reminders: [reminder] }).success).toBe(true);
    const deadline = { ...reminder, kind: 'deadline', deadlineType: 'bia-appeal', time: null };
    expect(schema.safeParse({ reminders: [deadline] }).success).toBe(true);
  });

  it('refuses client names, free text and unknown fields', () => {
    const bad = [
      { ...reminder, caseReference: 'Ana Prueba' },
      { ...reminder, caseReference: 'A123456789' },
      { ...reminder, title: 'Hearing for Ana Prueba' },
      { ...reminder, deadlineType: 'call Ana' },
      { ...reminder, kind: 'deadline', deadlineType: null },
      { ...reminder, deadlineType: 'manual' },
      { ...reminder, fireAt: reminder.expiresAt, expiresAt: reminder.fireAt },
      { ...reminder, time: '9am' },
      { ...reminder, id: 'x'.repeat(301) },
    ];
    for (const item of bad) expect(schema.safeParse({ reminders: [item] }).success).toBe(false);
  });

  it('is size-limited', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_v, i) => ({ ...reminder, id: `${reminder.id}:${i}` }));
    expect(schema.safeParse({ reminders: many(MAX_REMINDERS) }).success).toBe(true);
    expect(schema.safeParse({ reminders: many(MAX_REMINDERS + 1) }).success).toBe(false);
  });
});

describe('print:save-pdf and files:save', () => {
  it('takes a case reference, never a free file name, for PDFs', () => {
    const schema = requestContract['print:save-pdf'].request;
    const ok = { document: 'case-summary', caseReference: 'MCJ-2026-0042', date: '2026-11-27' };
    expect(schema.safeParse(ok).success).toBe(true);
    expect(schema.safeParse({ ...ok, caseReference: 'Prueba, Ana' }).success).toBe(false);
    expect(schema.safeParse({ ...ok, fileName: 'Ana Prueba.pdf' }).success).toBe(false);
    expect(schema.safeParse({ ...ok, document: 'everything' }).success).toBe(false);
  });

  it('limits saved files to 50 MB of bytes with a plain file name', () => {
    const schema = requestContract['files:save'].request;
    const ok = {
      suggestedName: 'MCJ-2026-0042-hearings.ics',
      mimeType: 'text/calendar',
      bytes: new Uint8Array(10),
    };
    expect(schema.safeParse(ok).success).toBe(true);
    for (const suggestedName of [
      '../etc/passwd',
      'a/b.txt',
      'C:\\x.txt',
      'Ana Prueba.docx',
      '.bashrc',
      'noextension',
      'a..b.txt',
    ]) {
      expect(schema.safeParse({ ...ok, suggestedName }).success, suggestedName).toBe(false);
    }
    expect(schema.safeParse({ ...ok, bytes: 'aGVsbG8=' }).success).toBe(false);
    expect(schema.safeParse({ ...ok, mimeType: 'text/html; charset=x' }).success).toBe(false);
    const tooBig = { byteLength: MAX_SAVE_BYTES + 1 } as Uint8Array;
    Object.setPrototypeOf(tooBig, Uint8Array.prototype);
    expect(schema.safeParse({ ...ok, bytes: tooBig }).success).toBe(false);
  });
});

describe('log:report-error', () => {
  const schema = requestContract['log:report-error'].request;
  const ok = {
    name: 'TypeError',
    code: null,
    frames: ['renderCase (index-3f2a.js:12:345)', '<anonymous> (index-3f2a.js:1:2)'],
    source: 'error',
  };

  it('accepts a name, a code and reduced frames', () => {
    expect(schema.safeParse(ok).success).toBe(true);
    expect(schema.safeParse({ ...ok, code: 'validation_failed' }).success).toBe(true);
  });

  it('refuses messages, paths and long stacks', () => {
    expect(schema.safeParse({ ...ok, message: 'Ana Prueba not found' }).success).toBe(false);
    expect(schema.safeParse({ ...ok, name: 'Error: Ana Prueba' }).success).toBe(false);
    expect(schema.safeParse({ ...ok, frames: ['f (/home/ana/x.js:1:1)'] }).success).toBe(false);
    expect(schema.safeParse({ ...ok, frames: ['f (app://amparo/x.js:1:1)'] }).success).toBe(false);
    expect(schema.safeParse({ ...ok, frames: Array(31).fill(ok.frames[0]) }).success).toBe(false);
  });
});

describe('menu and update channels', () => {
  it('menu state and actions are closed enums', () => {
    const state = requestContract['menu:update-state'].request;
    expect(state.safeParse({ language: 'es', hasOpenCase: true }).success).toBe(true);
    expect(state.safeParse({ language: 'fr', hasOpenCase: true }).success).toBe(false);
    const invoked = eventContract['menu:action-invoked'].payload;
    expect(invoked.safeParse({ actionId: 'case.new' }).success).toBe(true);
    expect(invoked.safeParse({ actionId: 'eval' }).success).toBe(false);
  });

  it('update status carries a semantic version only', () => {
    const status = eventContract['updates:status-changed'].payload;
    expect(status.safeParse({ state: 'ready', version: '1.2.3' }).success).toBe(true);
    expect(status.safeParse({ state: 'ready', version: '<img src=x>' }).success).toBe(false);
  });
});
