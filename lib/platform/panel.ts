/**
 * The one place where Chromium and Firefox differ for the extension: how the persona panel is
 * shown. Chromium (and Edge) have `sidePanel`; Firefox has `sidebar_action`, the same page in
 * its sidebar. Everything else the extension uses is the same WebExtension API in both.
 *
 * Both browsers only open a panel from a user gesture, so `open` must be called synchronously
 * from the click or command handler, before any await.
 */

/** The parts of the `browser` namespace this module touches, typed loosely: each browser has only one of them. */
export interface PanelApis {
  sidePanel?: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open(target: { tabId?: number; windowId?: number }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void>; toggle?(): Promise<void> };
  action: { onClicked: { addListener(listener: () => void): void } };
}

export interface Panel {
  /** Clicking the toolbar button shows the panel. Call once when the worker starts. */
  openOnToolbarClick(): void;
  /** Shows the panel for a tab or window; call first thing in a user-gesture handler. */
  open(target: { tabId?: number; windowId?: number }): void;
}

export function panelFor(apis: PanelApis): Panel {
  const { sidePanel, sidebarAction } = apis;
  if (sidePanel)
    return {
      openOnToolbarClick: () => void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined),
      open: (target) => void sidePanel.open(target).catch(() => undefined),
    };
  if (sidebarAction)
    return {
      // Firefox has no "open on action click" setting; the click handler counts as a gesture.
      openOnToolbarClick: () => apis.action.onClicked.addListener(() => void (sidebarAction.toggle ?? sidebarAction.open)().catch(() => undefined)),
      open: () => void sidebarAction.open().catch(() => undefined),
    };
  // A browser with neither (or a test double): the extension still badges pages; no panel to open.
  return { openOnToolbarClick: () => undefined, open: () => undefined };
}
