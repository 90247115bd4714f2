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
 * entrypoint stays wiring only and tests render the real thing. This file is the view:
 * navigation, search, corrections and history (with every storage write, through the services),
 * usage counting, keyboard shortcuts and the held contact are hooks in ./panel/.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Pack } from '../lib/pack/schema';
import type { MatchedContact, TabState } from '../lib/contracts/tab-state';
import { accountMap, accountOf } from '../lib/accounts/account-map';
import { ALL_STAGES, findPersona } from '../lib/panel/persona-model';
import { AccountsView, AccountView } from './AccountsView';
import { CantReadView } from './CantReadView';
import { ContactView } from './ContactView';
import { ListView } from './ListView';
import { HeldNote } from './panel/HeldNote';
import { ReviewBanner } from './panel/ReviewBanner';
import { useAnnouncer } from './panel/use-announcer';
import { useHeldContact } from './panel/use-held-contact';
import { useCorrections, useHistory } from './panel/use-local-data';
import { useNavigation, type PanelView } from './panel/use-navigation';
import { useOpenHit } from './panel/use-open-hit';
import { usePanelKeys } from './panel/use-panel-keys';
import { useSearch } from './panel/use-search';
import { PersonaView, type PersonaFocus } from './PersonaView';
import { RecentView } from './RecentView';
import { optionId, SearchResults } from './SearchResults';
import { i18n } from '#i18n';
import { memoryServices, AnnounceContext, ServicesContext, type PanelServices } from './services';
import { ThemeToggle, useTheme } from './ThemeToggle';

export type { PanelView } from './panel/use-navigation';

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

const fallbackServices = memoryServices();

export function Panel({ state: followed, packs, services = fallbackServices, loading = false, error = null, focusSearchSignal = 0, initialView }: PanelProps) {
  // Mid-call the seller moves to the call or the email: a tab without a contact keeps the last
  // contact on screen (marked as such); the pin keeps it even when another contact shows up.
  const { shown: state, held, pinned, setPinned } = useHeldContact(followed);
  const { view, depth, push, back, home } = useNavigation(state ? `${state.tabId} ${state.url}` : '', initialView);
  const [stage, setStage] = useState(ALL_STAGES);
  const { query, setQuery, hits, active, setActive, demoPackIds } = useSearch(packs);
  const { message, announce } = useAnnouncer();
  const { corrections, saveCorrection } = useCorrections(services, announce);
  const { history, retentionDays, refreshHistory, setRetentionDays, purgeHistory } = useHistory(services, state, announce);
  const [theme, setTheme] = useTheme();
  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const listId = useId();
  usePanelKeys({ searchRef, mainRef, canGoBack: depth > 1, back, focusSearchSignal });

  const single = state && state.pageKind !== 'list' ? state.contacts[0] : undefined;
  const accounts = useMemo(() => accountMap(history, packs, corrections), [history, packs, corrections]);

  const activate = useOpenHit({
    packs,
    services,
    announce,
    single,
    corrections,
    push,
    opened: () => {
      setQuery('');
      mainRef.current?.focus();
    },
  });

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
        if (depth > 1) back();
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

  const listView = (contacts: MatchedContact[]) => (
    <ListView contacts={contacts} packs={packs} corrections={corrections} history={history} onOpenContact={(key) => push({ kind: 'contact', key })} />
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
          onRetentionChange={setRetentionDays}
          onPurge={purgeHistory}
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
    if (loading && !state)
      return (
        <p className="pm-empty" role="status">
          {i18n.t('panel.loading')}
        </p>
      );
    if (held && state)
      return (
        <>
          <HeldNote state={state} pinned={pinned} onPin={setPinned} now={services.now?.() ?? Date.now()} onShowTab={services.showTab} />
          {state.pageKind === 'list' ? listView(state.contacts) : contactView(state.contacts[0]!)}
        </>
      );
    // A supported page that could not be read says so first; whatever was read follows it.
    const unreadable = state?.health?.readable === false ? <CantReadView health={state.health} tabId={state.tabId} /> : null;
    if (unreadable && (state!.contacts.length === 0 || !state!.contacts.some((c) => c.contact.name))) return unreadable;
    if (!state || state.contacts.length === 0) return <Empty title={i18n.t('panel.noContact')} body={i18n.t('panel.noContactBody')} />;
    if (state.pageKind === 'list')
      return (
        <>
          {unreadable}
          {listView(state.contacts)}
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
              {depth > 1 && (
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
                <button
                  type="button"
                  className="pm-button pm-button--icon"
                  onClick={services.popOut}
                  aria-label={i18n.t('panel.popOut')}
                  title={i18n.t('panel.popOut')}
                >
                  ⧉
                </button>
              )}
            </div>
            <nav aria-label={i18n.t('panel.nav')} className="pm-nav">
              <button
                type="button"
                className="pm-nav__item"
                aria-current={view.kind !== 'recent' && view.kind !== 'accounts' && view.kind !== 'account' ? 'page' : undefined}
                onClick={home}
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
              <SearchResults
                listId={listId}
                query={query}
                hits={hits}
                active={active}
                onActivate={(h, open) => void activate(h, open)}
                onHover={setActive}
                demoPackIds={demoPackIds}
              />
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

function Empty({ title, body }: { title: string; body: string }) {
  return (
    <div className="pm-emptystate">
      <h1>{title}</h1>
      <p>{body}</p>
    </div>
  );
}
