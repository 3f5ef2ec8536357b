/**
 * Entry of the bench bundle. Registers the page side of every browser benchmark on
 * `window.amparoBench` (called by the Node drivers through page.evaluate), and runs one at once
 * when the URL says `#run=<name>&args=<json>` (for cold starts timed from navigation), leaving
 * its outcome in `window.amparoBenchOutcome`.
 */
import { autosave } from '../crypto/autosave/autosave-page';
import { caseListBreakdown, caseListCold, caseListSeed } from '../case-list/case-list-page';
import { firstSync, firstSyncProfile } from '../sync-initial/first-sync-page';
import { search } from '../search/search-page';
import { searchAppCold, searchAppSeed } from '../search/search-app-page';
import { unlock } from '../crypto/unlock/unlock-page';
import { keystroke } from '../notes/keystroke-page';
import { packet } from '../packet/packet-page';

const benches: Record<string, (args: never) => Promise<unknown>> = {
  autosave,
  caseListSeed,
  caseListCold,
  caseListBreakdown,
  search,
  searchAppSeed,
  searchAppCold,
  unlock,
  firstSync,
  firstSyncProfile,
  keystroke,
  packet,
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: string };
const target = window as unknown as {
  amparoBench: typeof benches;
  amparoBenchOutcome?: Outcome;
};

const hash = new URLSearchParams(location.hash.slice(1));
const run = hash.get('run');
if (run) {
  const bench = benches[run];
  const outcome = bench
    ? bench(JSON.parse(hash.get('args') ?? '{}') as never).then(
        (value): Outcome => ({ ok: true, value }),
        (error: unknown): Outcome => ({ ok: false, error: String(error) }),
      )
    : Promise.resolve<Outcome>({ ok: false, error: `no benchmark ${run}` });
  void outcome.then((result) => (target.amparoBenchOutcome = result));
}
target.amparoBench = benches;
