/** What the rules engine returns: shared by the CLI, the background and the side panel. */
import type { FunctionId, Level, Persona } from '../pack/schema';
import type { Reason } from './reasons';

export interface TitleAnalysis {
  input: string;
  /** The role part, cleaned: "VP, Information Security | CISSP | Speaker" → "VP, Information Security". */
  title: string;
  company: string | null;
  /** The primary function, or null. */
  function: FunctionId | null;
  /** Every function found, primary first. */
  functions: FunctionId[];
  /** null when the input holds no role at all. */
  seniority: Level | null;
  /** Acronyms left ambiguous ("CSO: chief security or chief sales officer"), for the reasons shown. */
  ambiguous: string[];
  /** Words after the role that name someone else: "to the CFO" in "Assistant to the CFO". */
  qualifier?: string;
  /** Ambiguous acronyms the rest of the title decided, and how. */
  resolved?: string[];
  /** Which headline segment was read as the role over which others, and which were past roles. */
  notes?: string[];
  /** The phrases that decided the function and the seniority (normalised words). */
  evidence?: { function?: string; seniority?: string };
}

export interface MatchCandidate {
  persona: string;
  /** Pack the persona comes from (several packs may be installed). */
  pack: string;
  kind: Persona['kind'];
  score: number;
  /** What a seller or admin can act on: which phrase, function or level decided (say them with ./reasons.ts). */
  reasons: Reason[];
}

export interface MatchResult {
  input: string;
  analysis: TitleAnalysis;
  persona: string | null;
  pack: string | null;
  kind: Persona['kind'] | null;
  score: number;
  reasons: Reason[];
  /** Runners-up, best first. */
  alternatives: MatchCandidate[];
}
