import { latestTemplate } from '@core/templates';
import { describe, expect, it } from 'vitest';
import {
  interviewProgress,
  neighbourSection,
  percent,
  sectionProgress,
} from './interview-progress';

const template = latestTemplate('first-intake')!;
const at = '2026-11-27T15:00:00.000Z';

describe('interview progress', () => {
  it('counts answered questions per section and overall, "unknown" included', () => {
    const fear = template.sections.find((s) => s.id === 'fear')!;
    const answers = {
      'intake.fear_of_return': { value: true, updatedAt: at },
      'intake.fear_reason': { value: null, updatedAt: at },
      'intake.past_harm': { value: 'unknown', updatedAt: at },
      'intake.date_of_birth': { value: '1990-02-28', updatedAt: at },
    };
    expect(sectionProgress(fear, answers)).toEqual({
      sectionId: 'fear',
      answered: 2,
      total: 3,
      drafts: 0,
    });
    const { sections, overall } = interviewProgress(
      template,
      answers,
      new Set(['intake.fear_reason']),
    );
    const total = template.sections.reduce((n, s) => n + s.questions.length, 0);
    expect(overall).toEqual({ answered: 3, total });
    expect(sections.find((s) => s.sectionId === 'fear')!.drafts).toBe(1);
    expect(sections.map((s) => s.sectionId)).toEqual(template.sections.map((s) => s.id));
  });

  it('never rounds up to 100% before everything is answered', () => {
    expect(percent({ answered: 199, total: 200 })).toBe(99);
    expect(percent({ answered: 200, total: 200 })).toBe(100);
    expect(percent({ answered: 0, total: 0 })).toBe(0);
    expect(percent({ answered: 1, total: 3 })).toBe(33);
  });

  it('finds the next and previous sections and stops at either end', () => {
    const ids = template.sections.map((s) => s.id);
    expect(neighbourSection(template, ids[0]!, 1)).toBe(ids[1]);
    expect(neighbourSection(template, ids[0]!, -1)).toBeNull();
    expect(neighbourSection(template, ids.at(-1)!, 1)).toBeNull();
    expect(neighbourSection(template, ids[2]!, -1)).toBe(ids[1]);
  });
});
