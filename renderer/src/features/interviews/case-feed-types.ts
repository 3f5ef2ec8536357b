import type { JsonObject, JsonValue } from '@core/sync/json-value';

export interface FeedBase {
  /** Stable key for React lists. */
  readonly key: string;
  /** The questions whose answers make the proposal; it is shown under the last one. */
  readonly questionIds: readonly string[];
  /** The case-file screen where the value lives (`family`, `travel`…). */
  readonly caseSection: string;
}

/** Copy one answer into one case-file field. */
export interface FieldProposal extends FeedBase {
  readonly kind: 'field';
  readonly target: string;
  readonly path: readonly string[];
  /** The case-file value the attorney sees now; a copy is refused if it changed meanwhile. */
  readonly current: JsonValue | undefined;
  readonly proposed: JsonValue;
  /** Fields beside it written with it (a date's precision), by name within the same object. */
  readonly also: Readonly<Record<string, JsonValue>>;
  /** `merge`: a list that keeps everything it has and gains the answer's items. */
  readonly status: 'same' | 'empty' | 'different' | 'merge';
}

/** Add a new row to a case-file list (an entry, a hearing, a relative, a health condition). */
export interface RowProposal extends FeedBase {
  readonly kind: 'row';
  readonly target: string;
  readonly path: readonly string[];
  readonly row: JsonObject;
  /**
   * The field the attorney types before adding: a relative picked from a list has no name yet,
   * an "other" health condition no description.
   */
  readonly typed: 'name' | 'condition' | null;
  readonly existing: readonly JsonObject[];
  /** `same`: a row with every value the interview gives is already in the list. */
  readonly status: 'same' | 'new';
}

/** An answer the attorney must carry into the case file by hand, and why. */
export interface ManualFeed extends FeedBase {
  readonly kind: 'manual';
  readonly target: string;
  readonly reason: 'manual' | 'noMatch' | 'invalid' | 'incomplete' | 'approximate' | 'mixed';
  readonly error?: string;
}

export type CaseFeed = FieldProposal | RowProposal | ManualFeed;

/** An offer the attorney accepted, with the text typed for it when it needs one. */
export interface AcceptedOffer {
  readonly proposal: FieldProposal | RowProposal;
  readonly typed?: string;
}
