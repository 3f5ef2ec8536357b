import { documentsRepository } from '../../../db/documents-repository';

/** The interview to print when none is open: the most recently started one of the case. */
export async function latestInterviewId(caseId: string): Promise<string | null> {
  const rows = await documentsRepository.listByCase('interview', caseId);
  const sorted = rows
    .map((row) => row.doc as { id?: unknown; startedAt?: unknown })
    .filter((doc): doc is { id: string; startedAt: string } => typeof doc.id === 'string')
    .sort((a, b) => String(b.startedAt).localeCompare(String(a.startedAt)));
  return sorted[0]?.id ?? null;
}
