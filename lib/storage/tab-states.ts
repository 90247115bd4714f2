/**
 * Per-tab contact state, kept in session storage: the MV3 service worker is stopped when idle
 * and must answer the side panel after it restarts. Session storage never touches disk.
 *
 * Cost per report is proportional to the report, not to what the tab already shows: the worker
 * keeps each tab's state in memory (read back from session storage after a restart), and stores
 * it as a small record plus chunks of CHUNK_SIZE contacts, so adding contacts rewrites only the
 * last chunk, the new ones and the record.
 *
 * Storage policy (storage.session has a 10 MiB quota for the whole extension, about 1 KB per
 * contact): a tab stores at most MAX_STORED_CONTACTS contacts; beyond that only its `total` grows,
 * so the badge still counts every contact on the page while the panel lists the first ones kept.
 * Should a write still hit the quota (many large list tabs), the contact lists of the tabs
 * updated longest ago are dropped, their records and totals kept, until the write fits.
 */
import type { PageHealth } from '../contracts/tab-state';
import type { MatchedContact, TabState } from '../contracts/tab-state';

/** The slice of `browser.storage.session` this needs (a fake in unit tests). */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const CHUNK_SIZE = 100;
export const MAX_STORED_CONTACTS = 1_000;

/** What session storage holds under `tab:<id>`; the contacts live under `tab:<id>:<chunk>`. */
interface TabRecord {
  tabId: number;
  url: string;
  pageKind: TabState['pageKind'];
  updatedAt: number;
  total: number;
  /** Contacts stored (≤ MAX_STORED_CONTACTS), in chunks of CHUNK_SIZE. */
  stored: number;
  /** The page's health once judged; a report without one (not judged yet, or judged again) replaces it. */
  health?: PageHealth;
}

const recordKey = (tabId: number) => `tab:${tabId}`;
const chunkKey = (tabId: number, chunk: number) => `tab:${tabId}:${chunk}`;
const chunksFor = (stored: number) => Math.ceil(stored / CHUNK_SIZE);
const isRecord = (value: unknown): value is TabRecord =>
  !!value && typeof (value as TabRecord).tabId === 'number' && typeof (value as TabRecord).stored === 'number';
const isQuotaError = (error: unknown) => /quota/i.test(error instanceof Error ? error.message : String(error));

interface Live {
  state: TabState;
  keys: Set<string>;
}

export class TabStates {
  private readonly queues = new Map<number, Promise<unknown>>();
  private readonly live = new Map<number, Live>();

  constructor(private readonly session: SessionArea) {}

