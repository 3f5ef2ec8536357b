import type { AnswerValue } from '@core/domain/interview-session';
import { jsonEqual, type JsonObject, type JsonValue } from '@core/sync/json-value';
import type { Question } from '@core/templates';
import { writeAt } from '../forms/doc-paths';
import { isAnswered, NONE_OPTION } from './answer-parsing';
import { caseSectionOf, listAt, manualFeed, problemAt } from './case-feed-helpers';
import type { CaseFeed } from './case-feed-types';
import { convertRowField, relativeFromOption, rowDefaults } from './feed-converters';

/** True when `row` holds every value of `given` (ids and defaults aside). */
const holds = (row: JsonObject, given: JsonObject) =>
  Object.entries(given).every(([k, v]) => jsonEqual(row[k] ?? null, v));

/** A relative picked in a multi-choice list (`child-usc`): one row each, named by the attorney. */
export function relativeFeeds(
  question: Question,
  value: AnswerValue,
  target: string,
  doc: JsonObject,
): CaseFeed[] {
  if (!Array.isArray(value)) return [];
  const feeds: CaseFeed[] = [];
  const existing = listAt(doc, ['family']);
  for (const id of value) {
    const relative = relativeFromOption(id);
    if (!relative) continue;
    feeds.push({
      kind: 'row',
      key: `${question.id}>${target}>${id}`,
      questionIds: [question.id],
      caseSection: 'family',
      target,
      path: ['family'],
      row: { ...rowDefaults['family'], ...relative },
      typed: 'name',
      existing,
      status: 'new',
    });
  }
  const unmapped = value.some((id) => id !== NONE_OPTION && !relativeFromOption(id));
  if (unmapped)
    feeds.push(
      manualFeed(`${question.id}>${target}`, [question.id], target, {
        ok: false,
        reason: 'manual',
      })!,
    );
  return feeds;
}

const sameText = (a: JsonValue | undefined, b: string) =>
  typeof a === 'string' && a.trim().toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Conditions ticked in a multi-choice answer: one case-file row each, named as the option is in
 * English (drafts are filed in English); "other" is described by the attorney.
 */
export function conditionFeeds(
  question: Question,
  value: AnswerValue,
  doc: JsonObject,
): CaseFeed[] {
  if (!Array.isArray(value)) return [];
  const path = ['medical', 'conditions'];
  const existing = listAt(doc, path);
  const base = {
    kind: 'row' as const,
    questionIds: [question.id],
    caseSection: 'custody',
    target: 'medical.conditions[]',
    path,
    existing,
  };
  return value.flatMap((id): CaseFeed[] => {
    if (id === NONE_OPTION) return [];
    const key = `${question.id}>medical.conditions[]>${id}`;
    if (id === 'other') return [{ ...base, key, row: {}, typed: 'condition', status: 'new' }];
    const label = question.options?.find((o) => o.id === id)?.label.en;
    if (!label) return [];
    const same = existing.some((row) => sameText(row['condition'], label));
    return [
      { ...base, key, row: { condition: label }, typed: null, status: same ? 'same' : 'new' },
    ];
  });
}

export interface RowGroup {
  target: string;
  path: string[];
  members: { question: Question; field: string; value: AnswerValue | undefined }[];
}

/** Fields of one new row come from sibling questions: `first_entry_date` + `first_entry_manner`. */
export const stem = (questionId: string) => questionId.replace(/_[a-z0-9]+$/, '');

/**
 * The rows a section's questions build for one list. They build one row together, unless a field
 * comes twice (a first and a last entry): then questions group by their id's stem.
 */
export function splitRowGroup(group: RowGroup): RowGroup[] {
  const fields = group.members.map((m) => m.field);
  if (new Set(fields).size === fields.length) return [group];
  const byStem = new Map<string, RowGroup>();
  for (const member of group.members) {
    const key = stem(member.question.id);
    const sub = byStem.get(key) ?? { target: group.target, path: group.path, members: [] };
    sub.members.push(member);
    byStem.set(key, sub);
  }
  return [...byStem.values()];
}

export function rowFeed(group: RowGroup, doc: JsonObject): CaseFeed | null {
  const answered = group.members.filter((m) => isAnswered(m.value));
  if (answered.length === 0) return null;
  const listName = group.path.at(-1)!;
  const questionIds = group.members.map((m) => m.question.id);
  const key = `${questionIds.join('+')}>${group.target}`;
  const given: JsonObject = {};
  let dropped: 'manual' | 'approximate' | null = null;
  for (const member of answered) {
    const converted = convertRowField(`${listName}.${member.field}`, member.value!, {
      question: member.question,
      current: undefined,
    });
    if (converted.ok) {
      given[member.field] = converted.value;
      // A new row needs no "not known" companions (a day-precise date has no precision field).
      for (const [name, value] of Object.entries(converted.also ?? {}))
        if (value !== null) given[name] = value;
    } else if (converted.reason !== 'skip') {
      dropped = converted.reason === 'approximate' ? 'approximate' : 'manual';
    }
  }
  if (Object.keys(given).length === 0)
    return dropped
      ? manualFeed(key, questionIds, group.target, { ok: false, reason: dropped })
      : null;
  const row = { ...rowDefaults[listName], ...given };
  const existing = listAt(doc, group.path);
  const probe = writeAt(doc, group.path, [
    ...existing,
    { id: '00000000-0000-4000-8000-000000000000', ...row },
  ]);
  const problem = problemAt(probe, group.path);
  if (problem) {
    return {
      kind: 'manual',
      key,
      questionIds,
      target: group.target,
      caseSection: caseSectionOf(group.target),
      reason: dropped ?? 'incomplete',
    };
  }
  return {
    kind: 'row',
    key,
    questionIds,
    caseSection: caseSectionOf(group.target),
    target: group.target,
    path: group.path,
    row,
    typed: null,
    existing,
    status: existing.some((r) => holds(r, given)) ? 'same' : 'new',
  };
}
