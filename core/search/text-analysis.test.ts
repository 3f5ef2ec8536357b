import { describe, expect, it } from 'vitest';
import { foldText, stemsOf } from './text-analysis';

describe('text analysis', () => {
  it('folds accents and case, with the same answer on the fast path for plain ASCII', () => {
    expect(foldText('DETENCIÓN')).toBe('detencion');
    expect(foldText('Ñandú')).toBe('nandu');
    expect(foldText('Hearing')).toBe('hearing');
    expect(foldText('A-123')).toBe('a-123');
  });

  // The snippet finder skips words by their first letter (search-engine.ts): it relies on this.
  it("keeps a word's first letter in every stem, including Snowball's special cases", () => {
    const words = [
      ...'dying lying tying skies skis idly gently ugly early only singly news atlas cosmos bias andes yelling yes',
      ...' generously universal hopefully relational agreed feed detained deportation',
      ...' niños acción detención hijos abuela pandillas amenazadas corriendo ñandú úlceras',
    ]
      .join('')
      .split(' ');
    for (const word of words) {
      const folded = foldText(word);
      for (const stem of stemsOf(folded)) expect(stem[0], `${word} → ${stem}`).toBe(folded[0]);
    }
  });
});
