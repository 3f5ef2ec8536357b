import { describe, expect, it } from 'vitest';
import { messageKeyToI18n } from './message-key';

describe('messageKeyToI18n', () => {
  it.each([
    ['validation.required', 'validation:required'],
    ['validation.aNumber.format', 'validation:aNumber.format'],
    ['validation:required', 'validation:required'],
    ['plain', 'plain'],
  ])('maps %s to %s', (input, expected) => {
    expect(messageKeyToI18n(input)).toBe(expected);
  });
});
