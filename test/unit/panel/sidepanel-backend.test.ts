import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { followTab, pinnedTabId, withContactsAdded } from '../../../entrypoints/sidepanel/backend';

beforeEach(() => fakeBrowser.reset());

describe('which tab the side panel shows', () => {
  it('reads a pinned tab from ?tab=<id> (pop-out windows and end-to-end tests)', () => {
    expect(pinnedTabId('?tab=42')).toBe(42);
    expect(pinnedTabId('')).toBeNull();
    expect(pinnedTabId('?tab=abc')).toBeNull();
    expect(pinnedTabId('?tab=-1')).toBeNull();
  });

  it('stays on a pinned tab', () => {
    const onTab = vi.fn();
    followTab(7, onTab);
    expect(onTab).toHaveBeenCalledExactlyOnceWith(7);
  });

  it('follows the active tab of its window as the seller switches tabs', async () => {
    // The fake browser has no notion of the active tab of the current window: answer for it.
    const first = { id: 5, windowId: 3, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([first]);
    const onTab = vi.fn();
    const stop = followTab(null, onTab);
    await vi.waitFor(() => expect(onTab).toHaveBeenCalledWith(5));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    const windowId = first.windowId;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId });
    expect(onTab).toHaveBeenLastCalledWith(99);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 100, windowId: windowId + 1 }); // another window
    expect(onTab).toHaveBeenLastCalledWith(99);
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 101, windowId });
    expect(onTab).toHaveBeenLastCalledWith(99);
  });
});

describe('contacts added to a list page', () => {
  const state = { tabId: 1, url: 'https://www.linkedin.com/search/results/people/', pageKind: 'list' as const, contacts: [], updatedAt: 0 };
  const unreadable = { readable: false, adapter: 'linkedin-people-list', problem: 'no-contact' as const };
  it("carries the page's health: a list can turn unreadable, and back, with a delta", () => {
    const judged = withContactsAdded(state, { tabId: 1, url: state.url, contacts: [], total: 0, updatedAt: 1, health: unreadable });
    expect(judged.health).toEqual(unreadable);
    const cleared = withContactsAdded(judged, { tabId: 1, url: state.url, contacts: [], total: 0, updatedAt: 2 });
    expect(cleared).not.toHaveProperty('health');
    expect(cleared.updatedAt).toBe(2);
  });
});
