import type { AnswerValue } from '@core/domain/interview-session';
import { AppError } from '@core/errors/app-error';
import { jsonEqual, type JsonObject, type JsonValue } from '@core/sync/json-value';
import type { InterviewTemplate, Question } from '@core/templates';
import { readAt, writeAt } from '../forms/doc-paths';
import { isAnswered } from './answer-parsing';
import { caseSectionOf, listAt, manualFeed, problemAt } from './case-feed-helpers';
import { relativeFeeds, rowFeed, stem, type RowGroup } from './case-feed-rows';
import type { CaseFeed, FieldProposal, RowProposal } from './case-feed-types';
import { convertField } from './feed-converters';
import type { Answers } from './interview-progress';

export type * from './case-feed-types';
export { caseSectionOf };

type Target =
  { kind: 'field'; path: string[] } | { kind: 'row'; path: string[]; field: string | null };

function parseTarget(target: string): Target | null {
  const parts = target.split('[]');
  if (parts.length === 1) return { kind: 'field', path: target.split('.') };
  if (parts.length !== 2) return null;
  const field = parts[1] ? parts[1].replace(/^\./, '') : null;
  if (field?.includes('.')) return null;
  return { kind: 'row', path: parts[0]!.split('.'), field };
}

const isEmptyValue = (value: JsonValue | undefined) =>
  value === undefined ||
  value === null ||
  value === '' ||
  value === 'unknown' ||
  (Array.isArray(value) && value.length === 0);

function fieldStatus(current: JsonValue | undefined, proposed: JsonValue): FieldProposal['status'] {
  if (jsonEqual(current ?? null, proposed)) return 'same';
  if (isEmptyValue(current)) return 'empty';
  if (Array.isArray(current) && Array.isArray(proposed)) {
    if (current.every((item) => proposed.some((p) => jsonEqual(p, item)))) return 'merge';
  }
  return 'different';
}

function fieldFeed(
  question: Question,
  value: AnswerValue,
  target: string,
  path: string[],
  doc: JsonObject,
): CaseFeed | null {
  const key = `${question.id}>${target}`;
  const current = readAt(doc, path) as JsonValue | undefined;
  const converted = convertField(target, value, { question, current });
  if (!converted.ok) return manualFeed(key, [question.id], target, converted);
  const problem = problemAt(writeAt(doc, path, converted.value), path);
  if (problem)
    return manualFeed(key, [question.id], target, { ok: false, reason: 'invalid', error: problem });
  return {
    kind: 'field',
    key,
    questionIds: [question.id],
    caseSection: caseSectionOf(target),
    target,
    path,
    current,
    proposed: converted.value,
    status: fieldStatus(current, converted.value),
  };
}

/**
 * Everything the answers could put in the case file, as proposals for the attorney: nothing here
 * writes. Each proposal says what the case file holds now, so a different value is never replaced
 * without the attorney seeing both.
 */
export function caseFeeds(
  template: InterviewTemplate,
  answers: Answers,
  doc: JsonObject,
): CaseFeed[] {
  const feeds: CaseFeed[] = [];
  const groups = new Map<string, RowGroup>();
  for (const section of template.sections) {
    for (const question of section.questions) {
      const value = answers[question.id]?.value;
      for (const target of question.feeds.caseFields) {
        const parsed = parseTarget(target);
        const answered = isAnswered(value);
        if (parsed?.kind === 'row' && parsed.field !== null) {
          const listTarget = `${parsed.path.join('.')}[]`;
          const key = `${section.id}|${listTarget}|${stem(question.id)}`;
          const group = groups.get(key) ?? { target: listTarget, path: parsed.path, members: [] };
          group.members.push({ question, field: parsed.field, value });
          groups.set(key, group);
          continue;
        }
        if (!answered) continue;
        if (parsed?.kind === 'field') {
          const feed = fieldFeed(question, value!, target, parsed.path, doc);
          if (feed) feeds.push(feed);
        } else if (target === 'family[]' && question.type === 'multi_choice') {
          feeds.push(...relativeFeeds(question, value!, target, doc));
        } else {
          feeds.push(
            manualFeed(`${question.id}>${target}`, [question.id], target, {
              ok: false,
              reason: 'manual',
            })!,
          );
        }
      }
    }
  }
  for (const group of groups.values()) {
    const feed = rowFeed(group, doc);
    if (feed) feeds.push(feed);
  }
  return feeds;
}

/** Proposals that still need the attorney: not already in the case file. */
export function openFeeds(feeds: readonly CaseFeed[]): CaseFeed[] {
  return feeds.filter((f) => f.kind === 'manual' || f.status !== 'same');
}

/**
 * Writes one field proposal into the case document. Refuses (conflict) if the case file no longer
 * holds the value the attorney was shown, so a change made meanwhile is never overwritten unseen.
 */
export function applyFieldProposal(doc: JsonObject, proposal: FieldProposal): JsonObject {
  const now = readAt(doc, proposal.path) as JsonValue | undefined;
  if (!jsonEqual(now ?? null, proposal.current ?? null))
    throw new AppError('conflict', 'case file changed since it was shown');
  return writeAt(doc, proposal.path, proposal.proposed);
}

/** Appends the proposed row with a new id (and, for a picked relative, the name typed). */
export function applyRowProposal(
  doc: JsonObject,
  proposal: RowProposal,
  id: string,
  name?: string,
): JsonObject {
  const row: JsonObject = { id, ...proposal.row };
  if (proposal.needsName) {
    const trimmed = name?.trim() ?? '';
    if (!trimmed)
      throw new AppError('validation_failed', 'name required', [
        { path: 'name', code: 'validation.required' },
      ]);
    row['name'] = trimmed;
  }
  return writeAt(doc, proposal.path, [...listAt(doc, proposal.path), row]);
}
