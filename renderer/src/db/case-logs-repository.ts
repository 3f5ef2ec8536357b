/**
 * Issue 23's logs: custody checks, contacts and pro bono time, each a synced document written
 * through the documents repository (sealed per case, queued for MCJ in the same transaction).
 */
import type { CaseLogs } from '@core/cases/case-activity';
import type { CaseFile } from '@core/domain/case-file';
import type { ContactLog, CustodyCheck, TimeEntry } from '@core/domain/case-logs';
import type { DocumentEntity } from '@core/sync/mutation-schemas';
import { getDatabase, type AmparoDatabase } from './database';
import { createDocumentsRepository } from './documents-repository';

type LogEntity = Extract<DocumentEntity, 'custodyCheck' | 'contact' | 'timeEntry'>;

export function createCaseLogsRepository(db: () => AmparoDatabase = getDatabase) {
  const docs = createDocumentsRepository(db);
  const list = async <T>(entity: LogEntity, caseId?: string): Promise<T[]> => {
    const rows = caseId ? await docs.listByCase(entity, caseId) : await docs.listByEntity(entity);
    return rows.map((row) => row.doc as unknown as T);
  };
  return {
    async forCase(caseId: string): Promise<CaseLogs> {
      const [custodyChecks, contacts, timeEntries] = await Promise.all([
        list<CustodyCheck>('custodyCheck', caseId),
        list<ContactLog>('contact', caseId),
        list<TimeEntry>('timeEntry', caseId),
      ]);
      return { custodyChecks, contacts, timeEntries };
    },

    /** Every case's logs, grouped by case (Today, the week's time). */
    async all(): Promise<Map<string, CaseLogs>> {
      const [checks, contacts, entries] = await Promise.all([
        list<CustodyCheck>('custodyCheck'),
        list<ContactLog>('contact'),
        list<TimeEntry>('timeEntry'),
      ]);
      const byCase = new Map<
        string,
        { custodyChecks: CustodyCheck[]; contacts: ContactLog[]; timeEntries: TimeEntry[] }
      >();
      const of = (caseId: string) => {
        let logs = byCase.get(caseId);
        if (!logs)
          byCase.set(caseId, (logs = { custodyChecks: [], contacts: [], timeEntries: [] }));
        return logs;
      };
      for (const check of checks) of(check.caseId).custodyChecks.push(check);
      for (const contact of contacts) of(contact.caseId).contacts.push(contact);
      for (const entry of entries) of(entry.caseId).timeEntries.push(entry);
      return byCase;
    },

    /**
     * A confirmation of where the client is held. A transfer (or a check finding another facility)
     * also moves the case file's facility, in the same transaction, so the header and MCJ agree.
     */
    async recordCustodyCheck(check: CustodyCheck): Promise<void> {
      const database = db();
      await database.transaction('rw', database.docs, database.outbox, async () => {
        await docs.create('custodyCheck', check.caseId, check);
        const caseRow = await docs.get(check.caseId);
        const file = caseRow?.doc as unknown as CaseFile | undefined;
        if (file && file.custody.facility !== check.facility) {
          await docs.update(check.caseId, (doc) => {
            const next = doc as unknown as CaseFile;
            return { ...next, custody: { ...next.custody, facility: check.facility } };
          });
        }
      });
    },

    async markTransferStep(checkId: string, stepId: string, done: boolean): Promise<void> {
      await docs.update(checkId, (doc) => {
        const check = doc as unknown as CustodyCheck;
        const steps = new Set(check.stepsDone ?? []);
        if (done) steps.add(stepId);
        else steps.delete(stepId);
        return { ...check, stepsDone: [...steps].sort() };
      });
    },

    async saveContact(contact: ContactLog, isNew: boolean): Promise<void> {
      if (isNew) await docs.create('contact', contact.caseId, contact);
      else await docs.update(contact.id, () => contact);
    },

    async saveTimeEntry(entry: TimeEntry, isNew: boolean): Promise<void> {
      if (isNew) await docs.create('timeEntry', entry.caseId, entry);
      else await docs.update(entry.id, () => entry);
    },

    async remove(id: string): Promise<void> {
      await docs.remove(id);
    },
  };
}

export type CaseLogsRepository = ReturnType<typeof createCaseLogsRepository>;
export const caseLogsRepository = createCaseLogsRepository();
