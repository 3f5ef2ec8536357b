import type { AnswerValue } from '@core/domain/interview-session';
import { AppError } from '@core/errors/app-error';
import { jsonEqual, type JsonObject, type JsonValue } from '@core/sync/json-value';
import type { InterviewTemplate, Question } from '@core/templates';
import { readAt, writeAt } from '../forms/doc-paths';
import { isAnswered } from './answer-parsing';
import { caseSectionOf, listAt, manualFeed, problemAt } from './case-feed-helpers';
import {
  conditionFeeds,
  relativeFeeds,
  rowFeed,
  splitRowGroup,
  type RowGroup,
} from './case-feed-rows';
import type { AcceptedOffer, CaseFeed, FieldProposal, RowProposal } from './case-feed-types';
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

function fieldStatus(
  current: JsonValue | undefined,
  proposed: JsonValue,
  alsoSame: boolean,
): FieldProposal['status'] {
  if (jsonEqual(current ?? null, proposed)) return alsoSame ? 'same' : 'different';
  if (isEmptyValue(current)) return 'empty';
  if (Array.isArray(current) && Array.isArray(proposed)) {
    if (current.every((item) => proposed.some((p) => jsonEqual(p, item)))) return 'merge';
  }
  return 'different';
}

/** The object holding a field, where its companions (`also`) live too. */
const parentOf = (path: readonly string[]) => path.slice(0, -1);

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
  const also = converted.also ?? {};
  let written = writeAt(doc, path, converted.value);
  for (const [name, companion] of Object.entries(also))
    written = writeAt(written, [...parentOf(path), name], companion);
  const problem = problemAt(written, path);
  if (problem)
    return manualFeed(key, [question.id], target, { ok: false, reason: 'invalid', error: problem });
  const alsoSame = Object.entries(also).every(([name, companion]) =>
    jsonEqual((readAt(doc, [...parentOf(path), name]) as JsonValue | undefined) ?? null, companion),
  );
  return {
    kind: 'field',
    key,
    questionIds: [question.id],
    caseSection: caseSectionOf(target),
    target,
    path,
    current,
    proposed: converted.value,
    also,
    status: fieldStatus(current, converted.value, alsoSame),
  };
}

/**
 * A question that sends one typed answer to two fields asked two facts at once (published
 * version-1 templates: "Sponsor name and relationship"). Its answer is never split by guessing.
 */
const isMixed = (question: Question) =>
  question.type !== 'multi_choice' && question.feeds.caseFields.length > 1;

/**
 * Everything the answers could put in the case file, as offers for the attorney: nothing here
 * writes. Each offer says what the case file holds now, so a different value is never replaced
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
      const answered = isAnswered(value);
      if (isMixed(question)) {
        const target = question.feeds.caseFields[0]!;
        if (answered)
          feeds.push(
            manualFeed(`${question.id}>mixed`, [question.id], target, {
              ok: false,
              reason: 'mixed',
            })!,
          );
        continue;
      }
      for (const target of question.feeds.caseFields) {
        const parsed = parseTarget(target);
        if (parsed?.kind === 'row' && parsed.field !== null) {
          const listTarget = `${parsed.path.join('.')}[]`;
          const key = `${section.id}|${listTarget}`;
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
        } else if (target === 'medical.conditions[]' && question.type === 'multi_choice') {
          feeds.push(...conditionFeeds(question, value!, doc));
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
  for (const group of [...groups.values()].flatMap(splitRowGroup)) {
    const feed = rowFeed(group, doc);
    if (feed) feeds.push(feed);
  }
  return feeds;
}

/** Offers that still need the attorney: not already in the case file. */
export function openFeeds(feeds: readonly CaseFeed[]): CaseFeed[] {
  return feeds.filter((f) => f.kind === 'manual' || f.status !== 'same');
}

function applyField(doc: JsonObject, proposal: FieldProposal): JsonObject {
  const now = readAt(doc, proposal.path) as JsonValue | undefined;
  if (!jsonEqual(now ?? null, proposal.current ?? null))
    throw new AppError('conflict', 'case file changed since it was shown');
  let next = writeAt(doc, proposal.path, proposal.proposed);
  for (const [name, value] of Object.entries(proposal.also))
    next = writeAt(next, [...parentOf(proposal.path), name], value);
  return next;
}

function applyRow(doc: JsonObject, proposal: RowProposal, id: string, typed?: string): JsonObject {
  const row: JsonObject = { id, ...proposal.row };
  if (proposal.typed) {
    const text = typed?.trim() ?? '';
    if (!text)
      throw new AppError('validation_failed', 'text required', [
        { path: proposal.typed, code: 'validation.required' },
      ]);
    row[proposal.typed] = text;
  }
  return writeAt(doc, proposal.path, [...listAt(doc, proposal.path), row]);
}

/**
 * Writes the offers the attorney accepted, all or none: if any value they were shown has changed
 * in the case file since (entered elsewhere, synced), nothing is written (`conflict`).
 */
export function applyOffers(
  doc: JsonObject,
  offers: readonly AcceptedOffer[],
  newId: () => string,
): JsonObject {
  return offers.reduce(
    (next, { proposal, typed }) =>
      proposal.kind === 'field'
        ? applyField(next, proposal)
        : applyRow(next, proposal, newId(), typed),
    doc,
  );
}

/** One offer alone (the button under a question). */
export function applyFieldProposal(doc: JsonObject, proposal: FieldProposal): JsonObject {
  return applyField(doc, proposal);
}

export function applyRowProposal(
  doc: JsonObject,
  proposal: RowProposal,
  id: string,
  typed?: string,
): JsonObject {
  return applyRow(doc, proposal, id, typed);
}
