import { pastDateProblem } from '@core/domain/iso-date';
import type { z } from 'zod';
import { todayInChicago } from '../../lib/format';

/**
 * The part's schema, refusing a date of birth after today (America/Chicago). Kept out of the core
 * schema on purpose: what is valid there must not depend on the day it is checked.
 */
export function bornInThePast<T extends z.ZodType>(schema: T) {
  return schema.superRefine((value, ctx) => {
    const date = (value as { dateOfBirth?: unknown } | null)?.dateOfBirth;
    if (typeof date !== 'string') return;
    const problem = pastDateProblem(date, todayInChicago());
    if (problem === 'validation.date.future')
      ctx.addIssue({ code: 'custom', message: problem, path: ['dateOfBirth'] });
  });
}
