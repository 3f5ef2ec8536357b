/** The drafts Amparo prepares, their authority, and how each is built. */
import { BOND_CITATIONS, bondMotion } from './bond-motion';
import { EOIR28_CITATIONS, EOIR33_CITATIONS, eoir28Sheet, eoir33Sheet } from './data-sheets';
import type { DraftResult } from './draft-builder';
import type { DraftInput, DraftKind, DraftOptions } from './draft-types';
import { interviewMemo } from './interview-memo';
import { MOTION_TO_CONTINUE_CITATIONS, motionToContinue } from './motion-to-continue';
import { PAROLE_CITATIONS, paroleRequest } from './parole-request';
import { PD_CITATIONS, pdRequest } from './pd-request';

export interface DraftDefinition {
  readonly kind: DraftKind;
  /** Who receives it. */
  readonly recipient: 'supervisor' | 'ice-ero' | 'immigration-court' | 'opla' | 'ecas';
  /** Choices the drafts screen asks for. */
  readonly options: readonly (keyof DraftOptions)[];
  /** Fixed authority; the memo's comes from the screening rules it reports. */
  readonly citations: readonly string[];
  /** The date the wording was last checked against the law. */
  readonly effectiveDate: string;
  /** False where the draft rests on guidance the fact-check could not confirm. */
  readonly verified: boolean;
  readonly build: (input: DraftInput) => DraftResult;
}

export const draftDefinitions: readonly DraftDefinition[] = [
  {
    kind: 'interview-memo',
    recipient: 'supervisor',
    options: [],
    citations: [],
    effectiveDate: '2026-11-27',
    verified: true,
    build: interviewMemo,
  },
  {
    kind: 'parole-request',
    recipient: 'ice-ero',
    options: [],
    citations: PAROLE_CITATIONS,
    effectiveDate: '2026-11-27',
    verified: true,
    build: paroleRequest,
  },
  {
    kind: 'bond-motion',
    recipient: 'immigration-court',
    options: [],
    citations: BOND_CITATIONS,
    effectiveDate: '2026-07-02',
    verified: false,
    build: bondMotion,
  },
  {
    kind: 'motion-to-continue',
    recipient: 'immigration-court',
    options: ['continueHearingId'],
    citations: MOTION_TO_CONTINUE_CITATIONS,
    effectiveDate: '2026-11-27',
    verified: false,
    build: motionToContinue,
  },
  {
    kind: 'eoir-28-sheet',
    recipient: 'ecas',
    options: ['eoir28Scope', 'eoir28Appearance'],
    citations: EOIR28_CITATIONS,
    effectiveDate: '2026-11-27',
    verified: true,
    build: eoir28Sheet,
  },
  {
    kind: 'pd-request',
    recipient: 'opla',
    options: ['pdAction'],
    citations: PD_CITATIONS,
    effectiveDate: '2025-01-20',
    verified: false,
    build: pdRequest,
  },
  {
    kind: 'eoir-33-sheet',
    recipient: 'immigration-court',
    options: [],
    citations: EOIR33_CITATIONS,
    effectiveDate: '2026-11-27',
    verified: false,
    build: eoir33Sheet,
  },
];

export function draftDefinition(kind: DraftKind): DraftDefinition {
  const found = draftDefinitions.find((d) => d.kind === kind);
  if (!found) throw new RangeError('drafts.kind');
  return found;
}

/** Builds a draft: the document, what it lacks, and what it left out. Pure and deterministic. */
export function buildDraft(kind: DraftKind, input: DraftInput): DraftResult {
  return draftDefinition(kind).build(input);
}
