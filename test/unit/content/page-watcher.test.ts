// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedContact } from '../../../lib/contracts/contact';
import { watchPage, whenLoaded, type PageReport } from '../../../lib/content/page-watcher';
import type { WatchedAdapter } from '../../../lib/contracts/page-adapter';
import { cardsAround } from '../../../lib/adapters/dom';

const field = (value: string) => ({ value, source: 'structure' as const, confidence: 0.9 });

function contactOf(el: Element, url: URL): DetectedContact | null {
  const name = el.querySelector('.name')?.textContent ?? null;
  const title = el.querySelector('.title')?.textContent ?? null;
  const key = el.getAttribute('data-key') ?? url.href;
  if (!name) return null;
  return { adapter: 'fake', key, name: field(name), title: title ? field(title) : null, company: null, profileUrl: field(key) };
}

const profileAdapter: WatchedAdapter = {
  id: 'fake-profile',
  pageKind: 'profile',
  matches: (url) => url.pathname.startsWith('/in/'),
  extract: (root, url) => {
    const main = root.querySelector('main');
    const contact = main && contactOf(main, url);
    return contact ? [{ ...contact, key: url.href }] : [];
  },
};

const listAdapter: WatchedAdapter = {
  id: 'fake-list',
  pageKind: 'list',
  matches: (url) => url.pathname.startsWith('/search/'),
  extract: (root, url) => listAdapter.cardsIn!(root).flatMap((card) => contactOf(card, url) ?? []),
  cardsIn: (root) => [...(root instanceof Element && root.matches('li.card') ? [root] : []), ...root.querySelectorAll('li.card')],
  extractCard: (card, url) => contactOf(card, url),
  cardOf: (element) => element.closest('li.card'),
};

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('watchPage', () => {
  let reports: PageReport[];
  let controller: AbortController;
  let frames: Array<() => void>;
  const flushFrames = async () => {
    await new Promise((r) => setTimeout(r, 0)); // let MutationObserver callbacks run
    const run = frames;
    frames = [];
    run.forEach((f) => f());
  };
  const start = (profileWaitMs = 5_000) =>
    watchPage({
      document,
      adaptersFor: (url) => [profileAdapter, listAdapter].filter((a) => a.matches(url)),
      report: (r) => void reports.push(r),
      signal: controller.signal,
      profileWaitMs,
      scheduleBatch: (run) => frames.push(run),
    });

  beforeEach(() => {
    reports = [];
    frames = [];
    controller = new AbortController();
    document.body.innerHTML = '';
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('reports a rendered profile once and then stops watching', async () => {
    document.body.innerHTML = '<main><h1 class="name">Jane Doe</h1><p class="title">CISO</p></main>';
    start().navigated(new URL('https://www.linkedin.com/in/jane/'));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.contacts[0]!.name!.value).toBe('Jane Doe');
    document.body.append(document.createElement('div'));
    await flushFrames();
    expect(frames).toHaveLength(0);
    expect(reports).toHaveLength(1);
  });

  it('waits for a profile that renders late', async () => {
    const watcher = start();
    watcher.navigated(new URL('https://www.linkedin.com/in/jane/'));
    expect(reports).toHaveLength(0);
    document.body.innerHTML = '<main><h1 class="name">Jane Doe</h1></main>';
    await flushFrames();
    expect(reports).toHaveLength(0); // the title has not rendered yet
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p class="title">CISO</p>');
    await flushFrames();
    expect(reports.map((r) => r.contacts[0]!.title!.value)).toEqual(['CISO']);
  });

  it('does not report the previous profile for the new URL while the app swaps the page', async () => {
    document.body.innerHTML = '<main><h1 class="name">Jane Doe</h1><p class="title">CISO</p></main>';
    const watcher = start();
    watcher.navigated(new URL('https://www.linkedin.com/in/jane/'));
    watcher.navigated(new URL('https://www.linkedin.com/in/raj/'));
    expect(reports).toHaveLength(1);
    document.body.innerHTML = '<main><h1 class="name">Raj Patel</h1><p class="title">CFO</p></main>';
    await flushFrames();
    expect(reports.map((r) => [r.url, r.contacts[0]!.name!.value])).toEqual([
      ['https://www.linkedin.com/in/jane/', 'Jane Doe'],
      ['https://www.linkedin.com/in/raj/', 'Raj Patel'],
    ]);
  });

  it('follows an app that swaps the whole body when it navigates', async () => {
    document.body.innerHTML = '<main><h1 class="name">Jane Doe</h1><p class="title">CISO</p></main>';
    const watcher = start();
    watcher.navigated(new URL('https://www.linkedin.com/in/jane/'));
    watcher.navigated(new URL('https://www.linkedin.com/in/raj/'));
    const body = document.createElement('body');
    body.innerHTML = '<main><h1 class="name">Raj Patel</h1><p class="title">CFO</p></main>';
    document.body.replaceWith(body);
    await flushFrames();
    expect(reports.map((r) => r.contacts[0]!.name!.value)).toEqual(['Jane Doe', 'Raj Patel']);
  });

  it('clears what it reported when the user moves to a page no adapter reads', async () => {
    document.body.innerHTML = '<main><h1 class="name">Jane Doe</h1><p class="title">CISO</p></main>';
    const watcher = start();
    watcher.navigated(new URL('https://www.linkedin.com/in/jane/'));
    watcher.navigated(new URL('https://www.linkedin.com/feed/'));
    await tick();
    expect(reports.at(-1)).toEqual({ url: 'https://www.linkedin.com/feed/', pageKind: 'profile', contacts: [], append: false });
  });

  it('says nothing on pages no adapter reads when it had reported nothing', () => {
    start().navigated(new URL('https://www.linkedin.com/feed/'));
    expect(reports).toEqual([]);
  });

  it('gives up on a profile that never renders a title, reporting what it has', () => {
    document.body.innerHTML = '<main><h1 class="name">Jane Doe</h1></main>';
    start(0).navigated(new URL('https://www.linkedin.com/in/jane/'));
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(reports).toHaveLength(1);
        expect(reports[0]!.contacts[0]!.title).toBeNull();
        resolve();
      }, 20),
    );
  });

  it('reads nothing inside the navigation event: an in-app navigation is read in a task of its own', async () => {
    document.body.innerHTML = '<main><h1 class="name">Jane Doe</h1><p class="title">CISO</p></main>';
    const watcher = start();
    watcher.navigated(new URL('https://www.linkedin.com/in/jane/'));
    const extract = profileAdapter.extract;
    let reads = 0;
    profileAdapter.extract = (root, url) => (reads++, extract(root, url));
    try {
      watcher.navigated(new URL('https://www.linkedin.com/in/raj/'));
      document.body.innerHTML = '<main><h1 class="name">Raj Patel</h1><p class="title">CFO</p></main>';
      expect(reads).toBe(0);
      await tick();
      expect(reads).toBe(1);
      expect(reports.map((r) => r.contacts[0]!.name!.value)).toEqual(['Jane Doe', 'Raj Patel']);
    } finally {
      profileAdapter.extract = extract;
    }
  });

  describe('moving between page kinds in-app', () => {
    const card = (key: string, name: string, title: string) =>
      `<li class="card" data-key="${key}"><span class="name">${name}</span><span class="title">${title}</span></li>`;

    it('never reads a profile from the list page the app has not replaced yet', async () => {
      document.body.innerHTML = `<main><ul>${card('a', 'Ann', 'CFO')}</ul></main>`;
      const watcher = start();
      watcher.navigated(new URL('https://www.linkedin.com/search/results/people/'));
      // The old list holds something a profile adapter would read as a person.
      document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<h1 class="name">Contoso</h1><p class="title">Software</p>');
      await flushFrames();
      watcher.navigated(new URL('https://www.linkedin.com/in/jane/'));
      await tick();
      await flushFrames();
      expect(reports.map((r) => r.url)).not.toContain('https://www.linkedin.com/in/jane/');
      document
        .querySelector('main')!
        .replaceWith(Object.assign(document.createElement('main'), { innerHTML: '<h1 class="name">Jane Doe</h1><p class="title">CISO</p>' }));
      await flushFrames();
      expect(reports.at(-1)).toMatchObject({ url: 'https://www.linkedin.com/in/jane/', contacts: [{ name: { value: 'Jane Doe' } }] });
    });

    it("does not count the old list's cards, still on screen, for the new list", async () => {
      document.body.innerHTML = `<main><section><ul>${card('a', 'Ann', 'CFO')}${card('b', 'Bo', 'CTO')}</ul></section></main>`;
      const watcher = start();
      watcher.navigated(new URL('https://www.linkedin.com/search/results/people/?page=1'));
      watcher.navigated(new URL('https://www.linkedin.com/search/results/people/?page=2'));
      await tick();
      await flushFrames();
      expect(reports.filter((r) => r.url.endsWith('page=2'))).toEqual([]);
      // The app adds the new results first and removes the old ones a moment later.
      document.querySelector('main')!.insertAdjacentHTML('beforeend', `<section><ul>${card('c', 'Cy', 'CISO')}</ul></section>`);
      await flushFrames();
      expect(reports.filter((r) => r.url.endsWith('page=2')).flatMap((r) => r.contacts.map((c) => c.key))).toEqual(['c']);
      expect(reports.at(-1)!.append).toBe(false);
    });

    it("does not read a profile's lingering side lists as the new list's cards", async () => {
      document.body.innerHTML = `<main><div class="top"><h1 class="name">Jane Doe</h1><p class="title">CISO</p></div><aside><ul>${card('x', 'Xi', 'CEO')}</ul></aside></main>`;
      const watcher = start();
      watcher.navigated(new URL('https://www.linkedin.com/in/jane/'));
      watcher.navigated(new URL('https://www.linkedin.com/search/results/people/'));
      await tick();
      document.querySelector('main')!.insertAdjacentHTML('afterbegin', `<div class="results"><ul>${card('a', 'Ann', 'CFO')}</ul></div>`);
      await flushFrames();
      expect(reports.at(-1)).toMatchObject({ url: 'https://www.linkedin.com/search/results/people/', append: false });
      expect(reports.at(-1)!.contacts.map((c) => c.key)).toEqual(['a']);
    });

    it('drops a batch queued for the page the user just left', async () => {
      document.body.innerHTML = `<main><ul>${card('a', 'Ann', 'CFO')}</ul></main>`;
      const watcher = start();
      watcher.navigated(new URL('https://www.linkedin.com/search/results/people/?page=1'));
      document.querySelector('ul')!.insertAdjacentHTML('beforeend', card('b', 'Bo', 'CTO'));
      await tick(); // the mutation is queued for a frame that has not run yet
      const before = reports.length;
      watcher.navigated(new URL('https://www.linkedin.com/search/results/people/?page=2'));
      await flushFrames();
      expect(reports.slice(before).filter((r) => r.url.endsWith('page=1'))).toEqual([]);
    });
  });

  describe('on list pages', () => {
    const card = (key: string, name: string, title?: string) =>
      `<li class="card" data-key="${key}"><span class="name">${name}</span>${title ? `<span class="title">${title}</span>` : ''}</li>`;

    it('reports the cards present, then only added cards, each once', async () => {
      document.body.innerHTML = `<ul>${card('a', 'Ann', 'CFO')}${card('b', 'Bo', 'CTO')}</ul>`;
      start().navigated(new URL('https://www.linkedin.com/search/results/people/'));
      expect(reports).toHaveLength(1);
      expect(reports[0]!.contacts.map((c) => c.key)).toEqual(['a', 'b']);

      document.querySelector('ul')!.insertAdjacentHTML('beforeend', card('c', 'Cy', 'CISO') + card('a', 'Ann', 'CFO'));
      document.querySelector('ul')!.insertAdjacentHTML('beforeend', card('d', 'Di', 'VP Sales'));
      await flushFrames();
      expect(reports).toHaveLength(2); // one batch for both mutations
      expect(reports[1]).toMatchObject({ append: true });
      expect(reports[1]!.contacts.map((c) => c.key)).toEqual(['c', 'd']); // the duplicate of "a" is not reported again
    });

    it('reads cards added to a list already read on the append schedule, not the frame batch one', async () => {
      document.body.innerHTML = `<ul>${card('a', 'Ann', 'CFO')}</ul>`;
      const appends: Array<() => void> = [];
      watchPage({
        document,
        adaptersFor: (url) => [listAdapter].filter((a) => a.matches(url)),
        report: (r) => void reports.push(r),
        signal: controller.signal,
        scheduleBatch: (run) => frames.push(run),
        scheduleAppend: (run) => appends.push(run),
      }).navigated(new URL('https://www.linkedin.com/search/results/people/'));
      expect(reports).toHaveLength(1);
      document.querySelector('ul')!.insertAdjacentHTML('beforeend', card('b', 'Bo', 'CTO'));
      await tick(); // let the MutationObserver callback run
      expect(frames).toHaveLength(0);
      expect(appends).toHaveLength(1);
      appends.splice(0).forEach((run) => run());
      expect(reports[1]).toMatchObject({ append: true });
      expect(reports[1]!.contacts.map((c) => c.key)).toEqual(['b']);
    });

    it('does not count the styling of appended cards, forced by reading the first, against their slice', async () => {
      let clock = 1_000;
      vi.spyOn(performance, 'now').mockImplementation(() => clock);
      document.body.innerHTML = `<ul>${card('a', 'Ann', 'CFO')}</ul>`;
      const appends: Array<() => void> = [];
      const styledOnFirstRead: WatchedAdapter = {
        ...listAdapter,
        extractCard: (element, url) => {
          if (element.getAttribute('data-key') === 'b') clock += 20; // the frame's style work, done ahead of it
          return listAdapter.extractCard!(element, url);
        },
      };
      watchPage({
        document,
        adaptersFor: (url) => [styledOnFirstRead].filter((a) => a.matches(url)),
        report: (r) => void reports.push(r),
        signal: controller.signal,
        sliceMs: 8,
        scheduleBatch: (run) => frames.push(run),
        scheduleAppend: (run) => appends.push(run),
      }).navigated(new URL('https://www.linkedin.com/search/results/people/'));
      document.querySelector('ul')!.insertAdjacentHTML('beforeend', card('b', 'Bo', 'CTO') + card('c', 'Cy', 'CISO'));
      await tick();
      appends.splice(0).forEach((run) => run());
      // One report, in the batch's own slice: not "b" now and "c" after yielding to the page (past the frame).
      expect(reports.slice(1).map((r) => r.contacts.map((c) => c.key))).toEqual([['b', 'c']]);
    });

    it('retries a card whose content renders lazily', async () => {
      document.body.innerHTML = `<ul>${card('a', 'Ann')}</ul>`;
      start().navigated(new URL('https://www.linkedin.com/search/results/people/'));
      expect(reports[0]!.contacts).toEqual([]);
      document.querySelector('li')!.insertAdjacentHTML('beforeend', '<span class="title">Head of IT</span>');
      await flushFrames();
      expect(reports[1]!.contacts.map((c) => c.title!.value)).toEqual(['Head of IT']);
    });

    it('reads a long list in slices, yielding to the page between them, each card once', async () => {
      document.body.innerHTML = `<ul>${['a', 'b', 'c', 'd', 'e'].map((k) => card(k, k.toUpperCase(), 'CFO')).join('')}</ul>`;
      watchPage({
        document,
        adaptersFor: (url) => [listAdapter].filter((a) => a.matches(url)),
        report: (r) => void reports.push(r),
        signal: controller.signal,
        scheduleBatch: (run) => frames.push(run),
        sliceMs: 0, // every slice holds one card
      }).navigated(new URL('https://www.linkedin.com/search/results/people/'));
      expect(reports.map((r) => r.contacts.map((c) => c.key))).toEqual([['a']]); // the rest waits for later tasks
      expect(reports[0]!.append).toBe(false);
      for (let i = 0; i < 10 && reports.length < 5; i++) await tick();
      expect(reports.map((r) => r.contacts.map((c) => c.key))).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
      expect(reports.slice(1).every((r) => r.append)).toBe(true);
    });

    it('gathers the slices of a long list into fewer reports: the first at once, then every reportEveryMs, and the last', async () => {
      document.body.innerHTML = `<ul>${['a', 'b', 'c', 'd', 'e'].map((k) => card(k, k.toUpperCase(), 'CFO')).join('')}</ul>`;
      let clock = 0;
      const spy = vi.spyOn(performance, 'now').mockImplementation(() => clock);
      try {
        watchPage({
          document,
          adaptersFor: (url) => [listAdapter].filter((a) => a.matches(url)),
          report: (r) => void reports.push(r),
          signal: controller.signal,
          scheduleBatch: (run) => frames.push(run),
          sliceMs: 0, // every slice holds one card
          reportEveryMs: 100,
        }).navigated(new URL('https://www.linkedin.com/search/results/people/'));
        expect(reports.map((r) => r.contacts.map((c) => c.key))).toEqual([['a']]);
        await tick(); // b: 0 ms after the first report
        await tick(); // c
        clock = 150;
        await tick(); // d: 150 ms after it, reported with b and c
        await tick(); // e: the last, reported at once
        for (let i = 0; i < 5; i++) await tick();
        expect(reports.map((r) => r.contacts.map((c) => c.key))).toEqual([['a'], ['b', 'c', 'd'], ['e']]);
        expect(reports.slice(1).every((r) => r.append)).toBe(true);
      } finally {
        spy.mockRestore();
      }
    });

    it('reads an added list item once when the card sits inside it, not the item and the card', async () => {
      // LinkedIn's markup: <li> around a marked card; cardOf(li) is the item, cardsIn(li) the card.
      const read: Element[] = [];
      const nested: WatchedAdapter = {
        ...listAdapter,
        cardsIn: (root) => [...root.querySelectorAll('.marked')],
        cardOf: (element) => element.closest('.marked') ?? element.closest('li'),
        extractCard: (card, url) => (read.push(card), contactOf(card, url)),
      };
      document.body.innerHTML = '<ul></ul>';
      watchPage({
        document,
        adaptersFor: (url) => [nested].filter((a) => a.matches(url)),
        report: (r) => void reports.push(r),
        signal: controller.signal,
        scheduleBatch: (run) => frames.push(run),
      }).navigated(new URL('https://www.linkedin.com/search/results/people/'));
      document
        .querySelector('ul')!
        .insertAdjacentHTML('beforeend', '<li><div class="marked" data-key="a"><span class="name">Ann</span><span class="title">CFO</span></div></li>');
      await flushFrames();
      for (let i = 0; i < 3; i++) await tick();
      expect(reports.flatMap((r) => r.contacts.map((c) => c.key))).toEqual(['a']);
      expect(read.map((card) => card.className)).toEqual(['marked']);
    });

    it('stops reading the slices of a page the user has left', async () => {
      document.body.innerHTML = `<ul>${['a', 'b', 'c', 'd'].map((k) => card(k, k.toUpperCase(), 'CFO')).join('')}</ul>`;
      const watcher = watchPage({
        document,
        adaptersFor: (url) => [listAdapter, profileAdapter].filter((a) => a.matches(url)),
        report: (r) => void reports.push(r),
        signal: controller.signal,
        scheduleBatch: (run) => frames.push(run),
        sliceMs: 0,
      });
      watcher.navigated(new URL('https://www.linkedin.com/search/results/people/'));
      watcher.navigated(new URL('https://www.linkedin.com/feed/'));
      for (let i = 0; i < 10; i++) await tick();
      expect(reports.filter((r) => r.url.includes('/search/')).flatMap((r) => r.contacts.map((c) => c.key))).toEqual(['a']);
    });

    describe('on the page the script started on, before its load event', () => {
      let readyState: DocumentReadyState;
      beforeEach(() => {
        readyState = 'interactive';
        Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });
      });
      afterEach(() => {
        delete (document as { readyState?: DocumentReadyState }).readyState;
      });
      const watchFirstPage = (options: { afterLoad: (run: () => void) => void; loadWaitMs?: number }) =>
        watchPage({
          document,
          adaptersFor: (url) => [listAdapter].filter((a) => a.matches(url)),
          report: (r) => void reports.push(r),
          signal: controller.signal,
          scheduleBatch: (run) => frames.push(run),
          ...options,
        });

      it('reads nothing before the load event, then reads the list in the run scheduled after it (idle time)', async () => {
        document.body.innerHTML = `<ul>${card('a', 'Ann', 'CFO')}${card('b', 'Bo', 'CTO')}</ul>`;
        const idle: Array<() => void> = [];
        const read: Element[] = [];
        const adapter: WatchedAdapter = { ...listAdapter, cardsIn: (root) => (read.push(document.body), listAdapter.cardsIn!(root)) };
        watchPage({
          document,
          adaptersFor: (url) => [adapter].filter((a) => a.matches(url)),
          report: (r) => void reports.push(r),
          signal: controller.signal,
          scheduleBatch: (run) => frames.push(run),
          afterLoad: (run) => idle.push(run),
        }).navigated(new URL('https://www.linkedin.com/search/results/people/'));
        await tick();
        expect(read).toHaveLength(0);
        readyState = 'complete';
        window.dispatchEvent(new Event('load'));
        await tick();
        expect(read).toHaveLength(0); // not in the load event's task, nor the next: in idle time
        expect(idle).toHaveLength(1);
        idle.shift()!();
        expect(reports.map((r) => r.contacts.map((c) => c.key))).toEqual([['a', 'b']]);
      });

      it('reads a page whose load event never comes once loadWaitMs has passed, and only once', async () => {
        document.body.innerHTML = `<ul>${card('a', 'Ann', 'CFO')}</ul>`;
        watchFirstPage({ afterLoad: (run) => run(), loadWaitMs: 0 }).navigated(new URL('https://www.linkedin.com/search/results/people/'));
        expect(reports).toHaveLength(0);
        await tick();
        expect(reports.map((r) => r.contacts.map((c) => c.key))).toEqual([['a']]);
        window.dispatchEvent(new Event('load')); // late: the page was read already
        for (let i = 0; i < 3; i++) await tick();
        expect(reports).toHaveLength(1);
      });

      it('started while the DOM is parsed (document_start), waits loadWaitMs for the load event only from DOMContentLoaded', async () => {
        readyState = 'loading';
        document.body.innerHTML = `<ul>${card('a', 'Ann', 'CFO')}</ul>`;
        watchFirstPage({ afterLoad: (run) => run(), loadWaitMs: 0 }).navigated(new URL('https://www.linkedin.com/search/results/people/'));
        for (let i = 0; i < 3; i++) await tick();
        expect(reports).toHaveLength(0); // the wait for a hanging subresource has not started
        readyState = 'interactive';
        document.dispatchEvent(new Event('DOMContentLoaded'));
        expect(reports).toHaveLength(0);
        await tick();
        expect(reports.map((r) => r.contacts.map((c) => c.key))).toEqual([['a']]);
      });

      it('does not read a page left before its load event', async () => {
        document.body.innerHTML = `<ul>${card('a', 'Ann', 'CFO')}</ul>`;
        const idle: Array<() => void> = [];
        const watcher = watchFirstPage({ afterLoad: (run) => idle.push(run) });
        watcher.navigated(new URL('https://www.linkedin.com/search/results/people/'));
        watcher.navigated(new URL('https://www.linkedin.com/feed/'));
        readyState = 'complete';
        window.dispatchEvent(new Event('load'));
        for (let i = 0; i < 3; i++) await tick();
        for (const run of idle.splice(0)) run();
        expect(reports.filter((r) => r.url.includes('/search/'))).toEqual([]);
      });
    });

    describe('whenLoaded (the first read, and the entrypoint asking the worker for adapter patches)', () => {
      let readyState: DocumentReadyState;
      beforeEach(() => {
        readyState = 'loading';
        Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });
      });
      afterEach(() => {
        delete (document as { readyState?: DocumentReadyState }).readyState;
      });
      const load = () => {
        readyState = 'complete';
        window.dispatchEvent(new Event('load'));
      };

      it('runs nothing while the page loads, then once at its load event', async () => {
        let runs = 0;
        whenLoaded(document, () => runs++, { waitMs: 60_000, signal: controller.signal });
        readyState = 'interactive';
        document.dispatchEvent(new Event('DOMContentLoaded'));
        await tick();
        expect(runs).toBe(0);
        load();
        expect(runs).toBe(1);
        window.dispatchEvent(new Event('load'));
        await tick();
        expect(runs).toBe(1);
      });

      it('runs at once on a page already loaded', () => {
        readyState = 'complete';
        let runs = 0;
        whenLoaded(document, () => runs++, { signal: controller.signal });
        expect(runs).toBe(1);
      });

      it('runs nothing once the script is orphaned (its signal aborted)', async () => {
        let runs = 0;
        whenLoaded(document, () => runs++, { waitMs: 0, signal: controller.signal });
        controller.abort();
        readyState = 'interactive';
        document.dispatchEvent(new Event('DOMContentLoaded'));
        load();
        await tick();
        expect(runs).toBe(0);
      });
    });

    it('counts the scan that found the cards against the first slice: a slow scan leaves that slice one card', async () => {
      document.body.innerHTML = `<ul>${['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => card(k, k.toUpperCase(), 'CFO')).join('')}</ul>`;
      // A fake clock: the page scan takes 20 ms, each card 1 ms.
      let clock = 0;
      const spy = vi.spyOn(performance, 'now').mockImplementation(() => clock);
      const slow: WatchedAdapter = {
        ...listAdapter,
        cardsIn: (root) => ((clock += 20), listAdapter.cardsIn!(root)),
        extractCard: (c, url) => ((clock += 1), contactOf(c, url)),
      };
      try {
        watchPage({
          document,
          adaptersFor: (url) => [slow].filter((a) => a.matches(url)),
          report: (r) => void reports.push(r),
          signal: controller.signal,
          scheduleBatch: (run) => frames.push(run),
          sliceMs: 3,
        }).navigated(new URL('https://www.linkedin.com/search/results/people/'));
        expect(reports.map((r) => r.contacts.map((c) => c.key))).toEqual([['a']]); // the scan used the first slice's budget
        for (let i = 0; i < 10 && reports.length < 4; i++) await tick();
        // Then 3 ms slices: three cards each (the last holds what is left).
        expect(reports.map((r) => r.contacts.map((c) => c.key))).toEqual([['a'], ['b', 'c', 'd'], ['e', 'f', 'g']]);
      } finally {
        spy.mockRestore();
      }
    });

    describe("the whole page's scan, a step at a time (scanCards)", () => {
      /** Cards found from their links, as the LinkedIn adapters find them: a card links its person twice. */
      const linked = (key: string, name: string) =>
        `<li class="card" data-key="${key}"><a href="/in/${key}/"><img alt=""></a><a href="/in/${key}/" class="name">${name}</a><span class="title">CFO</span></li>`;
      const stepped: WatchedAdapter = {
        ...listAdapter,
        scanCards: (root) => {
          const around = root instanceof Element ? root.closest('li.card') : null;
          return around
            ? [around].values()
            : cardsAround(
                root,
                'a[href*="/in/"]',
                (link) => link.closest('li.card'),
                () => true,
              );
        },
      };
      const watchStepped = (extra: Partial<Parameters<typeof watchPage>[0]> = {}) =>
        watchPage({
          document,
          adaptersFor: (url) => [stepped, profileAdapter].filter((a) => a.matches(url)),
          report: (r) => void reports.push(r),
          signal: controller.signal,
          scheduleBatch: (run) => frames.push(run),
          defer: (run) => void setTimeout(run, 0),
          sliceMs: 0, // one step a slice
          ...extra,
        });
      const keysOf = (url: string) => reports.filter((r) => r.url === url).flatMap((r) => r.contacts.map((c) => c.key));
      const LIST = 'https://www.linkedin.com/search/results/people/';

      it('spreads the scan over slices and reads every card exactly once', async () => {
        document.body.innerHTML = `<main><ul>${['a', 'b', 'c', 'd', 'e'].map((k) => linked(k, k.toUpperCase())).join('')}</ul></main>`;
        const read: string[] = [];
        const extractCard = stepped.extractCard!;
        stepped.extractCard = (card, url) => (read.push(card.getAttribute('data-key')!), extractCard(card, url));
        try {
          watchStepped().navigated(new URL(LIST));
          // The first slice only queried the links: nothing read yet, nothing reported.
          expect(read).toEqual([]);
          expect(reports).toEqual([]);
          for (let i = 0; i < 20; i++) await tick();
          expect(keysOf(LIST)).toEqual(['a', 'b', 'c', 'd', 'e']);
          expect(read).toEqual(['a', 'b', 'c', 'd', 'e']); // each card once, though it has two links
          expect(reports.length).toBeGreaterThan(1);
        } finally {
          stepped.extractCard = extractCard;
        }
      });

      it('finds cards added between its slices, and skips cards removed meanwhile', async () => {
        document.body.innerHTML = `<main><ul>${['a', 'b', 'c'].map((k) => linked(k, k.toUpperCase())).join('')}</ul></main>`;
        watchStepped().navigated(new URL(LIST));
        const list = document.querySelector('ul')!;
        list.insertAdjacentHTML('afterbegin', linked('first', 'First'));
        list.insertAdjacentHTML('beforeend', linked('last', 'Last'));
        list.querySelector('[data-key="c"]')!.remove();
        await flushFrames();
        for (let i = 0; i < 20; i++) await tick();
        expect(keysOf(LIST).sort()).toEqual(['a', 'b', 'first', 'last']);
      });

      it("discards the old page's cards when the user navigates between its slices", async () => {
        document.body.innerHTML = `<main><ul>${['a', 'b', 'c', 'd'].map((k) => linked(k, k.toUpperCase())).join('')}</ul></main>`;
        const watcher = watchStepped();
        watcher.navigated(new URL(LIST));
        for (let i = 0; i < 3; i++) await tick(); // the old page's scan has read a card or two
        const readBefore = keysOf(LIST);
        expect(readBefore.length).toBeGreaterThan(0);
        expect(readBefore.length).toBeLessThan(4);
        const NEXT = `${LIST}?page=2`;
        watcher.navigated(new URL(NEXT));
        // The app swaps the list for the next page's.
        document.querySelector('main')!.innerHTML = `<ul>${['x', 'y'].map((k) => linked(k, k.toUpperCase())).join('')}</ul>`;
        await flushFrames();
        for (let i = 0; i < 20; i++) await tick();
        await flushFrames();
        for (let i = 0; i < 20; i++) await tick();
        expect(keysOf(NEXT).sort()).toEqual(['x', 'y']);
        // The rest of the old page's scan was dropped: nothing more reported for it, nothing of it for the new page.
        expect(keysOf(LIST)).toEqual(readBefore);
      });

      it('scans a big added subtree (a list rendered anew) in slices too, each card once', async () => {
        document.body.innerHTML = `<main><ul>${linked('a', 'A')}</ul></main>`;
        const read: string[] = [];
        const extractCard = stepped.extractCard!;
        stepped.extractCard = (card, url) => (read.push(card.getAttribute('data-key')!), extractCard(card, url));
        try {
          watchStepped().navigated(new URL(LIST));
          for (let i = 0; i < 10; i++) await tick();
          expect(keysOf(LIST)).toEqual(['a']);
          const keys = ['b', 'c', 'd', 'e', 'f'];
          document.querySelector('main')!.insertAdjacentHTML('beforeend', `<ul>${keys.map((k) => linked(k, k.toUpperCase())).join('')}</ul>`);
          await flushFrames();
          // The batch's first slice only queried the new list's links.
          expect(read).toEqual(['a']);
          for (let i = 0; i < 20; i++) await tick();
          expect(keysOf(LIST)).toEqual(['a', ...keys]);
          expect(read).toEqual(['a', ...keys]);
        } finally {
          stepped.extractCard = extractCard;
        }
      });

      it('reports an empty page once, when its scan ends', async () => {
        document.body.innerHTML = '<main><ul></ul></main>';
        watchStepped().navigated(new URL(LIST));
        for (let i = 0; i < 5; i++) await tick();
        expect(reports).toMatchObject([{ url: LIST, contacts: [], append: false }]);
      });
    });

    it('does no work while the page is hidden and catches up when shown', async () => {
      document.body.innerHTML = `<ul>${card('a', 'Ann', 'CFO')}</ul>`;
      start().navigated(new URL('https://www.linkedin.com/search/results/people/'));
      let hidden = true;
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange'));
      document.querySelector('ul')!.insertAdjacentHTML('beforeend', card('b', 'Bo', 'CTO'));
      await flushFrames();
      expect(reports).toHaveLength(1);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(reports[1]!.contacts.map((c) => c.key)).toEqual(['b']);
      delete (document as { hidden?: boolean }).hidden;
    });
  });
});
