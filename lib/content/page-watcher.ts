/**
 * The content scripts' engine: finds the contacts a page shows and reports them, at near-zero
 * cost when nothing changes. Framework-free and DOM-only, so it runs on LinkedIn on every page.
 *
 *   navigation ──► adapters for the URL ──┬─ profile: extract; if the person is not rendered yet,
 *   (start, SPA)                          │  observe until they are (bounded), then disconnect
 *                                         └─ list: find and read every card once, in slices (the
 *                                            whole page's scan too: scanCards); observe *added*
 *                                            nodes, batch them per animation frame, never redo a
 *                                            card; paused while the page is hidden
 *
 * The mutation callback only collects nodes; all reading happens later in one batch
 * (docs/pages.md, "Navigation"). The watcher never writes to the page.
 *
 * In-app navigation: the app changes the URL first and renders the new page later, so the old
 * page's DOM lingers for a while. `navigated` only notes what the old page was made of (a few
 * elements, cheap enough for the Navigation API's `navigate` event it runs in) and reads the new
 * page in a later task, once the page's root holds something the old page did not; cards and
 * blocks of the old page that are still connected are never read for the new URL.
 */
import { pageHealth, unsureFields } from '../adapters/health';
import type { DetectedContact } from '../contracts/contact';
import type { WatchedAdapter } from '../contracts/page-adapter';
import type { PageHealth } from '../contracts/tab-state';

export interface PageReport {
  url: string;
  pageKind: 'profile' | 'list';
  contacts: DetectedContact[];
  /** True when `contacts` adds to the list already reported for this URL. */
  append: boolean;
  /** Once the page has settled (`healthWaitMs`): whether it was read well enough (lib/adapters/health.ts). */
  health?: PageHealth;
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
  /**
   * Batches of nodes added to a list page already read (infinite scroll): in the browser in the
   * frame's animation-frame callbacks, before it renders. A page of 1,000 cards takes ~85 ms to
   * render that frame, which the badge would wait for (a new task runs after it too); reading a
   * few new cards (checkVisibility) styles only them, ahead of the frame that styles them anyway.
   * When only `scheduleBatch` is given (tests), that one serves here too.
   */
  scheduleAppend?: (run: () => void) => void;
  /** Runs the reading of a page navigated to in-app outside the navigation event: a new task in the browser. */
  defer?: (run: () => void) => void;
  /**
   * Runs the first reading of a page the script started on, once its load event has passed: in
   * the browser in idle time (the page's own post-load work first), within `IDLE_WAIT_MS`.
   */
  afterLoad?: (run: () => void) => void;
  /**
   * How long a page the script started on is waited on for its load event (a subresource may
   * hang forever) before it is read anyway, counted from when its DOM was parsed.
   */
  loadWaitMs?: number;
  /** The most a list page's cards are read for before yielding to the page (long tasks start at 50 ms). */
  sliceMs?: number;
  /**
   * While a long list is read slice by slice, how long its contacts are gathered before they are
   * reported: each report costs a message, its answer and the worker's work on it, whatever its
   * size. The first slice is reported at once, and so is the last. 0: every slice.
   */
  reportEveryMs?: number;
  /**
   * How long after a page is read its health is judged; absent, never (admin-defined sites,
   * whose patterns may cover pages without a person). A page still rendering then is judged
   * again when its contacts arrive.
   */
  healthWaitMs?: number;
}

const now = () => performance.now();
/** How long `whenLoaded` waits for a load event after the DOM was parsed (a subresource may hang forever). */
export const LOAD_WAIT_MS = 5_000;

/**
 * Runs `run` once, when the page has loaded: at once if it has, else at its load event, or
 * `waitMs` after its DOM was parsed if the load event has not come by then. The content script
 * starts at document_start (pages.content.ts), while the DOM is still being parsed.
 */
