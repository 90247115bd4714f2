/**
 * The side panel: from "who is this" to "what do I say and what do I send".
 *
 *   [search box · nav · theme · pop-out]      ← `/` focuses search, Esc goes back
 *   search results (when typing)
 *   or the current view:
 *     page     → one contact (ContactView) or a list page (ListView)
 *     contact  → a contact opened from a list page
 *     persona  → a persona opened from search or history
 *     recent   → local history with retention controls
 *     accounts → the account map: accounts by buying-committee coverage, one account's roles
 *
 * Data comes in as props (tab state, packs) and services (corrections, history), so the
 * entrypoint stays wiring only and tests render the real thing.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Pack } from '../lib/pack/schema';
import type { MatchedContact, TabState } from '../lib/messaging';
import { isDueForReview } from '../lib/sync/freshness';
import { buildSearchIndex, type PackSearch, type SearchHit } from '../lib/search/search-index';
import { searchWords } from '../utils/search-words';
import type { Correction, SeenContact } from '../lib/storage/db';
import { accountMap, accountOf } from '../lib/accounts/account-map';
import { AccountsView, AccountView } from './AccountsView';
import { CantReadView } from './CantReadView';
import { copyText } from './clipboard';
import { ContactView } from './ContactView';
import { ListView } from './ListView';
import { ALL_STAGES, effectivePersona, findPersona, pasteLine } from './persona-model';
import { PersonaView, type PersonaFocus } from './PersonaView';
import { RecentView } from './RecentView';
import { openPackLink } from './SafeLink';
import { optionId, SearchResults } from './SearchResults';
import { i18n } from '#i18n';
import { formatDay } from './locale';
import { AnnounceContext, memoryServices, ServicesContext, type PanelServices } from './services';
import { ThemeToggle, useTheme } from './ThemeToggle';

export type PanelView =
  | { kind: 'page' }
  | { kind: 'contact'; key: string; focus?: PersonaFocus }
  | { kind: 'persona'; packId: string; personaId: string; focus?: PersonaFocus }
  | { kind: 'recent' }
  | { kind: 'accounts' }
  | { kind: 'account'; key: string };

export interface PanelProps {
  /** The followed tab's state; null when the tab shows no contact (or before it loads). */
  state: TabState | null;
  packs: readonly Pack[];
  services?: PanelServices;
  loading?: boolean;
  /** Shown instead of the page view, e.g. "Cannot reach the extension's background". */
  error?: string | null;
  /** Incremented by the entrypoint when the keyboard command asks for search. */
  focusSearchSignal?: number;
  initialView?: PanelView;
}

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

const fallbackServices = memoryServices();

