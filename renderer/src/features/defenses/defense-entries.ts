import { defenseCatalog, getDefense, type Defense } from '@core/catalog';
import type { ChecklistState } from '@core/domain/case-records';
import type { Candidate, ScreeningResult } from '@core/screening';

export interface DefenseEntry {
  readonly defense: Defense;
  /** The screening rules that raised this defense now (empty when added by hand). */
  readonly rules: readonly Candidate[];
  readonly checklist: ChecklistState | null;
  /** How it came onto the case: from screening or added by the attorney. */
  readonly origin: 'screening' | 'manual';
  /** Recorded from screening earlier, but today's facts no longer raise it. */
  readonly noLongerRaised: boolean;
}

export interface DefenseEntries {
  readonly active: readonly DefenseEntry[];
  readonly dismissed: readonly DefenseEntry[];
  /** Catalog defenses not on the case yet (for "add by hand"). */
  readonly addable: readonly Defense[];
}

/**
 * The defenses of a case: screening candidates in rule order (citizenship first), then defenses
 * the attorney added or worked on; a dismissed one is kept apart with its reason, restorable.
 */
export function defenseEntries(
  result: ScreeningResult,
  checklists: readonly ChecklistState[],
): DefenseEntries {
  const byDefense = new Map(checklists.map((c) => [c.defenseId, c]));
  const rulesByDefense = new Map<string, Candidate[]>();
  for (const candidate of result.candidates) {
    for (const id of candidate.defenseIds) {
      const list = rulesByDefense.get(id) ?? [];
      list.push(candidate);
      rulesByDefense.set(id, list);
    }
  }
  const order = [
    ...rulesByDefense.keys(),
    ...defenseCatalog.defenses.map((d) => d.id).filter((id) => !rulesByDefense.has(id)),
  ];
  const active: DefenseEntry[] = [];
  const dismissed: DefenseEntry[] = [];
  const addable: Defense[] = [];
  for (const id of order) {
    const defense = getDefense(id);
    if (!defense) continue;
    const rules = rulesByDefense.get(id) ?? [];
    const checklist = byDefense.get(id) ?? null;
    if (rules.length === 0 && !checklist) {
      addable.push(defense);
      continue;
    }
    const entry: DefenseEntry = {
      defense,
      rules,
      checklist,
      origin: rules.length > 0 ? 'screening' : (checklist?.origin ?? 'manual'),
      noLongerRaised: rules.length === 0 && checklist?.origin === 'screening',
    };
    (checklist?.dismissed ? dismissed : active).push(entry);
  }
  return { active, dismissed, addable };
}
