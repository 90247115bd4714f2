/**
 * Why a title matched a persona (lib/titles/reasons.ts), as "Why this persona" in the side panel
 * says it: in the UI language from locales/*.yml, with personas by the names their pack gives
 * them (the CLI names them by id). Here rather than in lib/, which stays free of extension APIs; the CLI says the same
 * reasons in English (englishReasonWords).
 */
import { i18n } from '#i18n';
import type { FunctionId, Level } from '@/lib/pack/vocabulary';
import type { AcronymSense, Reason, ReasonWords, TieBreak } from '@/lib/titles/reasons';
import { sayReason } from '@/lib/titles/reasons';

/** The vocabulary's names in the UI language (a record, so a new function or level fails the type check until named). */
const FUNCTION_NAMES: Record<FunctionId, () => string> = {
  'general-management': () => i18n.t('reason.fn.generalManagement'),
  finance: () => i18n.t('reason.fn.finance'),
  'information-technology': () => i18n.t('reason.fn.informationTechnology'),
  security: () => i18n.t('reason.fn.security'),
  engineering: () => i18n.t('reason.fn.engineering'),
  data: () => i18n.t('reason.fn.data'),
  product: () => i18n.t('reason.fn.product'),
  design: () => i18n.t('reason.fn.design'),
  marketing: () => i18n.t('reason.fn.marketing'),
  sales: () => i18n.t('reason.fn.sales'),
  'business-development': () => i18n.t('reason.fn.businessDevelopment'),
  'customer-success': () => i18n.t('reason.fn.customerSuccess'),
  operations: () => i18n.t('reason.fn.operations'),
  purchasing: () => i18n.t('reason.fn.purchasing'),
  'human-resources': () => i18n.t('reason.fn.humanResources'),
  legal: () => i18n.t('reason.fn.legal'),
  compliance: () => i18n.t('reason.fn.compliance'),
  'project-management': () => i18n.t('reason.fn.projectManagement'),
  consulting: () => i18n.t('reason.fn.consulting'),
  administrative: () => i18n.t('reason.fn.administrative'),
  research: () => i18n.t('reason.fn.research'),
  education: () => i18n.t('reason.fn.education'),
  healthcare: () => i18n.t('reason.fn.healthcare'),
};
const LEVEL_NAMES: Record<Level, () => string> = {
  intern: () => i18n.t('reason.level.intern'),
  entry: () => i18n.t('reason.level.entry'),
  professional: () => i18n.t('reason.level.professional'),
  senior: () => i18n.t('reason.level.senior'),
  lead: () => i18n.t('reason.level.lead'),
  manager: () => i18n.t('reason.level.manager'),
  director: () => i18n.t('reason.level.director'),
  head: () => i18n.t('reason.level.head'),
  vp: () => i18n.t('reason.level.vp'),
  cxo: () => i18n.t('reason.level.cxo'),
  owner: () => i18n.t('reason.level.owner'),
};
const fnName = (fn: FunctionId) => FUNCTION_NAMES[fn]();
const levelName = (level: Level) => LEVEL_NAMES[level]();
const quoted = (phrase: string) => i18n.t('reason.quoted', { phrase });
/** Lists inside a reason: a comma reads as a list in every UI language. */
const list = (items: readonly string[]) => items.join(', ');

/**
 * The functions an acronym's senses name, each once ("security or sales"). The expansions are the
 * lexicon's ("chief security officer"): what the acronym spells, shown as it is.
 */
function senseFunctions(senses: readonly AcronymSense[]): string {
  const names = [...new Set(senses.map((s) => s.fn))].map((fn) => (fn ? fnName(fn) : i18n.t('reason.readsNoFunction')));
  return names.reduce((first, second) => i18n.t('reason.either', { first, second }));
}

function tieBreak(by: TieBreak): string {
  switch (by.rule) {
    case 'priority':
      return i18n.t('reason.byPriority', { winner: String(by.winner), loser: String(by.loser) });
    case 'strong':
      return i18n.t('reason.byStrong');
    case 'words':
      return i18n.t('reason.byWords', { winner: String(by.winner), loser: String(by.loser) });
    case 'conditions':
      return i18n.t('reason.byConditions', { winner: String(by.winner), loser: String(by.loser) });
    case 'order':
      return i18n.t('reason.byOrder');
  }
}

function fnWithSource(fn: FunctionId, from: string | undefined): string {
  return from ? i18n.t('reason.functionFrom', { fn: fnName(fn), phrase: quoted(from) }) : i18n.t('reason.function', { fn: fnName(fn) });
}