  /** Runs one tab's updates one after another: list pages report in quick succession. */
  serialize<T>(tabId: number, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(tabId) ?? Promise.resolve()).then(work, work);
    this.queues.set(
      tabId,
      run.catch(() => undefined),
    );
    return run;
  }

  async get(tabId: number): Promise<TabState | null> {
    return (await this.load(tabId))?.state ?? null;
  }

  /** Every tab with a state (after a pack change, all are matched again). */
  async all(): Promise<TabState[]> {
    const items = await this.session.get(null);
    const ids = Object.values(items)
      .filter(isRecord)
      .map((record) => record.tabId);
    const states = await Promise.all(ids.map((id) => this.get(id)));
    return states.filter((state): state is TabState => state !== null);
  }

  /**
   * What the tab shows now, replacing anything before (a new page, a profile, a re-match).
   * `alongside` gets the state as it will be stored and runs during the storage round trips (the
   * badge need not wait for them); `put` resolves once both are done.
   */
  async put(state: TabState, alongside?: (stored: TabState) => Promise<void>): Promise<TabState> {
    const keys = new Set<string>();
    const contacts: MatchedContact[] = [];
    for (const c of state.contacts) if (!keys.has(c.contact.key) && keys.add(c.contact.key)) contacts.push(c);
    const kept = contacts.slice(0, MAX_STORED_CONTACTS);
    const next: TabState = { ...state, contacts: kept, total: Math.max(contacts.length, state.total ?? 0) };
    await Promise.all([this.store(next, keys), alongside?.(next)]);
    return next;
  }

  private async store(next: TabState, keys: Set<string>): Promise<void> {
    const { tabId, contacts: kept } = next;
    const previous = await this.load(tabId);
    this.live.set(tabId, { state: next, keys });
    const items: Record<string, unknown> = { [recordKey(tabId)]: this.recordOf(next) };
    for (let chunk = 0; chunk < chunksFor(kept.length); chunk++) items[chunkKey(tabId, chunk)] = kept.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE);
    await this.write(tabId, items);
    const stale = [];
    for (let chunk = chunksFor(kept.length); chunk < chunksFor(previous?.state.contacts.length ?? 0); chunk++) stale.push(chunkKey(tabId, chunk));
    if (stale.length) await this.session.remove(stale);
  }

  /**
   * Adds newly reported contacts to the tab's list (a contact already shown keeps its place);
   * returns the ones that were new, and the tab's state.
   */
  async append(
    tabId: number,
    update: Omit<TabState, 'contacts' | 'total' | 'tabId'>,
    contacts: MatchedContact[],
  ): Promise<{ added: MatchedContact[]; state: TabState }> {
    const current = await this.load(tabId);
    if (!current || current.state.url !== update.url) {
      const state = await this.put({ tabId, ...update, contacts });
      return { added: state.contacts, state };
    }
    const added = contacts.filter((c) => !current.keys.has(c.contact.key) && !!current.keys.add(c.contact.key));
    const before = current.state.contacts.length;
    const room = Math.max(0, MAX_STORED_CONTACTS - before);
    const stored = room > 0 ? [...current.state.contacts, ...added.slice(0, room)] : current.state.contacts;
    const { health: _previous, ...kept } = current.state;
    const state: TabState = { ...kept, ...update, contacts: stored, total: (current.state.total ?? before) + added.length };
    current.state = state;
    const items: Record<string, unknown> = { [recordKey(tabId)]: this.recordOf(state) };
    // Only the chunks the new contacts landed in: the last one that was partly full, and new ones.
    for (let chunk = Math.floor(before / CHUNK_SIZE); chunk < chunksFor(stored.length); chunk++)
      items[chunkKey(tabId, chunk)] = stored.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE);
    await this.write(tabId, items);
    return { added, state };
  }

  async forget(tabId: number): Promise<void> {
    this.queues.delete(tabId);
    const stored = (await this.load(tabId))?.state.contacts.length ?? 0;
    this.live.delete(tabId);
    await this.session.remove([recordKey(tabId), ...Array.from({ length: chunksFor(stored) }, (_, i) => chunkKey(tabId, i))]);
  }

  private recordOf(state: TabState): TabRecord {
    const record: TabRecord = {
      tabId: state.tabId,
      url: state.url,
      pageKind: state.pageKind,
      updatedAt: state.updatedAt,
      total: state.total ?? state.contacts.length,
      stored: state.contacts.length,
    };
    if (state.health) record.health = state.health;
    return record;
  }

  private async load(tabId: number): Promise<Live | null> {
    const cached = this.live.get(tabId);
    if (cached) return cached;
    const record = (await this.session.get(recordKey(tabId)))[recordKey(tabId)];
    if (!isRecord(record)) return null;
    const chunkKeys = Array.from({ length: chunksFor(record.stored) }, (_, i) => chunkKey(tabId, i));
    const chunks = chunkKeys.length ? await this.session.get(chunkKeys) : {};
    const contacts = chunkKeys.flatMap((key) => (chunks[key] as MatchedContact[] | undefined) ?? []);
    const { stored: _stored, ...rest } = record;
    const live: Live = { state: { ...rest, contacts }, keys: new Set(contacts.map((c) => c.contact.key)) };
    // Another report may have loaded it meanwhile: keep the first.
    const raced = this.live.get(tabId);
    if (raced) return raced;
    this.live.set(tabId, live);
    return live;
  }

  /** A write that hits the quota drops the lists of the tabs updated longest ago, then retries. */
  private async write(tabId: number, items: Record<string, unknown>): Promise<void> {
    for (;;) {
      try {
        await this.session.set(items);
        return;
      } catch (error) {
        if (!isQuotaError(error) || !(await this.dropOldestList(tabId))) throw error;
      }
    }
  }

  private async dropOldestList(except: number): Promise<boolean> {
    const records = Object.values(await this.session.get(null))
      .filter(isRecord)
      .filter((record) => record.tabId !== except && record.stored > 0)
      .sort((a, b) => a.updatedAt - b.updatedAt);
    const oldest = records[0];
    if (!oldest) return false;
    await this.session.remove(Array.from({ length: chunksFor(oldest.stored) }, (_, i) => chunkKey(oldest.tabId, i)));
    await this.session.set({ [recordKey(oldest.tabId)]: { ...oldest, stored: 0 } });
    const live = this.live.get(oldest.tabId);
    if (live) live.state = { ...live.state, contacts: [] };
    return true;
  }
}

/**
 * The search shortcut's request to a panel that is still loading: the only other key in the
 * session area, so that this module alone knows the area's key format.
 */
const FOCUS_SEARCH_KEY = 'focus-search-requested-at';
/** A request older than this is from an earlier shortcut, not for the panel loading now. */
const FOCUS_SEARCH_FRESH_MS = 10_000;

export async function requestFocusSearch(session: SessionArea, now: number): Promise<void> {
  await session.set({ [FOCUS_SEARCH_KEY]: now });
}

/** True when the shortcut asked for the search box just now; the request is used up either way. */
export async function takeFocusSearchRequest(session: SessionArea, now: number): Promise<boolean> {
  const at = Number((await session.get(FOCUS_SEARCH_KEY))[FOCUS_SEARCH_KEY]);
  await session.remove(FOCUS_SEARCH_KEY);
  return Number.isFinite(at) && now - at < FOCUS_SEARCH_FRESH_MS;
}