export function Panel({ state: followed, packs, services = fallbackServices, loading = false, error = null, focusSearchSignal = 0, initialView }: PanelProps) {
  // Mid-call the seller moves to the call or the email: a tab without a contact keeps the last
  // contact on screen (marked as such); the pin keeps it even when another contact shows up.
  const { shown: state, held, pinned, setPinned } = useHeldContact(followed);
  const [views, setViews] = useState<PanelView[]>([initialView ?? { kind: 'page' }]);
  const view = views[views.length - 1]!;
  const [stage, setStage] = useState(ALL_STAGES);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [corrections, setCorrections] = useState<Map<string, Correction>>(new Map());
  const [history, setHistory] = useState<SeenContact[]>([]);
  const [retentionDays, setRetentionDays] = useState(30);
  const [message, setMessage] = useState('');
  const [theme, setTheme] = useTheme();
  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const listId = useId();

  const announce = useCallback((text: string) => setMessage(text), []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);

  // Corrections and history are local; load them once, refresh after each change.
  const refreshHistory = useCallback(async () => {
    const [rows, days] = await Promise.all([services.history.recent(), services.history.retentionDays()]);
    setHistory(rows);
    setRetentionDays(days);
  }, [services]);
  useEffect(() => {
    let live = true;
    void services.corrections.list().then((rows) => live && setCorrections(new Map(rows.map((c) => [c.key, c]))));
    void refreshHistory();
    return () => {
      live = false;
    };
  }, [services, refreshHistory]);

  // A new page in the followed tab: start from its view again.
  const pageIdentity = state ? `${state.tabId} ${state.url}` : '';
  useEffect(() => {
    setViews((vs) => (vs.length === 1 && vs[0]!.kind === 'page' ? vs : [{ kind: 'page' }]));
  }, [pageIdentity]);
  // The background records every contact it sees; the list here just follows.
  useEffect(() => {
    if (state?.contacts.length) void refreshHistory().catch(() => {});
  }, [state, refreshHistory]);

  // The index is built just after the first paint (a 500-persona pack takes a few hundred ms),
  // or at the first keystroke if the seller is faster than that.
  const indexRef = useRef<{ packs: readonly Pack[]; index: PackSearch } | null>(null);
  const getIndex = useCallback(() => {
    if (indexRef.current?.packs !== packs) indexRef.current = { packs, index: buildSearchIndex(packs, searchWords()) };
    return indexRef.current.index;
  }, [packs]);
  useEffect(() => {
    const timer = setTimeout(getIndex, 50);
    return () => clearTimeout(timer);
  }, [getIndex]);
  const hits = useMemo(() => (query.trim() ? getIndex().search(query) : []), [getIndex, query]);
  const demoPackIds = useMemo(() => new Set(packs.filter((pack) => pack.demo).map((pack) => pack.id)), [packs]);
  useEffect(() => setActive(0), [query]);

  const push = (next: PanelView) => setViews((vs) => [...vs, next]);
  const back = useCallback(() => setViews((vs) => (vs.length > 1 ? vs.slice(0, -1) : vs)), []);
  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  useEffect(() => {
    if (focusSearchSignal) focusSearch();
  }, [focusSearchSignal, focusSearch]);

  // `/` searches from anywhere in the panel; Esc outside the search box goes back.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === '/' && !isEditable(e.target)) {
        e.preventDefault();
        focusSearch();
      } else if (e.key === 'Escape' && e.target !== searchRef.current) {
        if (views.length > 1) {
          e.preventDefault();
          back();
          mainRef.current?.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [views.length, back, focusSearch]);

  const saveCorrection = async (key: string, correction: Correction | null) => {
    if (correction) await services.corrections.save(correction);
    else await services.corrections.remove(key);
    setCorrections((prev) => {
      const next = new Map(prev);
      if (correction) next.set(key, correction);
      else next.delete(key);
      return next;
    });
    announce(correction ? (correction.chosenPersona ? i18n.t('panel.personaSaved') : i18n.t('panel.markedWrong')) : i18n.t('panel.correctionRemoved'));
  };

  const single = state && state.pageKind !== 'list' ? state.contacts[0] : undefined;
  const accounts = useMemo(() => accountMap(history, packs, corrections), [history, packs, corrections]);

  const activate = async (hit: SearchHit, openLink: boolean) => {
    if (hit.kind === 'asset') {
      const asset = packs.find((p) => p.id === hit.packId)?.assets.find((a) => a.id === hit.refId);
      if (!asset) return;
      if (openLink) {
        // The database may hold a row no validation produced (an old version, a damaged store).
        if (!openPackLink(asset.url)) return announce(i18n.t('panel.linkNotOpened', { title: asset.title }));
        services.recordUsage?.('asset-opened', hit.packId, asset.id);
        return;
      }
      const ok = await copyText(pasteLine(asset));
      announce(ok ? i18n.t('panel.lineCopied', { title: asset.title }) : i18n.t('panel.copyRefused'));
      if (ok) services.recordUsage?.('asset-copied', hit.packId, asset.id);
      return;
    }
    const focus: PersonaFocus | undefined =
      hit.kind === 'objection'
        ? { objectionId: hit.refId }
        : hit.kind === 'question'
          ? { questionIndex: Number(hit.refId) }
          : hit.kind === 'quote'
            ? { section: 'voice' }
            : hit.kind === 'competitor'
              ? { section: 'competitors' }
              : undefined;
    if (hit.kind === 'objection') services.recordUsage?.('objection-opened', hit.packId, hit.refId);
    // The contact on screen already has this persona: answer in place, keeping the contact in view.
    const current = single && effectivePersona(packs, single.match, corrections.get(single.contact.key));
    if (single && current && current.pack.id === hit.packId && current.persona.id === hit.personaId) {
      push({ kind: 'contact', key: single.contact.key, focus });
    } else if (hit.personaId) {
      push({ kind: 'persona', packId: hit.packId, personaId: hit.personaId, focus });
    }
    setQuery('');
    mainRef.current?.focus();
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setActive((i) => (i + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((i) => (i - 1 + hits.length) % hits.length);
    } else if (e.key === 'Home' && hits.length && e.ctrlKey) {
      setActive(0);
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        e.preventDefault();
        void activate(hit, e.shiftKey);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else {
        if (views.length > 1) back();
        searchRef.current?.blur();
        mainRef.current?.focus();
      }
    }
  };

  const contactView = (item: MatchedContact, focus?: PersonaFocus) => (
    <ContactView
      account={accountOf(accounts, item.contact.company?.value)}
      onOpenAccount={(key) => push({ kind: 'account', key })}
      item={item}
      packs={packs}
      correction={corrections.get(item.contact.key)}
      onCorrect={(c) => void saveCorrection(item.contact.key, c)}
      stage={stage}
      onStageChange={setStage}
      focus={focus}
    />
  );

  const renderView = () => {
    if (view.kind === 'recent')
      return (
        <RecentView
          history={history}
          packs={packs}
          corrections={corrections}
          retentionDays={retentionDays}
          now={services.now?.() ?? Date.now()}
          onRetentionChange={async (days) => {
            await services.history.setRetentionDays(days);
            await refreshHistory();
            announce(i18n.t('panel.historyKept', days));
          }}
          onPurge={async () => {
            await services.history.purgeAll();
            await refreshHistory();
            announce(i18n.t('panel.historyPurged'));
          }}
          onOpenPersona={(packId, personaId) => push({ kind: 'persona', packId, personaId })}
        />
      );
    if (view.kind === 'accounts') return <AccountsView accounts={accounts} onOpen={(key) => push({ kind: 'account', key })} />;
    if (view.kind === 'account') {
      const account = accounts.find((a) => a.key === view.key);
      if (!account) return <Empty title={i18n.t('panel.noAccountContacts')} body={i18n.t('panel.noAccountContactsBody')} />;
      return <AccountView account={account} now={services.now?.() ?? Date.now()} />;
    }
    if (view.kind === 'persona') {
      const target = findPersona(packs, view.packId, view.personaId);
      if (!target) return <p className="pm-empty">{i18n.t('panel.personaGone')}</p>;
      return <PersonaView target={target} stage={stage} onStageChange={setStage} level={1} focus={view.focus} />;
    }
    if (error) return <Empty title={i18n.t('panel.cannotRead')} body={error} />;
    if (!packs.length && !loading) return <Empty title={i18n.t('panel.noPack')} body={i18n.t('panel.noPackBody')} />;
    if (view.kind === 'contact') {
      const item = state?.contacts.find((c) => c.contact.key === view.key);
      if (!item) return <Empty title={i18n.t('panel.contactLeft')} body={i18n.t('panel.contactLeftBody')} />;
      return contactView(item, view.focus);
    }
    if (loading && !state) return <p className="pm-empty" role="status">{i18n.t('panel.loading')}</p>;
    if (held && state)
      return (
        <>
          <HeldNote state={state} pinned={pinned} onPin={setPinned} now={services.now?.() ?? Date.now()} onShowTab={services.showTab} />
          {state.pageKind === 'list' ? (
            <ListView contacts={state.contacts} packs={packs} corrections={corrections} history={history} onOpenContact={(key) => push({ kind: 'contact', key })} />
          ) : (
            contactView(state.contacts[0]!)
          )}
        </>
      );
    // A supported page that could not be read says so first; whatever was read follows it.
    const unreadable = state?.health?.readable === false ? <CantReadView health={state.health} tabId={state.tabId} /> : null;
    if (unreadable && (state!.contacts.length === 0 || !state!.contacts.some((c) => c.contact.name)))
      return unreadable;
    if (!state || state.contacts.length === 0)
      return (
        <Empty
          title={i18n.t('panel.noContact')}
          body={i18n.t('panel.noContactBody')}
        />
      );
    if (state.pageKind === 'list')
      return (
        <>
          {unreadable}
          <ListView
            contacts={state.contacts}
            packs={packs}
            corrections={corrections}
            history={history}
            onOpenContact={(key) => push({ kind: 'contact', key })}
          />
        </>
      );
    return (
      <>
        {unreadable}
        {contactView(state.contacts[0]!)}
      </>
    );
  };

  const searching = query.trim().length > 0;
  return (
    <ServicesContext.Provider value={services}>
      <AnnounceContext.Provider value={announce}>
        <div className="pm-panel" data-theme={theme === 'system' ? undefined : theme}>
          <header className="pm-bar">
            <div className="pm-bar__row">
              {views.length > 1 && (
                <button type="button" className="pm-button pm-button--icon" onClick={back} aria-label={i18n.t('panel.back')} title={i18n.t('panel.backHint')}>
                  ←
                </button>
              )}
              <input
                ref={searchRef}
                type="search"
                className="pm-search"
                role="combobox"
                aria-label={i18n.t('panel.searchLabel')}
                aria-expanded={searching}
                aria-controls={searching ? listId : undefined}
                aria-autocomplete="list"
                aria-activedescendant={searching && hits[active] ? optionId(listId, active) : undefined}
                placeholder={i18n.t('panel.searchPlaceholder')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={onSearchKey}
                autoComplete="off"
                spellCheck={false}
              />
              <ThemeToggle theme={theme} onChange={setTheme} />
              {services.popOut && (
                <button type="button" className="pm-button pm-button--icon" onClick={services.popOut} aria-label={i18n.t('panel.popOut')} title={i18n.t('panel.popOut')}>
                  ⧉
                </button>
              )}
            </div>
            <nav aria-label={i18n.t('panel.nav')} className="pm-nav">
              <button
                type="button"
                className="pm-nav__item"
                aria-current={view.kind !== 'recent' && view.kind !== 'accounts' && view.kind !== 'account' ? 'page' : undefined}
                onClick={() => setViews([{ kind: 'page' }])}
              >
                {i18n.t('panel.navPage')}
              </button>
              <button
                type="button"
                className="pm-nav__item"
                aria-current={view.kind === 'recent' ? 'page' : undefined}
                onClick={() => {
                  void refreshHistory();
                  if (view.kind !== 'recent') push({ kind: 'recent' });
                }}
              >
                {i18n.t('panel.navRecent')}
              </button>
              <button
                type="button"
                className="pm-nav__item"
                aria-current={view.kind === 'accounts' || view.kind === 'account' ? 'page' : undefined}
                onClick={() => {
                  void refreshHistory();
                  if (view.kind !== 'accounts') push({ kind: 'accounts' });
                }}
              >
                {i18n.t('panel.navAccounts')}
              </button>
            </nav>
          </header>
          <main ref={mainRef} tabIndex={-1} className="pm-main">
            <ReviewBanner packs={packs} now={services.now?.() ?? Date.now()} />
            {searching ? (
              <SearchResults listId={listId} query={query} hits={hits} active={active} onActivate={(h, open) => void activate(h, open)} onHover={setActive} demoPackIds={demoPackIds} />
            ) : (
              renderView()
            )}
          </main>
          <p className="pm-status" role="status" aria-live="polite">
            {message}
          </p>
        </div>
      </AnnounceContext.Provider>
    </ServicesContext.Provider>
  );
}

/**
 * The last state with a contact, kept while the followed tab shows none (or always, when pinned).
 * `held` is true when what is shown is not the followed tab's own state.
 */
function useHeldContact(followed: TabState | null): { shown: TabState | null; held: boolean; pinned: boolean; setPinned: (pinned: boolean) => void } {
  const [last, setLast] = useState<TabState | null>(null);
  const [pinned, setPinned] = useState(false);
  const hasContact = !!followed?.contacts.length;
  // A page that could not be read is shown as such, not covered by the last contact.
  const unreadable = followed?.health?.readable === false;
  useEffect(() => {
    if (hasContact && !unreadable && !pinned) setLast(followed);
  }, [followed, hasContact, unreadable, pinned]);
  const keep = last && (pinned || (!hasContact && !unreadable)) ? last : null;
  const shown = keep ?? followed;
  const held = !!keep && !(hasContact && followed!.tabId === keep.tabId && followed!.url === keep.url);
  return { shown, held, pinned: pinned && !!last, setPinned: (value) => setPinned(value && !!last) };
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return i18n.t('panel.anotherTab');
  }
}

/** "Still showing the contact from salesforce.com, seen 2 min ago": one click back, or pin it. */
function HeldNote({ state, pinned, onPin, now, onShowTab }: { state: TabState; pinned: boolean; onPin: (pinned: boolean) => void; now: number; onShowTab?: (tabId: number) => void }) {
  const minutes = Math.max(0, Math.round((now - state.updatedAt) / 60_000));
  const when = minutes < 1 ? i18n.t('time.justNow') : i18n.t('time.minutesAgo', { minutes });
  const seen = { site: siteOf(state.url), when };
  return (
    <p className="pm-held" role="note" aria-label={i18n.t('panel.keptLabel')}>
      <span>{pinned ? i18n.t('panel.pinnedSeen', seen) : i18n.t('panel.keptSeen', seen)}</span>{' '}
      {onShowTab && (
        <button type="button" className="pm-button pm-button--small" onClick={() => onShowTab(state.tabId)}>
          {i18n.t('panel.backToTab')}
        </button>
      )}{' '}
      <button type="button" className="pm-button pm-button--small" aria-pressed={pinned} onClick={() => onPin(!pinned)}>
        {pinned ? i18n.t('panel.unpin') : i18n.t('panel.pin')}
      </button>
    </p>
  );
}

/** Personas go stale: a pack past its `reviewBy` date says so wherever it is shown. */
function ReviewBanner({ packs, now }: { packs: readonly Pack[]; now: number }) {
  const due = packs.filter((pack) => isDueForReview(pack, now));
  if (due.length === 0) return null;
  return (
    <p className="pm-review" role="note">
      {i18n.t('panel.dueForReviewTail', {
        packs: due.map((pack) => i18n.t('panel.dueForReview', { pack: pack.name, date: formatDay(pack.reviewBy!) })).join(i18n.t('panel.listSeparator')),
      })}
    </p>
  );
}

function Empty({ title, body }: { title: string; body: string }) {
  return (
    <div className="pm-emptystate">
      <h1>{title}</h1>
      <p>{body}</p>
    </div>
  );
}
