import { describe, expect, it } from 'vitest';
import { deadlineRules } from '../deadlines/deadline-rules';
import { feeIds } from '../law/fees-table';
import { DefenseCatalogSchema, DefenseSchema } from './catalog-schema';
import { deadlineRuleIds } from './deadline-rule-ids';
import { defenseCatalog, defenseIds, getDefense, isDefenseId } from './defense-catalog';

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

const required = [
  'asylum',
  'withholding-241b3',
  'cat',
  'cancellation-42a',
  'cancellation-42b',
  'vawa-cancellation',
  'adjustment-245a',
  'adjustment-245i',
  'u-visa',
  't-visa',
  'vawa-self-petition',
  'sijs',
  'tps',
  'daca',
  'pd-closure-dismissal',
  'voluntary-departure',
  'defective-nta',
  'contest-removability',
  'citizenship',
  'waiver-212h',
  'former-212c',
  'waiver-212i',
  'bond',
  'joseph-hearing',
  'humanitarian-parole',
  'motion-to-reopen',
];

describe('defense catalog', () => {
  it('validates against its schema', () => {
    const result = DefenseCatalogSchema.safeParse(defenseCatalog);
    expect(result.success).toBe(true);
  });

  it('has unique defense ids and contains every defense of DOMAIN §2 and §3', () => {
    expect(duplicates(defenseIds)).toEqual([]);
    for (const id of required) expect(isDefenseId(id), id).toBe(true);
    expect(getDefense('no-such-defense')).toBeUndefined();
  });

  it('has unique question, bar and evidence ids, each prefixed by its defense id', () => {
    const itemIds = defenseCatalog.defenses.flatMap((defense) => {
      const ids = [...defense.questions, ...defense.bars, ...defense.evidence].map(
        (item) => item.id,
      );
      for (const id of ids) expect(id.startsWith(`${defense.id}.`), id).toBe(true);
      return ids;
    });
    expect(duplicates(itemIds)).toEqual([]);
  });

  it('points only at fees that exist in the fee table', () => {
    const missing = defenseCatalog.defenses
      .flatMap((defense) => defense.forms.map((form) => form.feeId))
      .filter((feeId): feeId is string => feeId !== null && !feeIds.includes(feeId));
    expect(missing).toEqual([]);
  });

  it('points only at known deadline rules', () => {
    const known: readonly string[] = deadlineRuleIds;
    const used = defenseCatalog.defenses.flatMap((defense) => defense.deadlineRuleIds);
    expect(used.filter((id) => !known.includes(id))).toEqual([]);
    expect(used).toContain('asylum-one-year');
  });

  it('names only deadline rules that the calculator in core/deadlines implements', () => {
    const implemented = deadlineRules.map((rule) => rule.id as string);
    expect(deadlineRuleIds.filter((id) => !implemented.includes(id))).toEqual([]);
  });

  it('gives every volatile defense a bilingual banner, and flags the litigated areas', () => {
    for (const id of ['bond', 'appeal-to-bia', 'tps', 'asylum']) {
      const volatility = getDefense(id)?.volatility;
      expect(volatility?.volatile, id).toBe(true);
      if (volatility?.volatile) {
        expect(volatility.banner.en.length).toBeGreaterThan(20);
        expect(volatility.banner.es.length).toBeGreaterThan(20);
      }
    }
  });

  it('keeps unverified material flagged', () => {
    expect(getDefense('waiver-212i')?.verified).toBe(false);
    const bond = getDefense('bond');
    expect(bond?.changes.find((note) => note.date === '2026-07-02')?.verified).toBe(false);
    const vd = getDefense('voluntary-departure');
    expect(
      vd?.changes.some((note) => !note.verified && note.text.en.includes('5 business days')),
    ).toBe(true);
  });

  it('marks asylum-type and 1367-type defenses for the confidentiality flags', () => {
    expect(getDefense('asylum')?.protectedBy).toContain('asylum-confidentiality');
    for (const id of ['u-visa', 't-visa', 'vawa-self-petition', 'vawa-cancellation']) {
      expect(getDefense(id)?.protectedBy, id).toContain('section-1367');
    }
  });

  it('rejects a form that has neither a fee id nor a reason for having none', () => {
    const asylum = getDefense('asylum');
    const broken = {
      ...asylum,
      forms: [{ form: 'X', name: { en: 'X', es: 'X' }, feeId: null, filedWith: 'uscis' }],
    };
    expect(DefenseSchema.safeParse(broken).success).toBe(false);
  });

  it('has dated change notes with English and Spanish text', () => {
    for (const defense of defenseCatalog.defenses) {
      for (const note of defense.changes) {
        expect(note.text.en.trim().length, defense.id).toBeGreaterThan(0);
        expect(note.text.es.trim().length, defense.id).toBeGreaterThan(0);
        expect(note.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
