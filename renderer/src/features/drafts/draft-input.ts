import type { CaseFile } from '@core/domain/case-file';
import type { DraftInput, DraftOptions, SensitiveCategory } from '@core/drafts';
import { screenCase } from '@core/screening';
import type { DraftSources } from './useDraftSources';

/** Everything a draft reads, with the case screened as it is now (as on the Defenses tab). */
export function assembleDraftInput(
  caseFile: CaseFile,
  sources: DraftSources,
  choices: {
    readonly today: string;
    readonly include: ReadonlySet<SensitiveCategory>;
    readonly options: DraftOptions;
    readonly approved: boolean;
  },
): DraftInput {
  const sessions = sources.interviews.map((record) => record.session);
  return {
    caseFile,
    interviews: sources.interviews,
    checklists: sources.checklists,
    profile: sources.profile,
    screening: screenCase(caseFile, sessions, { today: choices.today }),
    today: choices.today,
    include: choices.include,
    options: choices.options,
    approved: choices.approved,
  };
}
