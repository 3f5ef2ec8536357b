import { screenCase } from '@core/screening';
import { describe, expect, it } from 'vitest';
import { dismissChecklist, emptyChecklist } from './checklist-model';
import { defenseEntries } from './defense-entries';
import { asylumAnd42bCase, fearAnswers, TODAY, uuid } from './screening-cases.fixture';

const result = screenCase(asylumAnd42bCase(), [{ answers: fearAnswers }], { today: TODAY });

describe('defenseEntries', () => {
  it('lists screening candidates in rule order with the rules that raised each', () => {
    const { active, dismissed } = defenseEntries(result, []);
    const ids = active.map((e) => e.defense.id);
    expect(ids).toEqual(expect.arrayContaining(['asylum', 'cancellation-42b']));
    expect(ids.indexOf('asylum')).toBeLessThan(ids.indexOf('cancellation-42b'));
    const asylum = active.find((e) => e.defense.id === 'asylum')!;
    expect(asylum.rules.map((r) => r.ruleId)).toEqual(['R02', 'R03']);
    expect(asylum.origin).toBe('screening');
    expect(dismissed).toEqual([]);
  });

  it('keeps dismissed defenses apart and offers the rest of the catalog to add', () => {
    const asylumList = dismissChecklist(
      emptyChecklist(uuid(1), uuid(100), 'asylum', 'screening'),
      'No fear after all',
      '2026-06-01T15:00:00.000Z',
    );
    const manual = emptyChecklist(uuid(2), uuid(100), 'u-visa', 'manual');
    const entries = defenseEntries(result, [asylumList, manual]);
    expect(entries.dismissed.map((e) => e.defense.id)).toEqual(['asylum']);
    const uVisa = entries.active.find((e) => e.defense.id === 'u-visa')!;
    expect(uVisa).toMatchObject({ origin: 'manual', rules: [], noLongerRaised: false });
    const addable = entries.addable.map((d) => d.id);
    expect(addable).not.toContain('asylum');
    expect(addable).not.toContain('u-visa');
    expect(addable).toContain('t-visa');
  });

  it('flags a defense screening raised before but no longer raises', () => {
    const old = emptyChecklist(uuid(3), uuid(100), 'tps', 'screening');
    const entry = defenseEntries(result, [old]).active.find((e) => e.defense.id === 'tps')!;
    expect(entry.noLongerRaised).toBe(true);
  });
});
