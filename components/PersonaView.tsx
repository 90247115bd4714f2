import { createElement, useEffect, useId, useRef, type ReactNode } from 'react';
import type { Asset, EvidenceTier, Insight, Persona } from '../lib/pack/schema';
import { AssetActions } from './AssetActions';
import { DemoLabel } from './DemoLabel';
import {
  ALL_STAGES,
  capitalize,
  forStage,
  humanize,
  insightOf,
  packStages,
  rankAssets,
  type PersonaRef,
} from './persona-model';

export interface PersonaFocus {
  objectionId?: string;
  questionIndex?: number;
  assetId?: string;
}

type Level = 1 | 2 | 3 | 4;
function Heading({ level, children, id, className }: { level: Level; children: ReactNode; id?: string; className?: string }) {
  // Focusable by script only, so "jump to" moves keyboard users too.
  return createElement(`h${level}`, { id, className, tabIndex: id ? -1 : undefined }, children);
}

/** Mid-call, objections must be one key press away however long the messages are. */
function JumpNav({ targets }: { targets: Array<{ id: string; label: string }> }) {
  return (
    <nav aria-label="Jump to section" className="pm-jump">
      {targets.map((t) => (
        <button
          key={t.id}
          type="button"
          className="pm-jump__item"
          onClick={() => {
            const heading = document.getElementById(t.id);
            heading?.scrollIntoView?.({ block: 'start' });
            heading?.focus({ preventScroll: true });
          }}
        >
          {t.label}
        </button>
      ))}
    </nav>
  );
}

const EVIDENCE_LABEL: Record<EvidenceTier, string> = { confirmed: 'Confirmed', likely: 'Likely', hypothesis: 'Hypothesis' };

export function EvidenceBadge({ tier, source }: { tier?: EvidenceTier; source?: string }) {
  if (!tier) return null;
  return (
    <span className={`pm-badge pm-badge--${tier}`} title={source ? `Evidence: ${source}` : undefined}>
      {EVIDENCE_LABEL[tier]}
    </span>
  );
}

export function KindBadge({ kind }: { kind: Persona['kind'] }) {
  if (kind === 'negative') return <span className="pm-badge pm-badge--negative">Not a fit</span>;
  return <span className={`pm-badge pm-badge--${kind}`}>{kind === 'primary' ? 'Primary' : 'Secondary'}</span>;
}

