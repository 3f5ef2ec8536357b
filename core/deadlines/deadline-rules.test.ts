import { describe, expect, it } from 'vitest';
import { deadlineRuleIds as catalogRuleIds } from '../catalog/deadline-rule-ids';
import { isValidIsoDate } from '../domain/iso-date';
import { LawNoteSchema, LocalizedTextSchema, VolatilitySchema } from '../law/law-schema';
import { deadlineRuleChanges } from './deadline-rule-changes';
import { DEADLINE_RULES_VERSION, deadlineRule, deadlineRules } from './deadline-rules';
import {
  DeadlineSettingsSchema,
  defaultDeadlineSettings,
  resolveOptions,
} from './deadline-settings';
import { deadlineRuleIds } from './deadline-types';

describe('deadline rules as data', () => {
  it('has exactly one rule per id', () => {
    expect(deadlineRules.map((rule) => rule.id).sort()).toEqual([...deadlineRuleIds].sort());
  });

  it('implements every rule the defense catalog can point to', () => {
    for (const id of catalogRuleIds) expect(deadlineRuleIds).toContain(id);
  });

  it.each(deadlineRules.map((rule) => [rule.id, rule] as const))(
    '%s is complete and dated',
    (_id, rule) => {
      expect(rule.name.en.trim()).not.toBe('');
      expect(rule.name.es.trim()).not.toBe('');
      expect(rule.trigger.es.trim()).not.toBe('');
      expect(rule.citations.length).toBeGreaterThan(0);
      expect(isValidIsoDate(rule.effectiveDate)).toBe(true);
      for (const note of rule.notes) {
        expect(isValidIsoDate(note.date)).toBe(true);
        expect(note.text.es.trim()).not.toBe('');
      }
      if (rule.volatility.volatile) expect(isValidIsoDate(rule.volatility.asOf)).toBe(true);
    },
  );

  it.each(deadlineRules.map((rule) => [rule.id, rule] as const))(
    '%s uses the same note, text and volatility shapes as core/law, so one UI renders both',
    (_id, rule) => {
      expect(LocalizedTextSchema.parse(rule.name)).toEqual(rule.name);
      for (const note of rule.notes) expect(LawNoteSchema.parse(note)).toEqual(note);
      expect(VolatilitySchema.parse(rule.volatility)).toEqual(rule.volatility);
    },
  );

  it('marks the rules the fact-check could not confirm', () => {
    expect(
      deadlineRules
        .filter((rule) => !rule.verified)
        .map((rule) => rule.id)
        .sort(),
    ).toEqual(['ar-11', 'vd-bond']);
  });

  it('rolls over only where a regulation or decision says so', () => {
    expect(
      deadlineRules
        .filter((rule) => rule.rollsToBusinessDay)
        .map((rule) => rule.id)
        .sort(),
    ).toEqual([
      'asylum-one-year',
      'bia-appeal',
      'bia-motion-to-reconsider',
      'bia-motion-to-reopen',
      'bond-appeal',
      'eoir-33',
      'motion-to-reconsider',
      'motion-to-reopen',
      'motion-to-reopen-in-absentia',
      'petition-for-review',
      'pre-hearing-filing',
      'voluntary-departure',
    ]);
  });

  it('has a version that matches the latest dated change, and refuses unknown ids', () => {
    const latest = deadlineRuleChanges[deadlineRuleChanges.length - 1]!;
    expect(DEADLINE_RULES_VERSION).toBe(latest.version);
    const versions = deadlineRuleChanges.map((change) => change.version);
    expect(new Set(versions).size).toBe(versions.length);
    for (const change of deadlineRuleChanges) {
      expect(isValidIsoDate(change.date)).toBe(true);
      expect(change.version.startsWith(change.date)).toBe(true);
      expect(change.text.es.trim()).not.toBe('');
      for (const id of change.ruleIds) expect(deadlineRuleIds).toContain(id);
    }
    expect(() => deadlineRule('no-such-rule' as never)).toThrow(
      new RangeError('unknown deadline rule no-such-rule'),
    );
  });
});

