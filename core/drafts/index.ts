/** Public surface of core/drafts: pure draft definitions, no DOM and no file format. */
export * from './draft-types';
export { DraftBuilder, type DraftResult } from './draft-builder';
export {
  buildDraft,
  draftDefinition,
  draftDefinitions,
  type DraftDefinition,
} from './draft-registry';
export { DOCX_MIME_TYPE, draftFileName } from './file-name';
export { documentText, inlineText, placeholdersIn } from './plain-text';
export {
  defenseCategories,
  filingCategory,
  mayInclude,
  protectedCategories,
  questionCategories,
  sectionCategories,
  unflaggedSensitive,
} from './redaction';
export {
  requirement,
  requirementIds,
  type CaseSectionId,
  type MissingItem,
  type Requirement,
  type RequirementId,
  type RequirementTarget,
} from './requirements';
