import { createElement, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Asset, EvidenceTier, Insight, Pack, Persona } from '../lib/pack/schema';
import { i18n } from '#i18n';
import { AssetActions } from './AssetActions';
import { DemoLabel } from './DemoLabel';
import { copyText } from './clipboard';
import { useOpenSections, type SectionId } from './section-memory';
import { useAnnounce, useServices } from './services';
import { ALL_STAGES, forStage, insightOf, nowCard, packStages, pasteLine, rankAssets, type PersonaRef } from '../lib/panel/persona-model';
import { buyingRoleName, personaModelWords, stageName } from '../utils/persona-model-words';

export interface PersonaFocus {
  objectionId?: string;
  questionIndex?: number;
  assetId?: string;
  /** A search hit inside a section (a quote, a competitor): that section opens. */
  section?: SectionId;
}

type Level = 1 | 2 | 3 | 4;
function Heading({ level, children, id, className }: { level: Level; children: ReactNode; id?: string; className?: string }) {
  // Focusable by script only, so "jump to" moves keyboard users too.
  return createElement(`h${level}`, { id, className, tabIndex: id ? -1 : undefined }, children);
}

const evidenceLabel = (tier: EvidenceTier) =>
  tier === 'confirmed' ? i18n.t('persona.confirmed') : tier === 'likely' ? i18n.t('persona.likely') : i18n.t('persona.hypothesis');

export function EvidenceBadge({ tier, source }: { tier?: EvidenceTier; source?: string }) {
  if (!tier) return null;
  return (
    <span className={`pm-badge pm-badge--${tier}`} title={source ? i18n.t('persona.evidence', { source }) : undefined}>
      {evidenceLabel(tier)}
    </span>
  );
}

export function KindBadge({ kind }: { kind: Persona['kind'] }) {
  if (kind === 'negative') return <span className="pm-badge pm-badge--negative">{i18n.t('persona.notAFit')}</span>;
  return <span className={`pm-badge pm-badge--${kind}`}>{kind === 'primary' ? i18n.t('persona.primary') : i18n.t('persona.secondary')}</span>;
}

/**
 * A titled region that folds: its heading names it (so "Objections" is both a heading and a
 * region) and holds the disclosure button; the body is rendered only while open.
 */
