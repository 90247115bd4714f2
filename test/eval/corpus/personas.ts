/**
 * The persona a title should get from test/eval/eval-pack.json, decided from its labels
 * (function, seniority) and what kind of person it names: the pack's rules restated by hand,
 * never by running the engine. Used by the corpus generators (./generate.ts).
 */
import { levelRank, type FunctionId, type Level } from '../../../lib/pack/schema';

export interface PersonaFlags {
  /** Students, recruiters, physical guards, job seekers: the pack's negative persona. */
  notBuyer?: boolean;
  /** Account managers and executives, which sales-leader excludes. */
  account?: boolean;
}

const within = (level: Level, min: Level, max: Level = 'owner') => levelRank(level) >= levelRank(min) && levelRank(level) <= levelRank(max);

export function personaFor(fn: FunctionId | null, level: Level | null, flags: PersonaFlags = {}): string | null {
  if (flags.notBuyer || level === 'intern') return 'not-a-buyer';
  if (!fn || !level) return null;
  switch (fn) {
    case 'security':
      if (within(level, 'manager', 'cxo')) return 'security-leader';
      return within(level, 'intern', 'lead') ? 'security-practitioner' : null;
    case 'information-technology':
      return within(level, 'manager', 'cxo') ? 'it-leader' : null;
    case 'engineering':
      return within(level, 'manager') ? 'engineering-leader' : null;
    case 'finance':
      return within(level, 'director') ? 'finance-leader' : null;
    case 'purchasing':
      return within(level, 'entry') ? 'procurement' : null;
    case 'compliance':
      return within(level, 'professional') ? 'compliance-champion' : null;
    case 'sales':
      return !flags.account && within(level, 'manager', 'cxo') ? 'sales-leader' : null;
    case 'human-resources':
      return within(level, 'manager', 'cxo') ? 'hr-leader' : null;
    case 'general-management':
      return within(level, 'cxo') ? 'executive' : null;
    default:
      return null;
  }
}
