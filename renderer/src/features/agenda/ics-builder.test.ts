import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, utcStamp } from './ics-builder';

const now = new Date('2026-06-01T15:04:05.678Z');
const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('ics text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'Plazo de audiencia en la corte: ñandú, café y más. '.repeat(6)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const part of lines) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of lines.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves short lines alone', () => {
    expect(foldLine('BEGIN:VEVENT')).toBe('BEGIN:VEVENT');
  });

  it('stamps UTC without milliseconds', () => {
    expect(utcStamp(now)).toBe('20260601T150405Z');
  });
});

describe('buildIcs', () => {
  const text = buildIcs(
    [
      {
        uid: 'rule-asylum-one-year-case-x@amparo.mcj',
        summary: 'Deadline: Asylum; one year, MCJ-2026-0042',
        description: 'Line one\nLine two',
        date: '2027-03-10',
      },
      {
        uid: 'hearing-1@amparo.mcj',
        summary: 'Hearing',
        description: 'Confirm with the court',
        date: '2026-11-03',
        time: '08:30',
      },
    ],
    { now, calendarName: 'Amparo agenda' },
  );
  const lines = unfold(text).split('\r\n');

  it('is a VCALENDAR with CRLF line ends and one VEVENT per entry', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('DTSTAMP:20260601T150405Z'))).toHaveLength(2);
  });

  it('writes deadlines as all-day dates and escapes their text', () => {
    expect(lines).toContain('UID:rule-asylum-one-year-case-x@amparo.mcj');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270310');
    expect(lines).toContain('DTEND;VALUE=DATE:20270311');
    expect(lines).toContain('SUMMARY:Deadline: Asylum\\; one year\\, MCJ-2026-0042');
    expect(lines).toContain('DESCRIPTION:Line one\\nLine two');
  });

  it('writes hearings in Chicago local time with the VTIMEZONE they need', () => {
    expect(lines).toContain('DTSTART;TZID=America/Chicago:20261103T083000');
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:America/Chicago');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });

  it('leaves out the time zone when every entry is all-day', () => {
    const allDay = buildIcs([{ uid: 'a@x', summary: 's', description: 'd', date: '2026-07-01' }], {
      now,
      calendarName: 'Amparo',
    });
    expect(allDay).not.toContain('VTIMEZONE');
  });
});
