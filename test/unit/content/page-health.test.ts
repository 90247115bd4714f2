// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DetectedContact } from '../../../lib/contracts/contact';
import { watchPage, type PageReport } from '../../../lib/content/page-watcher';
import type { WatchedAdapter } from '../../../lib/contracts/page-adapter';

const field = (value: string, confidence = 0.9) => ({ value, source: 'structure' as const, confidence });

function contactOf(el: Element, url: URL): DetectedContact | null {
  const name = el.querySelector('.name')?.textContent ?? null;
  const title = el.querySelector('.title')?.textContent ?? null;
  if (!name) return null;
  const sure = !el.querySelector('.unsure');
  const key = el.getAttribute('data-key') ?? url.href;
  return { adapter: 'linkedin-profile', key, name: field(name, sure ? 0.9 : 0.5), title: title ? field(title) : null, company: null, profileUrl: field(key) };
}

const profileAdapter: WatchedAdapter = {
  id: 'linkedin-profile',
  pageKind: 'profile',
  matches: (url) => url.pathname.startsWith('/in/'),
  extract: (root, url) => {
    const main = root.querySelector('main');
    const contact = main && contactOf(main, url);
    return contact ? [contact] : [];
  },
};

const listAdapter: WatchedAdapter = {
  id: 'linkedin-people-list',
  pageKind: 'list',
  matches: (url) => url.pathname.startsWith('/search/'),
  extract: (root, url) => listAdapter.cardsIn!(root).flatMap((card) => contactOf(card, url) ?? []),
  cardsIn: (root) => [...(root instanceof Element && root.matches('li.card') ? [root] : []), ...root.querySelectorAll('li.card')],
  extractCard: (card, url) => contactOf(card, url),
  cardOf: (element) => element.closest('li.card'),
};

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const HEALTH_MS = 30;

describe('page health in the watcher', () => {
  let reports: PageReport[];
  let controller: AbortController;
  const start = (healthWaitMs: number | null = HEALTH_MS) =>
    watchPage({
      document,
      adaptersFor: (url) => [profileAdapter, listAdapter].filter((a) => a.matches(url)),
      report: (r) => void reports.push(r),
      signal: controller.signal,
      profileWaitMs: 2_000,
      scheduleBatch: (run) => setTimeout(run, 0),
      ...(healthWaitMs === null ? {} : { healthWaitMs }),
    });

  beforeEach(() => {
    reports = [];
    controller = new AbortController();
    document.body.innerHTML = '';
  });
  afterEach(() => controller.abort());

  it('reports a profile it cannot read once the page has settled, and the contact once it renders', async () => {
    document.body.innerHTML = '<main><div class="something-new">Jane Doe</div></main>';
    start().navigated(new URL('https://www.linkedin.com/in/jane/'));
    await wait(HEALTH_MS + 20);
    expect(reports).toEqual([
      {
        url: 'https://www.linkedin.com/in/jane/',
        pageKind: 'profile',
        contacts: [],
        append: false,
        health: { readable: false, adapter: 'linkedin-profile', problem: 'no-contact' },
      },
    ]);
    document.querySelector('main')!.innerHTML = '<h1 class="name">Jane Doe</h1><p class="title">CISO</p>';
    await wait(20);
    expect(reports.at(-1)).toMatchObject({ contacts: [{ name: { value: 'Jane Doe' } }], health: { readable: true } });
  });

  it('says a profile read only from unsure layers is unreadable, with the contact it has', async () => {
    document.body.innerHTML = '<main class="unsure"><h1 class="name">Jane Doe</h1><p class="title">CISO</p><i class="unsure"></i></main>';
    start().navigated(new URL('https://www.linkedin.com/in/jane/'));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.health).toEqual({ readable: false, adapter: 'linkedin-profile', problem: 'uncertain-fields', fields: ['name'] });
    expect(reports[0]!.contacts).toHaveLength(1);
  });

  it('judges nothing when health is not asked for (admin-defined sites)', async () => {
    start(null).navigated(new URL('https://www.linkedin.com/in/jane/'));
    await wait(HEALTH_MS + 20);
    expect(reports).toEqual([]);
  });

  it('reports a list page with people but no readable cards, and clears it as cards arrive', async () => {
    document.body.innerHTML = '<main><div role="listitem"><a href="/in/raj/">Raj</a></div></main>';
    start().navigated(new URL('https://www.linkedin.com/search/results/people/'));
    await wait(HEALTH_MS + 20);
    expect(reports.at(-1)).toMatchObject({ contacts: [], health: { readable: false, problem: 'no-contact' } });
    document
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<ul><li class="card" data-key="raj"><span class="name">Raj</span><span class="title">CFO</span></li></ul>');
    await wait(20);
    expect(reports.at(-1)).toMatchObject({ contacts: [{ key: 'raj' }], append: true, health: { readable: true } });
  });

  it('takes an empty result list at its word', async () => {
    document.body.innerHTML = '<main><p>No results found</p></main>';
    start().navigated(new URL('https://www.linkedin.com/search/results/people/'));
    await wait(HEALTH_MS + 20);
    expect(reports.every((r) => r.health?.readable !== false)).toBe(true);
  });

  it('reads the page again from scratch when asked (new patches)', async () => {
    document.body.innerHTML = '<main><h1 class="name">Jane Doe</h1><p class="title">CISO</p></main>';
    const watcher = start();
    watcher.navigated(new URL('https://www.linkedin.com/in/jane/'));
    watcher.reread();
    await wait(5);
    expect(reports.map((r) => r.contacts[0]?.name?.value)).toEqual(['Jane Doe', 'Jane Doe']);
  });
});