/** A titled region: its heading names it, so "Objections" is both a heading and a region. */
function Section({ title, level, children, className, id }: { title: string; level: Level; children: ReactNode; className?: string; id?: string }) {
  const ownId = useId();
  const headingId = id ?? ownId;
  return (
    <section aria-labelledby={headingId} className={`pm-section ${className ?? ''}`}>
      <Heading level={level} id={headingId} className="pm-section__title">
        {title}
      </Heading>
      {children}
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
      <label htmlFor={id}>Stage</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={ALL_STAGES}>All stages</option>
        {stages.map((s) => (
          <option key={s} value={s}>
            {capitalize(humanize(s))}
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
        <ul className="pm-proof" aria-label={`Proof for “${objection.text}”`}>
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
      {stage && <span className="pm-badge pm-badge--stage">{capitalize(humanize(stage))}</span>}
    </li>
  );
}

/**
 * Everything a pack says about one persona, in the order a seller needs it mid-call: who,
 * what to say, what they push back with, what to ask, what to send, then the background.
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
  const ranked = rankAssets(pack, persona, stage);
  const objections = persona.objections ?? [];
  const focusedAsset = focus?.assetId ? assetsById.get(focus.assetId) : undefined;
  const base = useId();
  const ids = { say: `${base}say`, objections: `${base}objections`, questions: `${base}questions`, assets: `${base}assets`, background: `${base}background` };
  const hasSay = messages.length > 0 || !!persona.talkTrack;
  const jumps = [
    hasSay && { id: ids.say, label: 'Say' },
    objections.length > 0 && { id: ids.objections, label: 'Objections' },
    { id: ids.questions, label: 'Ask' },
    { id: ids.assets, label: 'Proof' },
    { id: ids.background, label: 'Background' },
  ].filter((j): j is { id: string; label: string } => !!j);

  return (
    <article className={`pm-persona pm-persona--${persona.kind}`} aria-label={`Persona: ${persona.name}`}>
      <header className="pm-persona__head">
        <Heading level={level} className="pm-persona__name">
          {persona.name}
        </Heading>
        <div className="pm-meta">
          <KindBadge kind={persona.kind} />
          {persona.role && <span className="pm-badge pm-badge--role">Buying role: {humanize(persona.role)}</span>}
          <span className="pm-pack-name">{pack.name}</span>
          <DemoLabel demo={pack.demo} />
        </div>
        {persona.kind === 'negative' && (
          <p className="pm-notfit">
            <strong>Not a fit.</strong> This contact is probably not a buyer; keep it short.
          </p>
        )}
        {persona.summary && <p className="pm-summary">{persona.summary}</p>}
      </header>

      <StageSelect stages={packStages(pack)} value={stage} onChange={onStageChange} />
      <JumpNav targets={jumps} />

      {focusedAsset && (
        <Section title="Selected asset" level={sub}>
          <AssetActions asset={focusedAsset} packId={pack.id} />
        </Section>
      )}

      {hasSay && (
        <Section title="What to say" level={sub} id={ids.say}>
          {messages.length > 0 && (
            <ul className="pm-messages" aria-label="Key messages">
              {messages.map((m, i) => (
                <li key={i}>
                  <p>{m.text}</p>
                  {m.cta && (
                    <p className="pm-cta">
                      <span className="pm-cta__label">Ask:</span> {m.cta}
                    </p>
                  )}
                  {stage === ALL_STAGES && <span className="pm-badge pm-badge--stage">{capitalize(humanize(m.stage))}</span>}
                </li>
              ))}
            </ul>
          )}
          {persona.talkTrack && (
            <div className="pm-talktrack">
              <Heading level={(sub + 1) as Level}>Talk track</Heading>
              <p>{persona.talkTrack}</p>
            </div>
          )}
        </Section>
      )}

      {objections.length > 0 && (
        <Section title="Objections" level={sub} id={ids.objections}>
          <ul className="pm-objections" aria-label="Objections">
            {objections.map((o) => (
              <ObjectionItem
                key={o.id}
                level={(sub + 1) as Level}
                objection={o}
                packId={pack.id}
                focused={focus?.objectionId === o.id}
                stageLabel={o.stage ? capitalize(humanize(o.stage)) : undefined}
                proof={(o.proof ?? []).map((id) => assetsById.get(id)).filter((a): a is Asset => !!a)}
              />
            ))}
          </ul>
        </Section>
      )}

      <Section title="Discovery questions" level={sub} id={ids.questions}>
        {questions.length > 0 ? (
          <ol className="pm-questions" aria-label="Discovery questions">
            {questions.map((q) => (
              <QuestionItem key={q.index} text={q.text} purpose={q.purpose} stage={stage === ALL_STAGES ? q.stage : undefined} focused={focus?.questionIndex === q.index} />
            ))}
          </ol>
        ) : (
          <p className="pm-empty">No questions for this stage.</p>
        )}
      </Section>

      <Section title="Proof assets" level={sub} id={ids.assets}>
        {ranked.length > 0 ? (
          <ul className="pm-assets" aria-label="Proof assets">
            {ranked.map(({ asset, why, recommended }) => (
              <li key={asset.id} className={recommended ? 'pm-recommended' : undefined}>
                <AssetActions asset={asset} packId={pack.id} note={why} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="pm-empty">No assets for this stage.</p>
        )}
      </Section>

      <Section title="Background" level={sub} className="pm-background" id={ids.background}>
        <InsightList title="Goals" items={persona.goals} level={(sub + 1) as Level} />
        <InsightList title="Metrics" items={persona.metrics} level={(sub + 1) as Level} />
        <InsightList title="Pain points" items={persona.painPoints} level={(sub + 1) as Level} />
        <InsightList title="Triggers" items={persona.triggers} level={(sub + 1) as Level} />
        <InsightList title="Decision criteria" items={persona.decisionCriteria} level={(sub + 1) as Level} />
        {persona.channels?.length ? (
          <div className="pm-insights">
            <Heading level={(sub + 1) as Level}>Channels</Heading>
            <ul className="pm-chips">
              {persona.channels.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </Section>
    </article>
  );
}
