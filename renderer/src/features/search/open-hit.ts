import { getTemplate } from '@core/templates';
import { getDatabase, type AmparoDatabase } from '../../db/database';
import { readCaseDocs } from '../../db/search-store';
import type { SearchHit } from './search-types';

/** What a screen opened from a search result finds in its navigation state. */
export interface SearchArrival {
  search: {
    /** A note: select this stretch of its text. */
    noteId?: string;
    start?: number;
    end?: number;
    /** A case-file field (`field` null: the part's heading, for an entry of a list). */
    path?: string[];
    field?: string | null;
    /** An interview answer. */
    questionId?: string;
    /** A document. */
    attachmentId?: string;
  };
}

export function searchArrival(state: unknown): SearchArrival['search'] | null {
  const search = (state as SearchArrival | null)?.search;
  return search && typeof search === 'object' ? search : null;
}

interface Session {
  id: string;
  templateId: string;
  templateVersion: number;
  sectionNotes?: Record<string, string>;
  addenda?: { noteId: string }[];
}

/** The route (and state) that opens a result at its match. */
export async function routeOfHit(
  hit: SearchHit,
  db: AmparoDatabase = getDatabase(),
): Promise<{ to: string; state: SearchArrival }> {
  const caseRoot = `/cases/${hit.caseId}`;
  const target = hit.target;
  switch (target.kind) {
    case 'note': {
      const sessions = (await readCaseDocs(db, 'interview', hit.caseId)) as unknown as Session[];
      const state: SearchArrival = {
        search: { noteId: target.noteId, start: hit.snippet?.start, end: hit.snippet?.end },
      };
      for (const session of sessions) {
        const section = Object.entries(session.sectionNotes ?? {}).find(
          ([, noteId]) => noteId === target.noteId,
        )?.[0];
        if (section)
          return { to: `${caseRoot}/interviews/${session.id}?section=${section}`, state };
        const template = getTemplate(session.templateId, session.templateVersion);
        const last = template?.sections.at(-1)?.id;
        if (session.addenda?.some((a) => a.noteId === target.noteId))
          return {
            to: `${caseRoot}/interviews/${session.id}${last ? `?section=${last}` : ''}`,
            state,
          };
      }
      return { to: caseRoot, state };
    }
    case 'caseField':
      return {
        to: `${caseRoot}/file/${target.sectionId}`,
        state: { search: { path: target.path, field: target.field } },
      };
    case 'interview': {
      const sessions = (await readCaseDocs(db, 'interview', hit.caseId)) as unknown as Session[];
      const session = sessions.find((s) => s.id === target.interviewId);
      const template = session && getTemplate(session.templateId, session.templateVersion);
      const section = template?.sections.find((s) =>
        s.questions.some((q) => q.id === target.questionId),
      );
      return {
        to: `${caseRoot}/interviews/${target.interviewId}${section ? `?section=${section.id}` : ''}`,
        state: { search: { questionId: target.questionId ?? undefined } },
      };
    }
    case 'document':
      return {
        to: `${caseRoot}/documents`,
        state: { search: { attachmentId: target.attachmentId } },
      };
    case 'record':
      // The contact log lives on the case's Custody and contacts tab.
      return {
        to: target.entity === 'contact' ? `${caseRoot}/custody-log` : caseRoot,
        state: { search: {} },
      };
  }
}
