/** A small pack and matched contacts for panel tests (the demo pack is used where it fits). */
import { PackSchema, type Pack, type PackInput } from '../../../lib/pack/schema';
import type { MatchedContact, TabState } from '../../../lib/contracts/tab-state';
import type { MatchCandidate, MatchResult } from '../../../lib/titles/types';

export const testPackInput: PackInput = {
  format: 'persona-pack@1',
  id: 'acme-test',
  name: 'Acme test pack',
  version: '1.0.0',
  publishedAt: '2026-01-15T09:00:00Z',
  personas: [
    {
      id: 'security-gatekeeper',
      name: 'Security Gatekeeper',
      summary: 'Owns the risk register.',
      role: 'gatekeeper',
      match: { titles: ['ciso'] },
      goals: [{ text: 'Pass audits without pulling engineers', evidence: 'confirmed', source: 'Interviews' }, 'One view of risk'],
      metrics: [{ text: 'Mean time to remediate', evidence: 'likely' }],
      painPoints: [{ text: 'Alert fatigue', evidence: 'hypothesis' }],
      triggers: ['A failed audit'],
      decisionCriteria: ['Read-only access'],
      channels: ['Peer referrals', 'Security podcasts'],
      talkTrack: 'Open with the audit, not the product.',
      objections: [
        {
          id: 'too-expensive',
          text: 'We cannot afford another tool',
          response: 'Most teams pay for it with the audit prep they no longer do.',
          proof: ['cs-acme', 'roi-calc'],
          evidence: 'confirmed',
        },
        { id: 'have-tool', text: 'We already have a scanner', response: 'We read its findings and rank them.', stage: 'evaluation' },
      ],
      questions: [
        { text: 'How long did your last audit take?', stage: 'awareness', purpose: 'Size the pain' },
        { text: 'Who signs off on new vendors?', stage: 'selection' },
        { text: 'What keeps you up at night?' },
      ],
      messages: [
        { stage: 'awareness', text: 'Audits without the scramble.', cta: 'Share your last audit timeline' },
        { stage: 'evaluation', text: 'Read-only in an afternoon.', cta: 'Book a 30-minute technical review' },
      ],
    },
    {
      id: 'economic-buyer',
      name: 'Economic Buyer',
      role: 'economic-buyer',
      match: { titles: ['cfo'] },
      objections: [{ id: 'no-budget', text: 'There is no budget this year', response: 'Start with the audit line item.' }],
    },
    {
      id: 'champion',
      name: 'Compliance Champion',
      role: 'champion',
      kind: 'secondary',
      match: { titles: ['compliance manager'] },
    },
    {
      id: 'student',
      name: 'Student or Recruiter',
      kind: 'negative',
      summary: 'Not a buyer.',
      match: { keywords: { any: ['student', 'recruiter'] } },
      talkTrack: 'Be kind and brief.',
    },
  ],
  assets: [
    {
      id: 'cs-acme',
      title: 'How Acme cut audit prep by 60%',
      type: 'case-study',
      url: 'https://example.com/acme',
      stages: ['awareness', 'consideration'],
      personas: ['security-gatekeeper'],
    },
    { id: 'roi-calc', title: 'ROI calculator', type: 'roi-calculator', url: 'https://example.com/roi', stages: ['evaluation'] },
    { id: 'soc2', title: 'SOC 2 report', type: 'security-doc', url: 'https://example.com/soc2', stages: ['evaluation'], personas: ['security-gatekeeper'] },
    { id: 'cfo-brief', title: 'Finance brief', type: 'one-pager', url: 'https://example.com/cfo', personas: ['economic-buyer'] },
  ],
};

export const testPack: Pack = PackSchema.parse(testPackInput);

export function matchResult(persona: string | null, overrides: Partial<MatchResult> = {}, pack = 'acme-test'): MatchResult {
  return {
    input: 'Chief Information Security Officer at Initech',
    analysis: {
      input: 'Chief Information Security Officer at Initech',
      title: 'Chief Information Security Officer',
      company: 'Initech',
      function: 'security',
      functions: ['security'],
      seniority: 'cxo',
      ambiguous: [],
    },
    persona,
    pack: persona ? pack : null,
    kind: persona ? 'primary' : null,
    score: persona ? 100 : 0,
    reasons: persona ? [{ code: 'title-phrase', phrase: 'CISO' }] : [{ code: 'no-match' }, { code: 'reads-as', fn: null, level: null }, { code: 'no-phrase' }],
    alternatives: [],
    ...overrides,
  };
}

/** A runner-up matched by the keyword `phrase`. */
export function alternative(persona: string, score: number, phrase: string, pack = 'acme-test'): MatchCandidate {
  return { persona, pack, kind: 'primary', score, reasons: [{ code: 'keyword', phrase }] };
}

export function contact(key: string, name: string, title: string, company: string | null, match: MatchResult): MatchedContact {
  const field = (value: string) => ({ value, source: 'structure' as const, confidence: 0.9 });
  return {
    contact: {
      adapter: 'linkedin-profile',
      key,
      name: field(name),
      title: field(title),
      company: company ? field(company) : null,
      profileUrl: field(key),
    },
    match: { ...match, input: title },
  };
}

export function profileState(item: MatchedContact, tabId = 7): TabState {
  return { tabId, url: 'https://www.linkedin.com/in/jane/', pageKind: 'profile', contacts: [item], updatedAt: 1 };
}

export function listState(items: MatchedContact[], tabId = 7): TabState {
  return { tabId, url: 'https://www.linkedin.com/search/results/people/?keywords=security', pageKind: 'list', contacts: items, updatedAt: 1 };
}

export const jane = () => contact('https://www.linkedin.com/in/jane/', 'Jane Doe', 'CISO at Initech', 'Initech', matchResult('security-gatekeeper'));
