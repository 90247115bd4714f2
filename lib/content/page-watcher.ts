/**
 * The content scripts' engine: finds the contacts a page shows and reports them, at near-zero
 * cost when nothing changes. Framework-free and DOM-only, so it runs on LinkedIn on every page.
 *
 *   navigation ──► adapters for the URL ──┬─ profile: extract; if the person is not rendered yet,
 *   (start, SPA)                          │  observe until they are (bounded), then disconnect
 *                                         └─ list: extract every card once; observe *added* nodes,
 *                                            batch them per animation frame, never redo a card;
 *                                            paused while the page is hidden
 *
 * The mutation callback only collects nodes; all reading happens later in one batch
 * (docs/pages.md, "Navigation"). The watcher never writes to the page.
 */
import type { DetectedContact } from '../adapters/contact';
import type { ListAdapter, PageAdapter } from '../adapters/fields';

/** An adapter as the watcher drives it: list pages add card-by-card extraction (adapters/fields.ts). */
export type WatchedAdapter = PageAdapter & Partial<Pick<ListAdapter, 'cardsIn' | 'extractCard' | 'cardOf'>>;

export interface PageReport {
  url: string;
  pageKind: 'profile' | 'list';
  contacts: DetectedContact[];
  /** True when `contacts` adds to the list already reported for this URL. */
  append: boolean;
}

export interface PageWatcherOptions {
  document: Document;
  adaptersFor(url: URL): WatchedAdapter[];
  report(report: PageReport): void | Promise<void>;
  signal: AbortSignal;
  /** How long to wait for a profile to render after navigation before giving up. */
  profileWaitMs?: number;
  /** One batch per frame in the browser; tests pass their own. */
  scheduleBatch?: (run: () => void) => void;
}

const complete = (c: DetectedContact) => c.name !== null && c.title !== null;

export interface PageWatcher {
  navigated(url: URL): void;
  /** Where a reported contact is shown (its card, or the profile's main column), for inline chips. */
  scopeOf(key: string): Element | undefined;
}

export function watchPage(options: PageWatcherOptions): PageWatcher {
  const { document, signal } = options;
  const scheduleBatch = options.scheduleBatch ?? ((run) => requestAnimationFrame(run));
  const profileWaitMs = options.profileWaitMs ?? 10_000;

  let observer: MutationObserver | null = null;
  let stopCurrent = () => {};
  /** What the previous page showed: after an SPA navigation the old DOM lingers for a moment. */
  let lastProfile: { key: string; name: string | undefined } | null = null;
  let reportedSomething = false;
  let scopes = new Map<string, Element>();

  function send(report: PageReport) {
    reportedSomething = report.contacts.length > 0 || report.append;
    void options.report(report);
  }

  function observe(onBatch: (added: Node[]) => void) {
    let pending: Node[] = [];
    let scheduled = false;
    observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) pending.push(node);
      if (!scheduled && pending.length > 0) {
        scheduled = true;
        scheduleBatch(() => {
          scheduled = false;
          const batch = pending;
          pending = [];
          if (observer) onBatch(batch);
        });
      }
    });
    // The root, not <body>: an app may swap the body itself when it navigates.
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }

  function disconnect() {
    observer?.disconnect();
    observer = null;
  }

  function watchProfile(adapter: WatchedAdapter, url: URL) {
    const started = Date.now();
    const isStale = (contact: DetectedContact) =>
      lastProfile !== null && lastProfile.key !== contact.key && lastProfile.name === contact.name?.value;
    const attempt = (final: boolean): boolean => {
      const found = adapter.extract(document, url).filter((c) => !isStale(c));
      const best = found.find(complete) ?? (final ? found[0] : undefined);
      if (!best && !final) return false;
      disconnect();
      clearTimeout(timer);
      lastProfile = best ? { key: best.key, name: best.name?.value } : null;
      if (best) scopes.set(best.key, document.querySelector('main') ?? document.body);
      if (best || reportedSomething) send({ url: url.href, pageKind: 'profile', contacts: best ? [best] : [], append: false });
      return true;
    };
    const timer = setTimeout(() => attempt(true), profileWaitMs);
    stopCurrent = () => clearTimeout(timer);
    if (attempt(false)) return;
    observe(() => {
      if (Date.now() - started < profileWaitMs) attempt(false);
    });
  }

  function watchList(adapter: WatchedAdapter, url: URL) {
    const seen = new WeakSet<Element>();
    const keys = new Set<string>();
    const cardsIn = adapter.cardsIn!;
    const extractCard = adapter.extractCard!;

    const process = (cards: Iterable<Element>): DetectedContact[] => {
      const added: DetectedContact[] = [];
      for (const card of cards) {
        if (seen.has(card)) continue;
        const contact = extractCard(card, url);
        if (!contact || !complete(contact)) continue; // not rendered yet: a later mutation retries it
        seen.add(card);
        if (keys.has(contact.key)) continue;
        keys.add(contact.key);
        scopes.set(contact.key, card);
        added.push(contact);
      }
      return added;
    };
    /** Cards inside an added subtree, and the card an added node was rendered into. */
    const cardsTouchedBy = (nodes: Node[]): Set<Element> => {
      const cards = new Set<Element>();
      for (const node of nodes) {
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!element || !element.isConnected) continue;
        for (const card of cardsIn(element)) cards.add(card);
        const around = adapter.cardOf?.(element);
        if (around) cards.add(around);
      }
      return cards;
    };

    const scanAll = (append: boolean) => {
      const added = process(cardsIn(document));
      if (added.length > 0 || !append) send({ url: url.href, pageKind: 'list', contacts: added, append });
    };
    const start = () => {
      observe((nodes) => {
        const added = process(cardsTouchedBy(nodes));
        if (added.length > 0) send({ url: url.href, pageKind: 'list', contacts: added, append: true });
      });
    };

    scanAll(false);
    start();
    // A hidden page renders nothing a seller can see: stop watching, catch up when shown.
    const onVisibility = () => {
      if (document.hidden) disconnect();
      else if (!observer) {
        scanAll(true);
        start();
      }
    };
    document.addEventListener('visibilitychange', onVisibility, { signal });
    stopCurrent = () => document.removeEventListener('visibilitychange', onVisibility);
  }

  function navigated(url: URL) {
    scopes = new Map();
    disconnect();
    stopCurrent();
    stopCurrent = () => {};
    if (signal.aborted) return;
    const adapter = options.adaptersFor(url)[0];
    if (!adapter) {
      lastProfile = null;
      if (reportedSomething) send({ url: url.href, pageKind: 'profile', contacts: [], append: false });
      return;
    }
    if (adapter.pageKind === 'list' && adapter.cardsIn && adapter.extractCard) watchList(adapter, url);
    else watchProfile(adapter, url);
  }

  signal.addEventListener('abort', () => {
    disconnect();
    stopCurrent();
  });
  return { navigated, scopeOf: (key) => scopes.get(key) };
}
