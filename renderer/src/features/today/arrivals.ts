/** What the first sync after a sign-in brought, handed to the Today view in the route's state. */
export interface Arrivals {
  readonly caseIds: readonly string[];
  /** false: the sync stopped early (offline, an error), so more cases may still arrive. */
  readonly complete: boolean;
}

export interface TodayRouteState {
  readonly arrivals?: Arrivals;
}

/** Cases on the laptop now that were not there before the sign-in. */
export function arrivedCaseIds(before: ReadonlySet<string>, after: readonly string[]): string[] {
  return after.filter((id) => !before.has(id));
}
