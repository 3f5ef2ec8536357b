import { cancellationHardshipV1 } from './cancellation-hardship';
import { detainedClientV1 } from './detained-client';
import { fearDeclarationV1 } from './fear-declaration';
import { firstIntakeV1 } from './first-intake';
import { hearingPreparationV1 } from './hearing-preparation';
import { postHearingDebriefV1 } from './post-hearing-debrief';
import { type InterviewTemplate, InterviewTemplateSchema, type Question } from './template-schema';
import { reviseTemplate } from './revision-2026-12-06';
import { splitMixedQuestions } from './revision-one-fact';
import { victimScreeningV1 } from './victim-screening';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Every published template version. Never edit a published version: add a new one (version + 1)
 * beside it, because interview sessions record the template id and version they used.
 */
const versionOne = [
  firstIntakeV1,
  detainedClientV1,
  fearDeclarationV1,
  cancellationHardshipV1,
  victimScreeningV1,
  hearingPreparationV1,
  postHearingDebriefV1,
];

// Version 2 (2026-12-06): Spanish legal terms and wording that agrees with the client's gender.
const versionTwo = versionOne.map(reviseTemplate);

export const templateRegistry: readonly InterviewTemplate[] = [
  ...versionOne,
  ...versionTwo,
  // Version 3 (2026-12-06, issue 11): one fact per question where version 2 asked two at once.
  ...versionTwo.flatMap((template) => splitMixedQuestions(template) ?? []),
].map((template) => deepFreeze(InterviewTemplateSchema.parse(template)));

export const templateIds: readonly string[] = [...new Set(templateRegistry.map((t) => t.id))];

export function getTemplate(id: string, version: number): InterviewTemplate | undefined {
  return templateRegistry.find((t) => t.id === id && t.version === version);
}

export function latestTemplate(id: string): InterviewTemplate | undefined {
  let latest: InterviewTemplate | undefined;
  for (const template of templateRegistry) {
    if (template.id === id && (!latest || template.version > latest.version)) latest = template;
  }
  return latest;
}

/** The latest version of every template, in the registry's order (what a new interview uses). */
export const latestTemplates: readonly InterviewTemplate[] = templateIds.map((id) =>
  latestTemplate(id)!,
);

/**
 * Every question of every template version, by id. A question id keeps one meaning forever, so
 * answers from any session can be read with this index.
 */
export const questionIndex: ReadonlyMap<string, Question> = new Map(
  templateRegistry.flatMap((template) =>
    template.sections.flatMap((section) =>
      section.questions.map((question) => [question.id, question] as const),
    ),
  ),
);
