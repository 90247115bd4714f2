/**
 * Work on every open tab's state: re-matching them after the packs change (and at every start
 * of the worker), re-badging them after a correction. Each tab's turn runs inside its own queue
 * (TabStates.serialize) on the state it has by then, so a page report that arrived meanwhile —
 * a page load that wakes the worker also starts the re-match — is what the work sees, and the
 * report is never overwritten by a state read before it.
 */
import type { TabState } from '../contracts/tab-state';
import type { TabStates } from '../storage/tab-states';

export async function eachTabState(tabStates: Pick<TabStates, 'all' | 'get' | 'serialize'>, work: (state: TabState) => Promise<void>): Promise<void> {
  for (const { tabId } of await tabStates.all())
    await tabStates.serialize(tabId, async () => {
      const state = await tabStates.get(tabId);
      if (state) await work(state);
    });
}
