/**
 * Legally significant fields: when both sides changed one of these to different values, nobody
 * wins automatically. The server keeps its value and opens a conflict showing both, because a
 * silently wrong hearing date or custody status can cost a client their case.
 */
import { patternOverlaps } from './field-path';
import type { SyncEntity } from './mutation-schemas';

/** Path patterns per entity; `*` matches one segment (an item id). */
export const legalFieldPaths: Readonly<Partial<Record<SyncEntity, readonly string[]>>> = {
  case: [
    'identity/aNumber',
    'hearings/*/date',
    'hearings/*/time',
    'hearings/*/outcome',
    'court/court',
    'court/controlCourt',
    'custody/status',
    'custody/facility',
    'eoirStatus',
    'biaDecision',
  ],
  deadline: ['date'],
};

/**
 * True when a change at `path` could alter a legal field: the path is a legal field, lies inside
 * one, or contains one (setting the whole `custody` section touches `custody/status`).
 */
export function isLegalField(entity: SyncEntity, path: string): boolean {
  return (legalFieldPaths[entity] ?? []).some((pattern) => patternOverlaps(pattern, path));
}
