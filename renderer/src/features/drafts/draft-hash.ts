import type { CaseFile } from '@core/domain/case-file';
import {
  buildDraft,
  type DraftDocument,
  type DraftKind,
  type DraftOptions,
  type SensitiveCategory,
} from '@core/drafts';
import { draftContentHash } from '@core/review/content-hash';
import { documentsRepository } from '../../db/documents-repository';
import { assembleDraftInput } from './draft-input';
import { loadDraftSources } from './useDraftSources';

/** What a draft is generated with besides the case's records (the Drafts tab's choices). */
export interface DraftChoices {
  readonly today: string;
  readonly include: ReadonlySet<SensitiveCategory>;
  readonly options: DraftOptions;
  readonly approved: boolean;
}

/** The mark an approval covers: the generated draft and the choices it was made with. */
export function draftHashOf(
  kind: DraftKind,
  document: DraftDocument,
  choices: Pick<DraftChoices, 'include' | 'options'>,
): string {
  return draftContentHash(kind, document, {
    options: choices.options,
    include: [...choices.include],
  });
}

/**
 * The draft's mark generated from the records as stored, not from what the screen last drew
 * (which lags a save that just committed); null when the case is not here.
 */
export async function savedDraftHash(
  caseId: string,
  kind: DraftKind,
  choices: DraftChoices,
): Promise<string | null> {
  const row = await documentsRepository.get(caseId);
  if (!row || row.entity !== 'case') return null;
  const caseFile = row.doc as unknown as CaseFile;
  const input = assembleDraftInput(caseFile, await loadDraftSources(caseId), choices);
  return draftHashOf(kind, buildDraft(kind, input).document, choices);
}
