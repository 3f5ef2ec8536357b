import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, AppErrorShapeSchema, issuesFromZod } from './app-error';

describe('AppError', () => {
  it('round-trips through its serialisable shape', () => {
    const error = new AppError('validation_failed', 'bad A-number', [
      { path: 'identity.aNumber', code: 'validation.aNumber.format' },
    ]);
    const shape = AppErrorShapeSchema.parse(JSON.parse(JSON.stringify(error.toShape())));
    const back = AppError.fromShape(shape);
    expect(back.code).toBe('validation_failed');
    expect(back.issues).toEqual([{ path: 'identity.aNumber', code: 'validation.aNumber.format' }]);
  });

  it('keeps paths and message keys from zod but never the rejected values', () => {
    const schema = z.strictObject({ name: z.string().min(1, { error: 'validation.required' }) });
    const result = schema.safeParse({ name: '', secret: 'Canary Person' });
    expect(result.success).toBe(false);
    const issues = issuesFromZod(result.error!);
    expect(JSON.stringify(issues)).not.toContain('Canary Person');
    expect(issues).toContainEqual({ path: 'name', code: 'validation.required' });
  });
});
