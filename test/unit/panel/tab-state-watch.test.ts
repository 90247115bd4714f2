/** The side panel follows a tab's state from the worker's messages alone (lib/panel/backend.ts). */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ProtocolMap } from '../../../lib/contracts/messages';
import type { TabState } from '../../../lib/contracts/tab-state';
import { watchTabState, type PanelMessaging } from '../../../lib/panel/backend';

function panelBus(answer: TabState | null) {
  const handlers = new Map<string, Set<(message: { data: unknown }) => void>>();
  const asked: number[] = [];
  const messaging = {
    onMessage: (type: string, handler: (message: { data: unknown }) => void) => {
      const set = handlers.get(type) ?? new Set();
      set.add(handler);
      handlers.set(type, set);
      return () => set.delete(handler);
    },
    sendMessage: async (type: string, data: number) => {
      if (type === 'getTabState') asked.push(data);
      return answer;
    },
  } as unknown as PanelMessaging;
  const push = <K extends keyof ProtocolMap>(type: K, data: Parameters<ProtocolMap[K]>[0]) => handlers.get(type)?.forEach((h) => h({ data }));
  return { messaging, asked, push };
}

const state: TabState = { tabId: 3, url: 'https://www.linkedin.com/in/ada/', pageKind: 'profile', contacts: [], updatedAt: 1 };
const words = { noAnswer: (error: string) => `no answer: ${error}` };

describe("the panel's view of a tab", () => {
  it('shows nothing once the worker says the tab was cleared, and ignores other tabs', async () => {
    const bus = panelBus(state);
    const onState = vi.fn();
    const stop = watchTabState(bus.messaging, words, 3, onState, () => undefined);
    await vi.waitFor(() => expect(onState).toHaveBeenLastCalledWith(state));

    bus.push('tabStateCleared', 4);
    expect(onState).toHaveBeenLastCalledWith(state);
    bus.push('tabStateCleared', 3);
    expect(onState).toHaveBeenLastCalledWith(null);

    stop();
    bus.push('tabStateChanged', state);
    expect(onState).toHaveBeenLastCalledWith(null);
  });

  it('asks the worker once, not again on every tab update', async () => {
    const bus = panelBus(null);
    watchTabState(
      bus.messaging,
      words,
      3,
      () => undefined,
      () => undefined,
    );
    await vi.waitFor(() => expect(bus.asked).toEqual([3]));
    // The panel no longer listens to tabs.onUpdated: the worker's message says when a tab is cleared.
    await fakeBrowser.tabs.onUpdated.trigger(3, { url: 'https://www.linkedin.com/feed/' }, { id: 3 } as never);
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' } as never, { id: 3 } as never);
    expect(bus.asked).toEqual([3]);
  });
});
