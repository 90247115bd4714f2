/**
 * The background worker (lib/background/worker.ts) under WXT's fake browser (the WxtVitest
 * plugin puts it behind `wxt/browser`), with a fake IndexedDB for Dexie and an in-memory message
 * bus: the fake browser's runtime messaging carries no sender tab, which the worker needs.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { DetectedContact } from '../../../lib/contracts/contact';
import { englishPackChangeWords } from '../../../lib/background/pack-changes';
import { encodeBytes } from '../../../lib/pack/sign';
import { packWork } from '../../../lib/background/pack-work';
import { createWorker, type WorkerBrowser } from '../../../lib/background/worker';
import type { WorkerMessaging } from '../../../lib/background/worker-messaging';
import type { ProtocolMap } from '../../../lib/contracts/messages';
import type { TabState } from '../../../lib/contracts/tab-state';
import { inlineChipSettingFor, inlineChipsEnabled } from '../../../utils/inline-chip-settings';
import { inlineChipsInCrm, inlineChipsOnLinkedIn, recoveryMirror, recoveryNotice, userSyncIntervalMinutes, userTrustedKeys } from '../../../utils/settings';
import { PersonaMapDb } from '../../../lib/storage/db';
import { englishRecoveryWords } from '../../../lib/storage/recovery';
import { addPackSource, listPackSources } from '../../../lib/sync/sources';
import { englishSyncWords } from '../../../lib/sync/sync-source';
import { badgeWords } from '../../../utils/badge-words';
import { bytesOf, FakeServer, makePack } from '../sync/test-support';

type Sent = { type: keyof ProtocolMap; data: unknown; tabId?: number };

/** Handlers by message type, and everything the worker sent. */
function messageBus() {
  const handlers = new Map<string, (message: { data: unknown; sender: { tab?: { id?: number } } }) => unknown>();
  const sent: Sent[] = [];
  const messaging = {
    onMessage: (type: string, handler: (message: { data: unknown; sender: { tab?: { id?: number } } }) => unknown) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    },
    sendMessage: async (type: keyof ProtocolMap, data?: unknown, tabId?: number) => void sent.push({ type, data, ...(tabId !== undefined ? { tabId } : {}) }),
  } as unknown as WorkerMessaging;
  /** A message to the worker, as sent from `tabId`'s content script (or from an extension page). */
  async function ask<K extends keyof ProtocolMap>(type: K, data: Parameters<ProtocolMap[K]>[0], tabId?: number): Promise<ReturnType<ProtocolMap[K]>> {
    const handler = handlers.get(type);
    if (!handler) throw new Error(`the worker does not answer ${type}`);
    return (await handler({ data, sender: tabId === undefined ? {} : { tab: { id: tabId } } })) as ReturnType<ProtocolMap[K]>;
  }
  return { messaging, sent, ask };
}

/** The parts of the extension API WXT's fake browser does not implement. */
function withMissingApis() {
  const registered: Array<{ id: string; matches: string[]; excludeMatches?: string[] }> = [];
  const event = () => ({ addListener: () => undefined });
  const browser = {
    ...fakeBrowser,
    contextMenus: { create: () => undefined, onClicked: event() },
    commands: { onCommand: event() },
    permissions: { contains: async () => false, onAdded: event(), onRemoved: event() },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id)),
      registerContentScripts: async (scripts: typeof registered) => void registered.push(...scripts),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) =>
        void registered.splice(0, registered.length, ...registered.filter((s) => !ids.includes(s.id))),
    },
  } as unknown as WorkerBrowser;
  return { browser, registered };
}

const contact = (key: string, title: string): DetectedContact => ({
  adapter: 'linkedin-profile',
  key,
  name: { value: 'Ada Example', source: 'aria', confidence: 1 },
  title: { value: title, source: 'aria', confidence: 1 },
  company: null,
  profileUrl: null,
});

const PROFILE = 'https://www.linkedin.com/in/ada-example/';
let db: PersonaMapDb;
let bus: ReturnType<typeof messageBus>;
let server: FakeServer;

function startWorker() {
  db = new PersonaMapDb('persona-map', { indexedDB: new IDBFactory(), IDBKeyRange });
  bus = messageBus();
  server = new FakeServer();
  const { browser } = withMissingApis();
  return createWorker({
    browser,
    db,
    messaging: bus.messaging,
    packWork: { get: async () => packWork },
    settings: {
      userTrustedKeys,
      userSyncIntervalMinutes,
      recoveryMirror,
      recoveryNotice,
      inlineChipsOn: async (pageUrl) => inlineChipsEnabled(inlineChipSettingFor(pageUrl)),
    },
    words: {
      badge: badgeWords(),
      matchSelectionMenuTitle: 'Match persona',
      packChange: englishPackChangeWords,
      sync: englishSyncWords,
      recovery: englishRecoveryWords,
    },
    now: () => Date.parse('2026-03-01T09:00:00Z'),
    fetch: server.fetch,
  });
}

/** Reports a profile page with one contact from tab `tabId`, as the content script does. */
const reportProfile = (tabId: number, title: string, url = PROFILE) =>
  bus.ask('contactsDetected', { url, pageKind: 'profile', contacts: [contact('ada', title)], append: false }, tabId);

const sentOf = (type: keyof ProtocolMap) => bus.sent.filter((m) => m.type === type);

beforeEach(() => fakeBrowser.reset());

