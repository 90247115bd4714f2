import { describe, expect, it, vi } from 'vitest';
import { panelFor, type PanelApis } from '../../../lib/platform/panel';

function toolbar() {
  const listeners: Array<() => void> = [];
  return { listeners, action: { onClicked: { addListener: (l: () => void) => void listeners.push(l) } } };
}

describe('panelFor', () => {
  it('uses Chromium’s side panel: opens on toolbar click by setting, and for a tab or window', () => {
    const { listeners, action } = toolbar();
    const sidePanel = { setPanelBehavior: vi.fn(async () => {}), open: vi.fn(async () => {}) };
    const panel = panelFor({ sidePanel, action } as PanelApis);
    panel.openOnToolbarClick();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(listeners).toHaveLength(0);
    panel.open({ tabId: 7 });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('uses Firefox’s sidebar: the toolbar click toggles it, open() opens it synchronously', () => {
    const { listeners, action } = toolbar();
    const sidebarAction = { open: vi.fn(async () => {}), toggle: vi.fn(async () => {}) };
    const panel = panelFor({ sidebarAction, action } as PanelApis);
    panel.openOnToolbarClick();
    expect(listeners).toHaveLength(1);
    listeners[0]!();
    expect(sidebarAction.toggle).toHaveBeenCalledTimes(1);
    panel.open({ windowId: 3 });
    // Called before any await: Firefox only opens a sidebar inside the user's gesture.
    expect(sidebarAction.open).toHaveBeenCalledTimes(1);
  });

  it('does not throw in a browser with neither (the start-up crash Firefox had)', () => {
    const { action } = toolbar();
    const panel = panelFor({ action } as PanelApis);
    expect(() => panel.openOnToolbarClick()).not.toThrow();
    expect(() => panel.open({ tabId: 1 })).not.toThrow();
  });

  it('swallows a refused open (no gesture, closed window) instead of an unhandled rejection', async () => {
    const { action } = toolbar();
    const sidePanel = { setPanelBehavior: vi.fn(async () => {}), open: vi.fn(async () => Promise.reject(new Error('No active side panel'))) };
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    panelFor({ sidePanel, action } as PanelApis).open({ tabId: 1 });
    await new Promise((r) => setTimeout(r, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