function Section({
  title,
  level,
  children,
  className,
  id,
  open,
  onToggle,
  sectionId,
}: {
  sectionId?: SectionId;
  title: string;
  level: Level;
  children: ReactNode;
  className?: string;
  id?: string;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const ownId = useId();
  const headingId = id ?? ownId;
  const bodyId = `${headingId}-body`;
  return (
    <section aria-labelledby={headingId} className={`pm-section ${className ?? ''}`} data-section={sectionId}>
      <Heading level={level} id={headingId} className="pm-section__title">
        <button type="button" className="pm-section__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => onToggle(!open)}>
          {/* Not CSS content: Chromium would read the arrow as part of the section's name. */}
          <span className="pm-section__arrow" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
      </Heading>
      <div id={bodyId} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}

function InsightList({ title, items, level }: { title: string; items?: Insight[]; level: Level }) {
  if (!items?.length) return null;
  return (
    <div className="pm-insights">
      <Heading level={level}>{title}</Heading>
      <ul>
        {items.map((item, i) => {
          const { text, evidence, source } = insightOf(item);
          return (
            <li key={i}>
              <span>{text}</span> <EvidenceBadge tier={evidence} source={source} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Lets the seller cut the view down to where the deal is. */
export function StageSelect({ stages, value, onChange }: { stages: string[]; value: string; onChange: (stage: string) => void }) {
  const id = useId();
  return (
    <div className="pm-stage">
      <label htmlFor={id}>{i18n.t('persona.stage')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={ALL_STAGES}>{i18n.t('persona.allStages')}</option>
        {stages.map((s) => (
          <option key={s} value={s}>
            {stageName(s)}
          </option>
        ))}
      </select>
    </div>
  );
}

function useScrollTo(active: boolean) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [active]);
  return ref;
}

function ObjectionItem({
  objection,
  proof,
  packId,
  focused,
  stageLabel,
  level,
}: {
  level: Level;
  objection: NonNullable<Persona['objections']>[number];
  proof: Asset[];
  packId: string;
  focused: boolean;
  stageLabel?: string;
}) {
  const ref = useScrollTo(focused);
  return (
    <li ref={ref} className={`pm-objection${focused ? ' pm-focused' : ''}`}>
      <Heading level={level} className="pm-objection__text">
        {objection.text}
      </Heading>
      <div className="pm-meta">
        <EvidenceBadge tier={objection.evidence} />
        {stageLabel && <span className="pm-badge pm-badge--stage">{stageLabel}</span>}
      </div>
      <p className="pm-objection__response">{objection.response}</p>
      {proof.length > 0 && (
        <ul className="pm-proof" aria-label={i18n.t('persona.proofLabel', { objection: objection.text })}>
          {proof.map((asset) => (
            <li key={asset.id}>
              <AssetActions asset={asset} packId={packId} compact />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function QuestionItem({ text, purpose, stage, focused }: { text: string; purpose?: string; stage?: string; focused: boolean }) {
  const ref = useScrollTo(focused);
  return (
    <li ref={ref} className={focused ? 'pm-focused' : undefined}>
      <span className="pm-question">{text}</span>
      {purpose && <span className="pm-question__purpose"> {purpose}</span>}
      {stage && <span className="pm-badge pm-badge--stage">{stageName(stage)}</span>}
    </li>
  );
}

/** Keys typed into a field are text, not shortcuts (buttons and links still take them). */
const isEditable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * The first screen: the one message to lead with, the top objections one line each (the
 * response and the best proof on expand), and the next question. Keys: 1–5 or j/k pick an
 * objection, `c` copies the ready line of its proof.
 */
function NowCardView({ pack, persona, stage, level }: { pack: Pack; persona: Persona; stage: string; level: Level }) {
  const card = nowCard(pack, persona, stage);
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const announce = useAnnounce();
  const services = useServices();
  const count = card.objections.length;

  const openAt = useCallback((index: number) => {
    setOpenIndex(index);
    buttons.current[index]?.focus();
  }, []);
  const copyProof = useCallback(
    async (index: number) => {
      const proof = card.objections[index]?.proof;
      if (!proof) {
        announce(i18n.t('persona.noProof'));
        return;
      }
      const ok = await copyText(pasteLine(proof));
      announce(ok ? i18n.t('panel.lineCopied', { title: proof.title }) : i18n.t('panel.copyRefused'));
      if (ok) services.recordUsage?.('asset-copied', pack.id, proof.id);
    },
    [card.objections, announce, services, pack.id],
  );

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isEditable(e.target) || count === 0) return;
      const digit = /^[1-9]$/.test(e.key) ? Number(e.key) - 1 : -1;
      if (digit >= 0 && digit < count) openAt(digit);
      else if (e.key === 'j') openAt(openIndex === null ? 0 : Math.min(openIndex + 1, count - 1));
      else if (e.key === 'k') openAt(openIndex === null ? 0 : Math.max(openIndex - 1, 0));
      else if (e.key === 'c' && !e.shiftKey) void copyProof(openIndex ?? 0);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count, openIndex, openAt, copyProof]);

  if (!card.lead && count === 0 && !card.nextQuestion) return null;
  const sub = (level + 1) as Level;
  return (
    <section className="pm-now" aria-labelledby={`${pack.id}-${persona.id}-now`}>
      <Heading level={level} id={`${pack.id}-${persona.id}-now`} className="pm-visually-hidden">
        {i18n.t('persona.whatNow')}
      </Heading>
      {card.lead && (
        // biome-ignore lint/a11y/useSemanticElements: a labelled group of text, not of form controls, which is what <fieldset> is for.
        <div className="pm-lead" aria-label={i18n.t('persona.leadWith')} role="group">
          <span className="pm-now__label">{i18n.t('persona.leadWith')}</span>
          <p className="pm-lead__text">{card.lead.text}</p>
          {card.lead.cta && (
            <p className="pm-cta">
              <span className="pm-cta__label">{i18n.t('persona.nextStep')}</span> {card.lead.cta}
            </p>
          )}
        </div>
      )}
      {count > 0 && (
        <>
          <Heading level={sub} className="pm-now__label">
            {i18n.t('persona.topObjections')} <span className="pm-keys">{i18n.t('persona.keys', { count })}</span>
          </Heading>
          <ol className="pm-now__objections" aria-label={i18n.t('persona.topObjections')}>
            {card.objections.map(({ objection, proof }, i) => {
              const open = openIndex === i;
              return (
                <li key={objection.id} className={open ? 'pm-now__objection pm-now__objection--open' : 'pm-now__objection'}>
                  <button
                    type="button"
                    ref={(el) => {
                      buttons.current[i] = el;
                    }}
                    className="pm-now__line"
                    aria-expanded={open}
                    onClick={() => setOpenIndex(open ? null : i)}
                  >
                    <span className="pm-now__key" aria-hidden="true">
                      {i + 1}
                    </span>
                    <span className="pm-now__text">{objection.text}</span>
                  </button>
                  {open && (
                    <div className="pm-now__answer">
                      <p className="pm-objection__response">{objection.response}</p>
                      {proof && <AssetActions asset={proof} packId={pack.id} compact />}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {card.nextQuestion && (
        <p className="pm-next-question">
          <span className="pm-now__label">{i18n.t('persona.askNext')}</span> <span className="pm-question">{card.nextQuestion.text}</span>
        </p>
      )}
    </section>
  );
}

/**
 * Everything a pack says about one persona. First what to do now (lead message, top objections,
 * next question); then every message, objection, question, asset and the background, each
 * section folded unless the seller opened it before.
 */
export function PersonaView({
  target,
  stage,
  onStageChange,
  level,
  focus,
}: {
  target: PersonaRef;
  stage: string;
  onStageChange: (stage: string) => void;
  /** 1 when the persona is the page's subject, 2 under a contact's heading. */
  level: 1 | 2;
  focus?: PersonaFocus;
}) {
  const { pack, persona } = target;
  const sub = (level + 1) as Level;
  const assetsById = new Map(pack.assets.map((a) => [a.id, a]));
  const messages = forStage(persona.messages, stage);
  const questions = (persona.questions ?? []).map((q, index) => ({ ...q, index })).filter((q) => stage === ALL_STAGES || !q.stage || q.stage === stage);
  const ranked = rankAssets(pack, persona, stage, personaModelWords());
  const objections = persona.objections ?? [];
  const focusedAsset = focus?.assetId ? assetsById.get(focus.assetId) : undefined;
  const [openSections, setSectionOpen] = useOpenSections();
  // A search result that points into a section opens it (without remembering that).
  const isOpen = (id: SectionId) =>
    openSections.has(id) ||
    focus?.section === id ||
    (id === 'objections' && !!focus?.objectionId) ||
    (id === 'questions' && focus?.questionIndex !== undefined);
  const fold = (id: SectionId) => ({ sectionId: id, open: isOpen(id), onToggle: (open: boolean) => setSectionOpen(id, open) });
  const empathy = persona.empathy;
  const hasVoice = !!(persona.quotes?.length || empathy?.says?.length || empathy?.thinks?.length || empathy?.feels?.length || empathy?.does?.length);
  const sectionRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus?.section) sectionRef.current?.querySelector(`[data-section="${focus.section}"]`)?.scrollIntoView?.({ block: 'start' });
  }, [focus?.section]);
  const hasBackground = !!(
    persona.jobsToBeDone?.length ||
    persona.summary ||
    persona.goals?.length ||
    persona.metrics?.length ||
    persona.painPoints?.length ||
    persona.triggers?.length ||
    persona.decisionCriteria?.length ||
    persona.channels?.length
  );

  return (
    <article className={`pm-persona pm-persona--${persona.kind}`} aria-label={i18n.t('persona.label', { name: persona.name })}>
      <header className="pm-persona__head">
        <Heading level={level} className="pm-persona__name">
          {persona.name}
        </Heading>
        <div className="pm-meta">
          <KindBadge kind={persona.kind} />
          {persona.role && <span className="pm-badge pm-badge--role">{i18n.t('persona.buyingRole', { role: buyingRoleName(persona.role) })}</span>}
          <span className="pm-pack-name">{pack.name}</span>
          <DemoLabel demo={pack.demo} />
        </div>
        {persona.kind === 'negative' && (
          <p className="pm-notfit">
            <strong>{i18n.t('persona.notAFitTitle')}</strong> {i18n.t('persona.notAFitBody')}
          </p>
        )}
      </header>

      <StageSelect stages={packStages(pack)} value={stage} onChange={onStageChange} />

      {focusedAsset && (
        <section className="pm-section" aria-label={i18n.t('persona.selectedAsset')}>
          <AssetActions asset={focusedAsset} packId={pack.id} />
        </section>
      )}

      <NowCardView pack={pack} persona={persona} stage={stage} level={sub} />

      {(messages.length > 0 || !!persona.talkTrack) && (
        <Section title={i18n.t('persona.whatToSay')} level={sub} {...fold('say')}>
          {messages.length > 0 && (
            <ul className="pm-messages" aria-label={i18n.t('persona.keyMessages')}>
              {messages.map((m, i) => (
                <li key={i}>
                  <p>{m.text}</p>
                  {m.cta && (
                    <p className="pm-cta">
                      <span className="pm-cta__label">{i18n.t('persona.nextStep')}</span> {m.cta}
                    </p>
                  )}
                  {stage === ALL_STAGES && <span className="pm-badge pm-badge--stage">{stageName(m.stage)}</span>}
                </li>
              ))}
            </ul>
          )}
          {persona.talkTrack && (
            <div className="pm-talktrack">
              <Heading level={(sub + 1) as Level}>{i18n.t('persona.talkTrack')}</Heading>
              <p>{persona.talkTrack}</p>
            </div>
          )}
        </Section>
      )}

      {objections.length > 0 && (
        <Section title={i18n.t('persona.objections')} level={sub} {...fold('objections')}>
          <ul className="pm-objections" aria-label={i18n.t('persona.objections')}>
            {objections.map((o) => (
              <ObjectionItem
                key={o.id}
                level={(sub + 1) as Level}
                objection={o}
                packId={pack.id}
                focused={focus?.objectionId === o.id}
                stageLabel={o.stage ? stageName(o.stage) : undefined}
                proof={(o.proof ?? []).map((id) => assetsById.get(id)).filter((a): a is Asset => !!a)}
              />
            ))}
          </ul>
        </Section>
      )}

      {questions.length > 0 && (
        <Section title={i18n.t('persona.questions')} level={sub} {...fold('questions')}>
          <ol className="pm-questions" aria-label={i18n.t('persona.questions')}>
            {questions.map((q) => (
              <QuestionItem
                key={q.index}
                text={q.text}
                purpose={q.purpose}
                stage={stage === ALL_STAGES ? q.stage : undefined}
                focused={focus?.questionIndex === q.index}
              />
            ))}
          </ol>
        </Section>
      )}

      <div ref={sectionRef} className="pm-persona__more">
        {persona.competitors?.length ? (
          <Section title={i18n.t('persona.competitors')} level={sub} {...fold('competitors')}>
            <ul className="pm-competitors" aria-label={i18n.t('persona.competitors')}>
              {persona.competitors.map((c, i) => (
                <li key={i} className="pm-competitor">
                  <Heading level={(sub + 1) as Level}>{c.name}</Heading>
                  <p className="pm-competitor__positioning">{c.positioning}</p>
                  {c.trapQuestion && (
                    <p className="pm-competitor__trap">
                      <span className="pm-cta__label">{i18n.t('persona.trapQuestion')}</span> {c.trapQuestion}
                    </p>
                  )}
                  {(c.proof ?? [])
                    .map((id) => assetsById.get(id))
                    .filter((a): a is Asset => !!a)
                    .map((a) => (
                      <AssetActions key={a.id} asset={a} packId={pack.id} compact />
                    ))}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        {hasVoice && (
          <Section title={i18n.t('persona.voice')} level={sub} {...fold('voice')}>
            {persona.quotes?.length ? (
              <ul className="pm-quotes" aria-label={i18n.t('persona.quotes')}>
                {persona.quotes.map((q, i) => (
                  <li key={i}>
                    <blockquote className="pm-quote">“{q.text}”</blockquote>
                    <span className="pm-quote__source">{q.source}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            <InsightList title={i18n.t('persona.says')} items={empathy?.says} level={(sub + 1) as Level} />
            <InsightList title={i18n.t('persona.thinks')} items={empathy?.thinks} level={(sub + 1) as Level} />
            <InsightList title={i18n.t('persona.feels')} items={empathy?.feels} level={(sub + 1) as Level} />
            <InsightList title={i18n.t('persona.does')} items={empathy?.does} level={(sub + 1) as Level} />
          </Section>
        )}
      </div>

      {ranked.length > 0 && (
        <Section title={i18n.t('persona.assets')} level={sub} {...fold('assets')}>
          <ul className="pm-assets" aria-label={i18n.t('persona.assets')}>
            {ranked.map(({ asset, why, recommended }) => (
              <li key={asset.id} className={recommended ? 'pm-recommended' : undefined}>
                <AssetActions asset={asset} packId={pack.id} note={why} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {hasBackground && (
        <Section title={i18n.t('persona.background')} level={sub} className="pm-background" {...fold('background')}>
          {persona.summary && <p className="pm-summary">{persona.summary}</p>}
          <InsightList title={i18n.t('persona.jobs')} items={persona.jobsToBeDone} level={(sub + 1) as Level} />
          <InsightList title={i18n.t('persona.goals')} items={persona.goals} level={(sub + 1) as Level} />
          <InsightList title={i18n.t('persona.metrics')} items={persona.metrics} level={(sub + 1) as Level} />
          <InsightList title={i18n.t('persona.painPoints')} items={persona.painPoints} level={(sub + 1) as Level} />
          <InsightList title={i18n.t('persona.triggers')} items={persona.triggers} level={(sub + 1) as Level} />
          <InsightList title={i18n.t('persona.criteria')} items={persona.decisionCriteria} level={(sub + 1) as Level} />
          {persona.channels?.length ? (
            <div className="pm-insights">
              <Heading level={(sub + 1) as Level}>{i18n.t('persona.channels')}</Heading>
              <ul className="pm-chips">
                {persona.channels.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </Section>
      )}
    </article>
  );
}
