/**
 * The draft document model: what a draft says, block by block, before any file format. The
 * renderer turns it into .docx; tests read it as plain text. Pure data, no DOM.
 */
import type { CaseFile } from '../domain/case-file';
import type { ChecklistState } from '../domain/case-records';
import type { InterviewSession } from '../domain/interview-session';
import type { LocalizedText } from '../law/law-schema';
import type { ScreeningResult } from '../screening/screen';

export const draftKinds = [
  'interview-memo',
  'parole-request',
  'bond-motion',
  'motion-to-continue',
  'eoir-28-sheet',
  'pd-request',
  'eoir-33-sheet',
] as const;
export type DraftKind = (typeof draftKinds)[number];

export function isDraftKind(value: unknown): value is DraftKind {
  return typeof value === 'string' && (draftKinds as readonly string[]).includes(value);
}

/** A run of text, or a visible `[[label]]` mark where data is missing or the attorney must act. */
export type Inline =
  | { readonly text: string; readonly bold?: boolean; readonly italic?: boolean }
  | { readonly placeholder: string };

export type Block =
  | { readonly kind: 'title'; readonly content: readonly Inline[] }
  | { readonly kind: 'heading'; readonly content: readonly Inline[] }
  | {
      readonly kind: 'paragraph';
      readonly content: readonly Inline[];
      readonly align?: 'left' | 'center' | 'right';
    }
  | { readonly kind: 'bullets'; readonly items: readonly (readonly Inline[])[] }
  /** Label / value rows (data sheets, memo snapshot). */
  | {
      readonly kind: 'fields';
      readonly rows: readonly { readonly label: string; readonly value: readonly Inline[] }[];
    }
  /** The two-column caption of a court filing. */
  | {
      readonly kind: 'caption';
      readonly left: readonly (readonly Inline[])[];
      readonly right: readonly (readonly Inline[])[];
    }
  /** A boxed note for the attorney (volatile law, unverified guidance). */
  | { readonly kind: 'note'; readonly content: readonly Inline[] }
  | { readonly kind: 'pageBreak' };

export interface DraftDocument {
  readonly kind: DraftKind;
  /** English title, also the .docx title property (never a client's name). */
  readonly title: string;
  /** Repeated on every page: the A-number (or its placeholder). */
  readonly header: readonly Inline[];
  /** Across the first page until the attorney approves the draft; null once approved. */
  readonly reviewMark: string | null;
  readonly blocks: readonly Block[];
  readonly citations: readonly string[];
}

/** A filing never names the tool that drafted it; an unapproved one says it is a draft. */
export const REVIEW_MARK = 'DRAFT: ATTORNEY TO REVIEW';

/** The attorney's profile (Settings); every field may be empty. */
export interface AttorneyProfile {
  readonly displayName: string;
  readonly barNumber: string;
  readonly eoirId: string;
  readonly phone: string;
  readonly email: string;
  /** Several lines, as printed under the name. */
  readonly mailingAddress: string;
}

/** An interview session with the text of its section notes (sectionId → current text). */
export interface InterviewRecord {
  readonly session: InterviewSession;
  readonly sectionNotes: Readonly<Record<string, string>>;
  /** Text of the notes added after the interview was finalised, oldest first. */
  readonly addenda?: readonly string[];
}

/** Information the law protects from disclosure: 8 CFR 1208.6 and 8 U.S.C. 1367. */
export type SensitiveCategory = 'asylum' | 'protected1367';
export const sensitiveCategories: readonly SensitiveCategory[] = ['asylum', 'protected1367'];

/** Choices made on the drafts screen for one draft (never stored in the case file). */
export interface DraftOptions {
  readonly eoir28Scope?: 'all' | 'custody_only' | 'all_but_custody' | null;
  readonly eoir28Appearance?: 'primary' | 'non_primary' | 'single_hearing' | null;
  readonly pdAction?: 'dismissal' | 'joint_closure' | 'stipulation' | 'non_opposition' | null;
  /** The hearing a motion to continue asks to move (a case-file hearing id). */
  readonly continueHearingId?: string | null;
}

export interface DraftInput {
  readonly caseFile: CaseFile;
  readonly interviews: readonly InterviewRecord[];
  readonly checklists: readonly ChecklistState[];
  readonly profile: AttorneyProfile | null;
  /** The case screened now (case file plus interviews); the memo reports it. */
  readonly screening: ScreeningResult | null;
  /** `YYYY-MM-DD`, America/Chicago. */
  readonly today: string;
  /** Protected information the attorney explicitly chose to include in this export. */
  readonly include: ReadonlySet<SensitiveCategory>;
  readonly options: DraftOptions;
  /** The attorney has reviewed this draft and approved it: no review mark. */
  readonly approved: boolean;
}

/** Something protected that the draft left out; listed on screen, never in the file. */
export interface WithheldItem {
  readonly category: SensitiveCategory;
  readonly label: LocalizedText;
}
