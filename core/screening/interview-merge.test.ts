import { describe, expect, it } from 'vitest';
import { mergeInterviewAnswers } from './interview-merge';

describe('mergeInterviewAnswers', () => {
  it('keeps the most recently saved non-empty answer to each question across interviews', () => {
    const older = {
      answers: {
        'intake.fear_of_return': { value: false, updatedAt: '2026-01-01T10:00:00.000Z' },
        'intake.past_harm': { value: true, updatedAt: '2026-01-01T10:00:00.000Z' },
      },
    };
    const newer = {
      answers: {
        'intake.fear_of_return': { value: true, updatedAt: '2026-02-01T10:00:00.000Z' },
        'intake.past_harm': { value: null, updatedAt: '2026-02-01T10:00:00.000Z' },
        'intake.fear_reason': { value: '   ', updatedAt: '2026-02-01T10:00:00.000Z' },
      },
    };
    expect(mergeInterviewAnswers([newer, older])).toEqual({
      'intake.fear_of_return': { value: true },
      'intake.past_harm': { value: true },
    });
  });

  it('ignores sessions without answers', () => {
    expect(mergeInterviewAnswers([null, {}, { answers: 'x' }])).toEqual({});
  });
});