describe('the background worker', () => {
  it('badges a reported page, publishes the tab state to the panel and answers with hints', async () => {
    await startWorker().started;
    await inlineChipsOnLinkedIn.setValue(true);
    const hints = await reportProfile(7, 'Chief Information Security Officer');

    expect(hints).toEqual([{ key: 'ada', label: 'SG', kind: 'primary', personaName: 'Security Gatekeeper', text: 'SG · Security Gatekeeper' }]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).not.toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toContain('Ada Example');
    const [published] = sentOf('tabStateChanged');
    expect(published?.data).toMatchObject({
      tabId: 7,
      url: PROFILE,
      pageKind: 'profile',
      contacts: [{ contact: { key: 'ada' }, match: { persona: 'security-gatekeeper' } }],
    });
    expect(await bus.ask('getTabState', 7)).toMatchObject({ tabId: 7, url: PROFILE });
    // Another tab keeps its own badge.
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('answers with hints only where the seller shows inline chips: off on LinkedIn and on in CRMs by default, as set', async () => {
    await startWorker().started;
    const crm = 'https://contoso.lightning.force.com/lightning/r/Contact/003000000000001AAA/view';
    expect(await reportProfile(7, 'CISO')).toEqual([]);
    expect(sentOf('tabStateChanged')).toHaveLength(1); // the page is still badged and published
    expect(await reportProfile(8, 'CISO', crm)).toHaveLength(1);
    await inlineChipsOnLinkedIn.setValue(true);
    await inlineChipsInCrm.setValue(false);
    expect(await reportProfile(7, 'CISO')).toHaveLength(1);
    expect(await reportProfile(8, 'CISO', crm)).toEqual([]);
  });

  it("shows the persona the seller picked for a contact on a report's badge and chips, read while the title is matched", async () => {
    const worker = startWorker();
    await worker.started;
    await inlineChipsOnLinkedIn.setValue(true); // the chips are what this test reads
    await db.corrections.put({
      key: 'ada',
      title: 'Chief Information Security Officer',
      matchedPersona: 'security-gatekeeper',
      chosenPersona: 'economic-buyer',
      pack: 'northwind-demo',
      wrongMatch: false,
      at: 1,
    });
    const hints = await reportProfile(7, 'Chief Information Security Officer');

    expect(hints).toMatchObject([{ key: 'ada', label: 'EB', personaName: 'Economic Buyer' }]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('EB');
    // The tab state keeps what the rules said, for "Why this persona".
    expect(sentOf('tabStateChanged')[0]?.data).toMatchObject({ contacts: [{ match: { persona: 'security-gatekeeper' } }] });
  });

  it('clears a tab that navigated away, and tells the panel so', async () => {
    await startWorker().started;
    await reportProfile(7, 'CISO');
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://www.linkedin.com/feed/' }, { id: 7 } as never);

    await vi.waitFor(() => expect(sentOf('tabStateCleared')).toEqual([{ type: 'tabStateCleared', data: 7 }]));
    expect(await bus.ask('getTabState', 7)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('keeps a report for the new URL that arrived before the navigation event, and says nothing', async () => {
    await startWorker().started;
    const next = 'https://www.linkedin.com/in/someone-else/';
    await reportProfile(7, 'CISO', next);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: next }, { id: 7 } as never);
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' } as never, { id: 7 } as never);

    expect(await bus.ask('getTabState', 7)).toMatchObject({ url: next });
    expect(sentOf('tabStateCleared')).toEqual([]);
  });

  it('matches open tabs again when the packs change', async () => {
    await startWorker().started;
    await reportProfile(7, 'Product Designer');
    expect((await bus.ask('getTabState', 7))?.contacts[0]?.match.persona ?? null).toBeNull();

    const pack = makePack('1.0.0', {
      id: 'design',
      personas: [{ id: 'design-lead', name: 'Design Lead', match: { titles: ['product designer'] } }],
      assets: [],
    });
    const result = await bus.ask('changePacks', { kind: 'import', fileName: 'design.json', base64: encodeBytes(bytesOf(pack)), signature: null, force: false });
    expect(result).toMatchObject({ ok: true });

    const republished = sentOf('tabStateChanged').at(-1)?.data as TabState;
    expect(republished).toMatchObject({ tabId: 7, contacts: [{ contact: { key: 'ada' }, match: { persona: 'design-lead', pack: 'design' } }] });
    expect(await bus.ask('getTabState', 7)).toMatchObject({ contacts: [{ match: { persona: 'design-lead' } }] });
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toContain('Design Lead');
  });

  it("syncs only the policy's sources on request while policy locks the settings", async () => {
    const policyUrl = 'https://packs.example.com/policy.json';
    const userUrl = 'https://packs.example.com/mine.json';
    await fakeBrowser.storage.managed.set({ packUrls: [policyUrl], lockSettings: true });
    await startWorker().started;
    server.serve(policyUrl, bytesOf(makePack('2.0.0', { id: 'policy-pack' })));
    server.serve(userUrl, bytesOf(makePack('2.0.0', { id: 'my-pack' })));
    await bus.ask('packsChanged', undefined); // the policy's source is in place once policy was read
    await addPackSource(db, userUrl, { now: 0 });
    const sources = await listPackSources(db);
    const idOf = (url: string) => sources.find((s) => s.url === url)!.id;

    expect(await bus.ask('syncPacks', { sourceId: idOf(userUrl), force: true })).toEqual([]);
    expect(server.requests.map((r) => r.url)).not.toContain(userUrl);

    expect(await bus.ask('syncPacks', { sourceId: idOf(policyUrl), force: true })).toMatchObject([{ kind: 'installed' }]);
    expect(server.requests.map((r) => r.url)).toContain(policyUrl);
  });
});
