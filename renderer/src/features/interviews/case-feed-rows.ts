import type { AnswerValue } from '@core/domain/interview-session';
import { jsonEqual, type JsonObject } from '@core/sync/json-value';
import type { Question } from '@core/templates';
import { writeAt } from '../forms/doc-paths';
import { isAnswered } from './answer-parsing';
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
      needsName: true,
      existing,
      status: 'new',
    });
  }
  const unmapped = value.some((id) => id !== 'none' && !relativeFromOption(id));
  if (unmapped)
    feeds.push(
      manualFeed(`${question.id}>${target}`, [question.id], target, {
        ok: false,
        reason: 'manual',
      })!,
    );
  return feeds;
}

export interface RowGroup {
  target: string;
  path: string[];
  members: { question: Question; field: string; value: AnswerValue | undefined }[];
}

/** Fields of one new row come from sibling questions: `first_entry_date` + `first_entry_manner`. */
export const stem = (questionId: string) => questionId.replace(/_[a-z0-9]+$/, '');

export function rowFeed(group: RowGroup, doc: JsonObject): CaseFeed | null {
  const answered = group.members.filter((m) => isAnswered(m.value));
  if (answered.length === 0) return null;
  const listName = group.path.at(-1)!;
  const questionIds = group.members.map((m) => m.question.id);
  const key = `${questionIds.join('+')}>${group.target}`;
  const given: JsonObject = {};
  let droppedManual = false;
  for (const member of answered) {
    const converted = convertRowField(`${listName}.${member.field}`, member.value!, {
      question: member.question,
      current: undefined,
    });
    if (converted.ok) given[member.field] = converted.value;
    else if (converted.reason !== 'skip') droppedManual = true;
  }
  if (Object.keys(given).length === 0)
    return droppedManual
      ? manualFeed(key, questionIds, group.target, { ok: false, reason: 'manual' })
      : null;
  const row = { ...rowDefaults[listName], ...given };
  const existing = listAt(doc, group.path);
  const probe = writeAt(doc, group.path, [
    ...existing,
    { id: '00000000-0000-4000-8000-000000000000', ...row },
  ]);
  const problem = problemAt(probe, group.path);
  if (problem) {
    const reason = droppedManual ? 'manual' : 'incomplete';
    return {
      kind: 'manual',
      key,
      questionIds,
      target: group.target,
      caseSection: caseSectionOf(group.target),
      reason,
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
    needsName: false,
    existing,
    status: existing.some((r) => holds(r, given)) ? 'same' : 'new',
  };
}
