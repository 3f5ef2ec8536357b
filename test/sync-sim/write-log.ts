/**
 * Every field the simulated attorneys changed, with the value they saw there just before: the
 * oracle for "no silent last writer wins". Values the simulation writes are unique per run
 * (`UniqueValues`), so "the next writer saw my value" is an exact test, never a coincidence.
 */
import { flattenFields } from '@core/sync/document-diff';
import { getAtPath, setAtPath } from '@core/sync/document-patch';
import type { JsonObject, JsonValue } from '@core/sync/json-value';
import { cloneJson } from '@core/sync/json-value';
import type { DocumentEntity } from '@core/sync/mutation-schemas';
import type { SimClient } from './sim-client';

export interface WriteRecord {
  client: string;
  step: number;
  entity: DocumentEntity;
  entityId: string;
  caseId: string;
  /** A field path (set), or the path of a removed item or '' for a removed document. */
  path: string;
  kind: 'set' | 'remove';
  value: JsonValue | undefined;
  /** What the attorney saw before: the old value (set) or every field of what was removed. */
  seen: JsonValue | undefined;
  /** The value is unique in this run, so the oracle can follow it. */
  unique: boolean;
}

export class UniqueValues {
  private n = 0;

  constructor(private readonly seed: number) {}

  next(): number {
    this.n += 1;
    return this.n;
  }

  /** Synthetic text, unique in the run: "Judge 7-42". */
  text(label: string): string {
    return `${label} ${this.seed}-${this.next()}`;
  }

  /** A valid stored A-number, unique in the run. */
  aNumber(): string {
    return String(100_000_000 + ((this.seed * 7919 + this.next()) % 800_000_000));
  }

  /** A calendar date, unique in the run (one day per value from 2027-01-01). */
  date(): string {
    const day = new Date(Date.UTC(2027, 0, 1 + this.next()));
    return day.toISOString().slice(0, 10);
  }

  /** HH:MM, unique for the first 1,440 values of a run. */
  time(): string {
    const minutes = this.next() % 1440;
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
}

export interface FieldEdit {
  path: string;
  value: JsonValue;
  unique: boolean;
}

export class WriteLog {
  readonly records: WriteRecord[] = [];
  step = 0;

  /** Applies field edits to a document through the repository, logging what was there before. */
  async edit(
    client: SimClient,
    entityId: string,
    edits: (doc: JsonObject) => FieldEdit[],
  ): Promise<boolean> {
    const logged: WriteRecord[] = [];
    const { row, changed } = await client.device.docs.update(entityId, (doc) => {
      logged.length = 0;
      const next = cloneJson(doc);
      for (const edit of edits(doc)) {
        logged.push({
          client: client.name,
          step: this.step,
          entity: 'case',
          entityId,
          caseId: '',
          path: edit.path,
          kind: 'set',
          value: edit.value,
          seen: getAtPath(next, edit.path),
          unique: edit.unique,
        });
        setAtPath(next, edit.path, edit.value);
      }
      return next;
    });
    if (changed) {
      for (const record of logged) {
        this.records.push({ ...record, entity: row.entity, caseId: row.caseId });
      }
    }
    return changed;
  }

  /** Logs the removal of an item or document, with every field it held as seen. */
  removed(
    client: SimClient,
    target: { entity: DocumentEntity; entityId: string; caseId: string },
    path: string,
    before: JsonValue,
  ): void {
    const fields = flattenFields(before as JsonObject, path);
    this.records.push({
      client: client.name,
      step: this.step,
      ...target,
      path,
      kind: 'remove',
      value: undefined,
      seen: fields as JsonObject,
      unique: false,
    });
  }

  /** Logs every field of a document created or an item added, as written over nothing. */
  created(
    client: SimClient,
    target: { entity: DocumentEntity; entityId: string; caseId: string },
    path: string,
    value: JsonObject,
    isUnique: (fieldPath: string) => boolean,
  ): void {
    for (const [fieldPath, fieldValue] of Object.entries(flattenFields(value, path))) {
      this.records.push({
        client: client.name,
        step: this.step,
        ...target,
        path: fieldPath,
        kind: 'set',
        value: fieldValue,
        seen: undefined,
        unique: isUnique(fieldPath),
      });
    }
  }
}
