/** Bars (criminal, custody) take defenses out of the candidates and list them as not met. */
import type { LocalizedText } from '../law/law-schema';
import { evaluate } from './evaluate';
import { type ScreeningFacts, UNKNOWN } from './fact-types';
import type { ScreeningBar } from './rule-schema';
import { ruleset } from './ruleset';
import type { RuleOutcome } from './screen';
import { type TriggeringFact, describeFacts, notMetReason } from './screening-output';

export interface PossibleBar {
  readonly bar: ScreeningBar;
  /** The facts that suggest it. */
  readonly facts: readonly TriggeringFact[];
}

export interface BarredOutcome extends RuleOutcome {
  /** Bars the facts suggest but the attorney has not decided: "possibly barred". */
  readonly possibleBars: readonly PossibleBar[];
}

export function applyBars(outcome: RuleOutcome, facts: ScreeningFacts): BarredOutcome {
  const barred = new Set<string>();
  const narrows = new Map<string, LocalizedText[]>();
  const notMet = [...outcome.notMet];
  const possibleBars: PossibleBar[] = [];
  for (const bar of ruleset.bars) {
    const result = evaluate(bar.when, facts);
    if (result.value === true) {
      bar.defenseIds.forEach((id) => barred.add(id));
      for (const { defenseId, text } of bar.narrows) {
        narrows.set(defenseId, [...(narrows.get(defenseId) ?? []), text]);
      }
      const decisive = describeFacts(result.support, facts);
      const line = notMetReason(bar.title, decisive, facts);
      notMet.push({
        ruleId: bar.id,
        kind: 'bar',
        title: bar.title,
        defenseIds: bar.defenseIds,
        decisive,
        reason: { en: `${line.en}. ${bar.reason.en}`, es: `${line.es}. ${bar.reason.es}` },
        citations: bar.citations,
        verified: bar.verified,
        attorneyToConfirm: true,
      });
    } else if (result.value === UNKNOWN && bar.possibleWhen) {
      const possible = evaluate(bar.possibleWhen, facts);
      if (possible.value === true) {
        possibleBars.push({ bar, facts: describeFacts(possible.support, facts) });
      }
    }
  }
  const keep = (ids: readonly string[]) => ids.filter((id) => !barred.has(id));
  const candidates = outcome.candidates
    .map((candidate) => ({
      ...candidate,
      defenseIds: keep(candidate.defenseIds),
      notes: [
        ...candidate.notes,
        ...[...new Set(candidate.defenseIds)].flatMap((id) => narrows.get(id) ?? []),
      ],
    }))
    .filter((candidate) => candidate.defenseIds.length > 0);
  const askAbout = outcome.askAbout
    .map((ask) => ({ ...ask, defenseIds: keep(ask.defenseIds) }))
    .filter((ask) => ask.defenseIds.length > 0);
  return { candidates, askAbout, notMet, possibleBars };
}