export function whenLoaded(document: Document, run: () => void, { waitMs = LOAD_WAIT_MS, signal }: { waitMs?: number; signal: AbortSignal }): void {
  if (document.readyState === 'complete') {
    run();
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const loaded = () => {
    if (done || signal.aborted) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const startWaiting = () => {
    if (!done && !signal.aborted) timer = setTimeout(loaded, waitMs);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  document.defaultView?.addEventListener('load', loaded, { once: true, signal });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startWaiting, { once: true, signal });
  else startWaiting();
}

/** The longest a first read waits for idle time after the page's load event. */
const IDLE_WAIT_MS = 1_000;
/** In idle time where there is any (`requestIdleCallback`), else a new task. */
const whenIdle = (run: () => void) => {
  const idle = (globalThis as { requestIdleCallback?: (run: () => void, options: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(run, { timeout: IDLE_WAIT_MS });
  else setTimeout(run, 0);
};
/** Back to the page's own work between slices: `scheduler.yield()` where there is one, else a new task. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** Where a page's content lives: apps swap this, or its children, when they navigate. */
const pageRoot = (document: Document): Element | null => document.querySelector('main') ?? document.body;

/** What the page was made of when the app navigated away from it (see the header). */
interface LeftPage {
  /** The page root then, its element children, and the body. */
  blocks: WeakSet<Element>;
  /** List cards read there. */
  cards: WeakSet<Element>;
  /** A list's own container may stay for the next list: then only its cards are the old page's. */
  wasList: boolean;
}

function leftPageOf(document: Document, cards: WeakSet<Element>, wasList: boolean): LeftPage {
  const blocks = new WeakSet<Element>();
  const root = pageRoot(document);
  if (document.body) blocks.add(document.body);
  if (root) {
    blocks.add(root);
    for (let child = root.firstElementChild; child; child = child.nextElementSibling) blocks.add(child);
  }
  return { blocks, cards, wasList };
}

/** True once the page root, or one of its children, is not the left page's. */
function rendersNewPage(document: Document, left: LeftPage): boolean {
  const root = pageRoot(document);
  if (!root) return false;
  if (!left.blocks.has(root)) return true;
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) if (!left.blocks.has(child)) return true;
  return false;
}

/** A card of the left page, or inside one of its blocks that is still connected. */
function fromLeftPage(card: Element, left: LeftPage): boolean {
  if (left.cards.has(card)) return true;
  if (left.wasList) return false;
  for (let node: Element | null = card; node; node = node.parentElement) {
    if (left.blocks.has(node)) return node !== node.ownerDocument.body && node !== pageRoot(node.ownerDocument);
  }
  return false;
}

const complete = (c: DetectedContact) => c.name !== null && c.title !== null;

export interface PageWatcher {
  navigated(url: URL): void;
  /** Reads the page shown now from scratch (the adapters changed: a pack brought a patch), as on a first load. */
  reread(): void;
  /** Where a reported contact is shown (its card, or the profile's main column), for inline chips. */
  scopeOf(key: string): Element | undefined;
}

export function watchPage(options: PageWatcherOptions): PageWatcher {
  const { document, signal } = options;
  // After the frame that renders the batch, not in its animation-frame callbacks (before its
  // style and layout): an app's freshly swapped body is styled and laid out by then, so reading
  // it (checkVisibility) forces neither, and the page is painted before it is read.
  const scheduleBatch = options.scheduleBatch ?? ((run) => requestAnimationFrame(() => setTimeout(run, 0)));
  const scheduleAppend = options.scheduleAppend ?? (options.scheduleBatch ? scheduleBatch : (run) => void requestAnimationFrame(run));
  const defer = options.defer ?? ((run) => void setTimeout(run, 0));
  const afterLoad = options.afterLoad ?? whenIdle;
  const loadWaitMs = options.loadWaitMs ?? LOAD_WAIT_MS;
  const profileWaitMs = options.profileWaitMs ?? 10_000;
  const sliceMs = options.sliceMs ?? 8;
  const reportEveryMs = options.reportEveryMs ?? 0;
  const judgeHealth = options.healthWaitMs !== undefined;

  let observer: MutationObserver | null = null;
  let stopCurrent = () => {};
  /** What the previous page showed: after an SPA navigation the old DOM lingers for a moment. */
  let lastProfile: { key: string; name: string | undefined } | null = null;
  let reportedSomething = false;
  let scopes = new Map<string, Element>();
  /** Bumped on every navigation: work scheduled for an earlier page then does nothing. */
  let generation = 0;
  let started = false;
  /** The page navigated away from, until the next navigation; null on the page the script started on. */
  let left: LeftPage | null = null;
  /** Set once the page root holds the new page (always, on the first page). */
  let rendered = true;
  let currentCards = new WeakSet<Element>();
  let currentKind: PageReport['pageKind'] | null = null;

  const pageIsNew = () => rendered || (rendered = left === null || rendersNewPage(document, left));

  function send(report: PageReport) {
    reportedSomething = report.contacts.length > 0 || report.append || report.health?.readable === false;
    void options.report(report);
  }

  /** `appending`: whether added nodes only add to what was read (then `scheduleAppend`). */
  function observe(onBatch: (added: Node[]) => void, appending: () => boolean = () => false) {
    let pending: Node[] = [];
    let scheduled = false;
    const own: MutationObserver = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) pending.push(node);
      if (!scheduled && pending.length > 0) {
        scheduled = true;
        (appending() ? scheduleAppend : scheduleBatch)(() => {
          scheduled = false;
          const batch = pending;
          pending = [];
          // A batch queued before a navigation or a pause belongs to a page no longer watched.
          if (observer === own) onBatch(batch);
        });
      }
    });
    observer = own;
    // The root, not <body>: an app may swap the body itself when it navigates.
    own.observe(document.documentElement, { childList: true, subtree: true });
  }

  function disconnect() {
    observer?.disconnect();
    observer = null;
  }

  function watchProfile(adapter: WatchedAdapter, url: URL) {
    const started = Date.now();
    const isStale = (contact: DetectedContact) => lastProfile !== null && lastProfile.key !== contact.key && lastProfile.name === contact.name?.value;
    const attempt = (final: boolean): boolean => {
      // Until the new page renders, the DOM is the old page's (at the deadline it is all there is).
      if (!final && !pageIsNew()) return false;
      const found = adapter.extract(document, url).filter((c) => !isStale(c));
      const best = found.find(complete) ?? (final ? found[0] : undefined);
      if (!best && !final) return false;
      disconnect();
      clearTimeout(timer);
      clearTimeout(healthTimer);
      lastProfile = best ? { key: best.key, name: best.name?.value } : null;
      if (best) scopes.set(best.key, document.querySelector('main') ?? document.body);
      const health = judgeHealth ? pageHealth(adapter, best ? [best] : [], document) : undefined;
      if (best || reportedSomething || health?.readable === false)
        send({ url: url.href, pageKind: 'profile', contacts: best ? [best] : [], append: false, ...(health ? { health } : {}) });
      return true;
    };
    const timer = setTimeout(() => attempt(true), profileWaitMs);
    // Settled without the person: tell the seller now, and keep watching until the deadline.
    const healthTimer = judgeHealth
      ? setTimeout(() => {
          if (!pageIsNew()) return;
          const found = adapter
            .extract(document, url)
            .filter((c) => !isStale(c))
            .slice(0, 1);
          send({ url: url.href, pageKind: 'profile', contacts: found, append: false, health: pageHealth(adapter, found, document) });
        }, options.healthWaitMs)
      : undefined;
    stopCurrent = () => {
      clearTimeout(timer);
      clearTimeout(healthTimer);
    };
    if (attempt(false)) return;
    observe(() => {
      if (Date.now() - started < profileWaitMs) attempt(false);
    });
  }

  function watchList(adapter: WatchedAdapter, url: URL) {
    const seen = new WeakSet<Element>();
    currentCards = seen;
    const keys = new Set<string>();
    const cardsIn = adapter.cardsIn!;
    const extractCard = adapter.extractCard!;
    let leftPage = left;
    /** The first report replaces what the tab showed; later ones add to it. */
    let reported = false;
    let live = true;
    /**
     * Cards waiting to be read, oldest first, read in slices of at most `sliceMs` each: the
     * whole page's scan (`scanCards`, which finds its cards a step at a time, yielding null
     * between steps that found none) and the cards of each batch of added nodes.
     */
    let queue: Array<Iterator<Element | null>> = [];
    let draining = false;
    /** The next card to read, null after a step of a scan, undefined once the queue is empty. */
    const nextCard = (): Element | null | undefined => {
      while (queue.length > 0) {
        const step = queue[0]!.next();
        if (!step.done) return step.value;
        queue.shift();
      }
      return undefined;
    };

    const readOne = (card: Element): DetectedContact | null => {
      if (seen.has(card) || (leftPage && fromLeftPage(card, leftPage)) || !card.isConnected) return null;
      const contact = extractCard(card, url);
      if (!contact || !complete(contact)) return null; // not rendered yet: a later mutation retries it
      seen.add(card);
      if (keys.has(contact.key)) return null;
      keys.add(contact.key);
      scopes.set(contact.key, card);
      return contact;
    };
    /** Set once the page has settled: from then on every report says whether the page is readable. */
    let judged = false;
    /** Whether a contact with a sure name and title was reported; else the last one reported. */
    let anySure = false;
    let lastUnsure: DetectedContact | undefined;
    const healthOf = (contacts: DetectedContact[]): PageHealth => (anySure ? { readable: true, adapter: adapter.id } : pageHealth(adapter, contacts, document));
    const flush = (added: DetectedContact[]) => {
      for (const contact of added) {
        if (unsureFields(contact).length === 0) anySure = true;
        else lastUnsure = contact;
      }
      if (added.length > 0 || !reported)
        send({ url: url.href, pageKind: 'list', contacts: added, append: reported, ...(judged ? { health: healthOf(added) } : {}) });
      reported = true;
    };
    const healthTimer = judgeHealth
      ? setTimeout(() => {
          judged = true;
          // The old page still showing is not this page's failure; the first reports will judge it.
          if (!scannedOnce) return;
          const health = healthOf(lastUnsure ? [lastUnsure] : []);
          if (health.readable) return;
          send({ url: url.href, pageKind: 'list', contacts: [], append: reported, health });
          reported = true;
        }, options.healthWaitMs)
      : undefined;
    /** Reads the queue a slice at a time, yielding to the page in between; reports every `reportEveryMs` and at the end. */
    const drain = async (startedAt: number | null) => {
      if (draining) return;
      draining = true;
      let unreported: DetectedContact[] = [];
      let reportedAt = -Infinity;
      // The task that found the cards (a scan of the page, a batch of added nodes) is the first slice's start.
      let sliceStart = startedAt ?? now();
      // Added nodes read ahead of the frame (`scheduleAppend`): the first read styles them, which
      // the frame would do anyway; counted against the slice, it would push the rest past that frame.
      let styling = startedAt === null;
      try {
        while (live && queue.length > 0) {
          let sliceEnd = sliceStart + sliceMs;
          // At least one step a slice, however long the task that queued it took.
          for (let first = true; first || now() < sliceEnd; first = false) {
            const card = nextCard();
            if (card === undefined) break;
            const contact = card && readOne(card);
            if (contact) unreported.push(contact);
            if (styling && card) {
              styling = false;
              sliceEnd = now() + sliceMs;
            }
          }
          // A page left meanwhile: what was read belongs to no page now.
          if (!live) return;
          // Not a first report without contacts while the scan goes on (it would only clear the tab); an empty page's comes at its end.
          if (queue.length === 0 || (unreported.length > 0 && (!reported || now() - reportedAt >= reportEveryMs))) {
            flush(unreported);
            unreported = [];
            reportedAt = now();
          }
          if (queue.length > 0) {
            await yieldToPage();
            sliceStart = now();
          }
        }
      } finally {
        draining = false;
      }
    };
    /** `startedAt`: when the task finding `cards` started, which counts against the first slice; null: see `drain`. */
    const enqueue = (cards: Iterator<Element | null>, startedAt: number | null) => {
      queue.push(cards);
      void drain(startedAt);
    };
    /** Scans `root` a step at a time where the adapter can (`scanCards`), else at once. */
    const scan = (root: Document | Element): Iterator<Element | null> => (adapter.scanCards ? adapter.scanCards(root) : cardsIn(root).values());
    /**
     * Cards inside added subtrees, and the card an added node was rendered into, each once; found
     * as they are read, so a big subtree (a list rendered anew) is scanned in slices too.
     */
    function* cardsTouchedBy(nodes: Node[]): Generator<Element | null> {
      const found = new Set<Element>();
      for (const node of nodes) {
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!element?.isConnected) continue;
        let inside = false;
        const cards = scan(element);
        for (let step = cards.next(); !step.done; step = cards.next()) {
          const card = step.value;
          if (card) inside = true;
          if (!card || !found.has(card)) yield card;
          if (card) found.add(card);
        }
        // Only a node holding no card can be lazy content rendered into one; else its list item
        // would be read besides the card inside it (twice the work for one contact).
        const around = inside ? null : adapter.cardOf?.(element);
        if (around && !found.has(around)) {
          found.add(around);
          yield around;
        }
      }
    }

    // The drain reports once it has read the scan, even an empty page's: that clears what the
    // tab showed for the old page.
    const scanAll = () => {
      const startedAt = now();
      enqueue(scan(document), startedAt);
    };
    let scannedOnce = false;
    const scanWhenNew = () => {
      if (scannedOnce || !pageIsNew()) return;
      scannedOnce = true;
      scanAll();
    };
    const start = () => {
      observe(
        (nodes) => {
          if (!scannedOnce) scanWhenNew();
          else enqueue(cardsTouchedBy(nodes), null);
        },
        () => scannedOnce,
      );
    };

    scanWhenNew();
    start();
    // An app that never re-renders leaves the page as it is: then it is the new page's.
    const deadline = scannedOnce
      ? undefined
      : setTimeout(() => {
          if (scannedOnce) return;
          leftPage = null;
          rendered = true;
          scanWhenNew();
        }, profileWaitMs);
    // A hidden page renders nothing a seller can see: stop watching, catch up when shown.
    const onVisibility = () => {
      if (document.hidden) disconnect();
      else if (!observer) {
        if (scannedOnce) scanAll();
        else scanWhenNew();
        start();
      }
    };
    document.addEventListener('visibilitychange', onVisibility, { signal });
    stopCurrent = () => {
      live = false;
      queue = [];
      clearTimeout(deadline);
      clearTimeout(healthTimer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }

  function read(url: URL) {
    const adapter = options.adaptersFor(url)[0];
    currentKind = adapter?.pageKind ?? null;
    currentCards = new WeakSet();
    if (!adapter) {
      lastProfile = null;
      if (reportedSomething) send({ url: url.href, pageKind: 'profile', contacts: [], append: false });
      return;
    }
    if (adapter.pageKind === 'list' && adapter.cardsIn && adapter.extractCard) watchList(adapter, url);
    else watchProfile(adapter, url);
  }

  let currentUrl: URL | null = null;

  /** Stops watching the page shown so far; returns the new read's generation. */
  function stopWatching(): number {
    scopes = new Map();
    disconnect();
    stopCurrent();
    stopCurrent = () => {};
    return ++generation;
  }

  /**
   * Reads `url` in a task of its own. A page the script started on is read after its load event
   * (so the event never comes later for us), in idle time; one whose load never comes (a
   * subresource that hangs) after `loadWaitMs`.
   */
  function readSoon(url: URL, current: number, inApp: boolean) {
    if (signal.aborted) return;
    const readNow = () => current === generation && !signal.aborted && read(url);
    if (inApp) defer(readNow);
    else if (document.readyState === 'complete') readNow();
    else whenLoaded(document, () => afterLoad(readNow), { waitMs: loadWaitMs, signal });
  }

  function reread() {
    if (!currentUrl || signal.aborted) return;
    left = null;
    rendered = true;
    readSoon(currentUrl, stopWatching(), document.readyState === 'complete');
  }

  function navigated(url: URL) {
    currentUrl = url;
    const inApp = started;
    started = true;
    if (inApp) {
      left = leftPageOf(document, currentCards, currentKind === 'list');
      rendered = false;
    }
    // Called from the Navigation API's `navigate` event, before the app has rendered anything:
    // an in-app read waits for a task of its own.
    readSoon(url, stopWatching(), inApp);
  }

  signal.addEventListener('abort', () => {
    disconnect();
    stopCurrent();
  });
  return { navigated, reread, scopeOf: (key) => scopes.get(key) };
}
