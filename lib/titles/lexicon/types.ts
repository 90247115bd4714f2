/**
 * The shape of one language's lexicon. Lexicons are data, not code: every phrase is written
 * the way people write it (accents, capitals, hyphens are fine) and goes through the same
 * normalisation as titles and pack phrases when the engine starts (see ../lexicon.ts).
 */
import type { FunctionId, Level } from '../../pack/schema';

/** `none` marks a phrase that must not count as any function (traps: "security guard"). */
export type FunctionOrNone = FunctionId | 'none';

export interface AmbiguousSense {
  /** What the acronym stands for in this sense, in plain words: "chief security officer". */
  expansion: string;
  function: FunctionId | null;
  level: Level | null;
}

export interface LexiconTable {
  lang: 'en' | 'fr' | 'de' | 'es' | 'pt' | 'nl' | 'it' | 'sv';
  /** Words dropped before matching ("of", "de", "für"). */
  stopwords?: string[];
  /** Credentials and decorations removed from titles (CISSP, MBA, PhD). */
  noise?: string[];
  /** One token written another way → its canonical token(s): feminine forms, spellings, abbreviations. */
  variants?: Record<string, string>;
  /** Abbreviations and acronyms with a single meaning: "vp" → "vice president". */
  abbreviations?: Record<string, string>;
  /** Acronyms with several meanings; the rest of the title decides, or they stay ambiguous. */
  ambiguous?: Record<string, AmbiguousSense[]>;
  /** Function words and phrases (weight 2). */
  functions?: Partial<Record<FunctionOrNone, string[]>>;
  /** Domain and industry words that only colour a title (weight 1): "healthcare", "cloud". */
  domains?: Partial<Record<FunctionOrNone, string[]>>;
  /** Specific role nouns: a person who does this job (weight 3, and they make a text a role). */
  roles?: Partial<Record<FunctionOrNone, string[]>>;
  /** Generic role nouns whose function is only a default (weight 1): engineer, analyst. */
  genericRoles?: Partial<Record<FunctionOrNone, string[]>>;
  /** Job-seeking status ("open to work", "auf Jobsuche"): a headline segment of its own, never the role. */
  statusPhrases?: string[];
  /** Employers whose name tells the function when the title does not ("Associate at McKinsey"). */
  employers?: Partial<Record<FunctionOrNone, string[]>>;
  /** Things people put in headlines that are not a job (speaker, author, "ex-"): a segment with them is a poor role. */
  decorations?: string[];
  /** Words that set the level of a role and name it ("director", "Leiter", "head of"). */
  levels?: Partial<Record<Level, string[]>>;
  /** Words that only adjust a role without naming one ("senior", "junior"). */
  levelModifiers?: Partial<Record<Level, string[]>>;
  /** Nouns after a function word that make it a domain, not the job: "Security *Solutions*". */
  domainNouns?: string[];
  /** Words that introduce the employer: "at", "chez", "bei". Must be followed by a capital or digit unless `@`. */
  companyMarkers?: string[];
  /** Role nouns for assistants: after them, `qualifierConnectors` introduce the person assisted. */
  assistantNouns?: string[];
  qualifierConnectors?: string[];
  /** Extra word parts for splitting German and Dutch compounds (beyond the words above). */
  compoundParts?: string[];
  /** Words that look like compounds but are not split: Swedish "Internrevisor" is an internal auditor, not an intern. */
  wholeWords?: string[];
  /** More of the groups above in compact text, one line per group (./vocabulary.ts). */
  vocabulary?: string;
}