export function reasonWords(): ReasonWords {
  const range = (r: { min: Level; max: Level }) => ({ min: levelName(r.min), max: levelName(r.max) });
  return {
    'title-phrase': (r) => i18n.t('reason.titlePhrase', { phrase: quoted(r.phrase) }),
    keyword: (r) => i18n.t('reason.keyword', { phrase: quoted(r.phrase) }),
    'all-keywords': (r) => i18n.t('reason.allKeywords', { phrases: list(r.phrases.map(quoted)) }),
    function: (r) => fnWithSource(r.fn, r.from),
    'function-overridden': (r) =>
      i18n.t('reason.functionOverridden', { fn: r.fn ? fnName(r.fn) : i18n.t('reason.functionUnknown'), allowed: list(r.allowed.map(fnName)) }),
    'seniority-within': (r) => i18n.t('reason.seniorityWithin', { level: levelName(r.level), ...range(r) }),
    priority: (r) => i18n.t('reason.priority', { priority: String(r.priority) }),
    negative: () => i18n.t('reason.negative'),
    excluded: (r) => i18n.t('reason.excluded', { phrase: quoted(r.phrase) }),
    'seniority-outside': (r) => i18n.t('reason.seniorityOutside', { level: levelName(r.level), ...range(r) }),
    'no-seniority': (r) => i18n.t('reason.noSeniority', range(r)),
    'function-not-listed': (r) =>
      r.from
        ? i18n.t('reason.functionNotListedFrom', { fn: fnName(r.fn), phrase: quoted(r.from), allowed: list(r.allowed.map(fnName)) })
        : i18n.t('reason.functionNotListed', { fn: fnName(r.fn), allowed: list(r.allowed.map(fnName)) }),
    'no-function': (r) => i18n.t('reason.noFunction', { allowed: list(r.allowed.map(fnName)) }),
    'no-keyword': (r) => i18n.t('reason.noKeyword', r.listed),
    'missing-keywords': (r) => i18n.t(r.phrases.length > 1 ? 'reason.missingKeywords' : 'reason.missingKeyword', { phrases: list(r.phrases.map(quoted)) }),
    'chosen-over': (r) => i18n.t('reason.chosenOver', { persona: r.name, by: tieBreak(r.by) }),
    'no-match': () => i18n.t('reason.noMatch'),
    'reads-as': (r) =>
      i18n.t('reason.readsAs', {
        fn: r.fn ? fnWithSource(r.fn, r.fnFrom) : i18n.t('reason.readsNoFunction'),
        level: r.level
          ? r.levelFrom
            ? i18n.t('reason.readsLevelFrom', { level: levelName(r.level), phrase: quoted(r.levelFrom) })
            : i18n.t('reason.readsLevel', { level: levelName(r.level) })
          : i18n.t('reason.readsNoLevel'),
      }),
    qualifier: (r) => i18n.t('reason.qualifier', { phrase: quoted(r.text) }),
    closest: (r, say) =>
      r.reasons.length
        ? i18n.t('reason.closest', { persona: r.name, reasons: r.reasons.map(say).join(i18n.t('panel.listSeparator')) })
        : i18n.t('reason.closestNoRule', { persona: r.name }),
    'no-persona-for-function': (r) => i18n.t('reason.noPersonaForFunction', { fn: fnName(r.fn) }),
    'no-phrase': () => i18n.t('reason.noPhrase'),
    'acronym-ambiguous': (r) => {
      const senses = { acronym: quoted(r.acronym), functions: senseFunctions(r.senses), expansions: list(r.senses.map((s) => s.expansion)) };
      return r.usual === undefined ? i18n.t('reason.acronymAmbiguous', senses) : i18n.t('reason.acronymAmbiguousUsual', { ...senses, expansion: r.usual });
    },
    'acronym-resolved': (r) =>
      i18n.t(r.elsewhere ? 'reason.acronymResolvedElsewhere' : 'reason.acronymResolved', {
        acronym: quoted(r.acronym),
        expansion: r.expansion,
        phrase: quoted(r.phrase),
      }),
    'past-role': (r) => i18n.t('reason.pastRole', { segment: quoted(r.segment) }),
    'role-segment': (r) => i18n.t(r.tie ? 'reason.roleSegmentTie' : 'reason.roleSegment', { segment: quoted(r.segment), others: list(r.over.map(quoted)) }),
  };
}

/**
 * A reason for the panel. A reason kept in session storage by an earlier version is shown as its
 * English text: a sentence from before reasons had codes, or a code since retired that carried
 * its text (the analysis's notes were `{ code: 'note', text }`).
 */
export function sayReasonIn(reason: Reason | string, words: ReasonWords): string {
  if (typeof reason === 'string') return reason;
  if (!Object.hasOwn(words, reason.code)) return 'text' in reason && typeof reason.text === 'string' ? reason.text : '';
  return sayReason(reason, words);
}