describe('deadline rules as data, exactly (issue 25: mutation testing)', () => {
  const blank = (text: string) => text.trim() === '';

  it('names each rule and its trigger in both languages, and cites no blank source', () => {
    for (const rule of deadlineRules) {
      for (const text of [rule.name, rule.trigger]) {
        expect(blank(text.en) || blank(text.es), rule.id).toBe(false);
        expect(text.en, rule.id).not.toBe(text.es);
      }
      for (const citation of rule.citations) expect(blank(citation), rule.id).toBe(false);
      for (const note of rule.notes) {
        expect(blank(note.text.en) || blank(note.text.es), rule.id).toBe(false);
        for (const citation of note.citations) expect(blank(citation), rule.id).toBe(false);
      }
    }
  });

  it("keeps each rule's closures, number of citations, and dated notes with their sources", () => {
    // [rule, closures counted, citations, notes: "date, number of citations, verified"]
    expect(
      deadlineRules.map((r) => [
        r.id,
        r.closures,
        r.citations.length,
        r.notes.map((n) => `${n.date} ${n.citations.length} ${n.verified}`),
      ]),
    ).toEqual([
      ['asylum-one-year', 'immigration_court', 4, ['2022-04-22 1 true']],
      ['eoir-33', 'immigration_court', 6, ['2026-12-06 1 true']],
      ['ar-11', 'federal_holidays', 1, []],
      [
        'pre-hearing-filing',
        'immigration_court',
        2,
        ['2021-01-13 1 true', '2022-08-26 1 true', '2025-02-16 1 true'],
      ],
      ['cancellation-42b-clock', 'immigration_court', 7, []],
      ['cancellation-42a-clock', 'immigration_court', 6, []],
      ['vawa-cancellation-clock', 'immigration_court', 3, []],
      [
        'bia-appeal',
        'federal_holidays',
        4,
        ['2026-02-06 1 true', '2026-03-08 1 true', '2026-03-09 1 true', '2026-12-06 1 false'],
      ],
      [
        'bond-appeal',
        'federal_holidays',
        3,
        ['2026-02-06 1 true', '2026-03-08 1 true', '2026-03-09 1 true', '2026-12-06 1 false'],
      ],
      ['motion-to-reopen', 'immigration_court', 6, ['2026-12-06 2 true']],
      ['motion-to-reconsider', 'immigration_court', 6, ['2026-12-06 2 true']],
      ['motion-to-reopen-in-absentia', 'immigration_court', 7, ['2026-12-06 2 true']],
      ['voluntary-departure', 'federal_holidays', 3, ['2025-04-22 1 true']],
      ['vd-bond', 'federal_holidays', 1, []],
      ['petition-for-review', 'federal_holidays', 7, ['2025-06-26 2 true']],
      ['bia-motion-to-reopen', 'federal_holidays', 6, ['2026-12-06 1 false']],
      ['bia-motion-to-reconsider', 'federal_holidays', 6, ['2026-12-06 1 false']],
    ]);
  });
});

describe('deadline settings', () => {
  it('defaults to 15 days for master and 30 for individual hearings', () => {
    expect(DeadlineSettingsSchema.parse(defaultDeadlineSettings).preHearingDays).toEqual({
      master: 15,
      individual: 30,
    });
  });

  it('rejects bad values with i18n keys', () => {
    const result = DeadlineSettingsSchema.safeParse({
      ...defaultDeadlineSettings,
      preHearingDays: { master: 0, individual: 30.5 },
      closedDays: ['2026-02-30'],
      extra: 1,
    });
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual([
      'validation.date.format',
      'validation.number.integer',
      'validation.number.range?min=1&max=90',
      'validation.unknownKey',
    ]);
  });

  it('refuses a malformed today', () => {
    expect(() => resolveOptions({ today: '27/11/2026' })).toThrow();
  });
});
