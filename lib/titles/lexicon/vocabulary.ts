/**
 * The compact text form of a language's vocabulary (the bulk of the lexicon: role nouns,
 * function and department words, their inflected and gendered forms). One line per group:
 *
 *   roles.purchasing: buyer, senior buyer, Einkäufer(in), category manager
 *   levels.head: head of, Leiter(in)
 *   decorations: mentor, keynote speaker
 *   variants: einkauferin=einkaufer, mgr=manager
 *
 * `group.key` names a LexiconTable field and its FunctionId or Level; groups without keys are
 * plain lists. Items are comma-separated and written as people write them (accents, capitals,
 * hyphens: the tokenizer normalises them). A trailing "(x)" adds the form with x appended
 * ("Leiter(in)" is Leiter and Leiterin), the usual way German and others write both genders.
 * Blank lines and lines starting with # are ignored. Plain text keeps the worker bundle small:
 * no quotes or brackets per word, and gzip sees the same words over and over.
 */
import { FUNCTION_IDS, LEVELS } from '../../pack/vocabulary';
import type { FunctionOrNone, LexiconTable } from './types';

const KEYED = ['functions', 'domains', 'roles', 'genericRoles', 'employers', 'levels', 'levelModifiers'] as const;
const PLAIN = [
  'stopwords',
  'noise',
  'decorations',
  'domainNouns',
  'compoundParts',
  'statusPhrases',
  'assistantNouns',
  'qualifierConnectors',
  'companyMarkers',
] as const;
type KeyedGroup = (typeof KEYED)[number];
type PlainGroup = (typeof PLAIN)[number];

const FUNCTION_KEYS = new Set<string>([...FUNCTION_IDS, 'none'] satisfies FunctionOrNone[]);
const LEVEL_KEYS = new Set<string>(LEVELS);

/** "Leiter(in)" → Leiter, Leiterin; anything else as written. */
export function expandForms(item: string): string[] {
  const m = /^(.*\S)\(([^()\s]+)\)$/.exec(item);
  return m ? [m[1]!, m[1]! + m[2]!] : [item];
}

/**
 * Parses vocabulary text (see above) into table fields. A line that names no known group or
 * key, or has no colon, is an error naming the language and line: a typo in the data must not
 * silently drop words.
 */
export function parseVocabulary(lang: string, text: string): Partial<LexiconTable> {
  const out: Record<string, unknown> = {};
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `lexicon ${lang}, vocabulary line ${index + 1}`;
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`${where}: expected "group: items" but found "${line}"`);
    const [group, key, extra] = line.slice(0, colon).trim().split('.');
    const items = line
      .slice(colon + 1)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (group === 'variants' || group === 'abbreviations') {
      const map = (out[group] ??= {}) as Record<string, string>;
      for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0) throw new Error(`${where}: ${group} need "from=to" but found "${item}"`);
        map[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
      }
      return;
    }
    if ((KEYED as readonly string[]).includes(group!)) {
      const keys = group === 'levels' || group === 'levelModifiers' ? LEVEL_KEYS : FUNCTION_KEYS;
      if (!key || extra !== undefined || !keys.has(key))
        throw new Error(`${where}: "${group}" needs one of ${[...keys].join(', ')} after the dot, found "${key ?? ''}"`);
      const byKey = (out[group as KeyedGroup] ??= {}) as Record<string, string[]>;
      (byKey[key] ??= []).push(...items.flatMap(expandForms));
      return;
    }
    if ((PLAIN as readonly string[]).includes(group!) && key === undefined) {
      ((out[group as PlainGroup] ??= []) as string[]).push(...items.flatMap(expandForms));
      return;
    }
    throw new Error(`${where}: unknown group "${line.slice(0, colon).trim()}"`);
  });
  return out as Partial<LexiconTable>;
}

/** A table with its vocabulary text merged into its fields (the text's words come after the table's own). */
export function withVocabulary(table: LexiconTable): LexiconTable {
  if (!table.vocabulary) return table;
  const extra = parseVocabulary(table.lang, table.vocabulary);
  const merged: Record<string, unknown> = { ...table };
  for (const [field, value] of Object.entries(extra)) {
    const own = merged[field];
    if (Array.isArray(value)) merged[field] = [...((own as string[] | undefined) ?? []), ...value];
    else if (field === 'variants' || field === 'abbreviations')
      merged[field] = { ...(value as Record<string, string>), ...((own as Record<string, string> | undefined) ?? {}) };
    else {
      const byKey: Record<string, string[]> = { ...((own as Record<string, string[]> | undefined) ?? {}) };
      for (const [key, list] of Object.entries(value as Record<string, string[]>)) byKey[key] = [...(byKey[key] ?? []), ...list];
      merged[field] = byKey;
    }
  }
  delete merged.vocabulary;
  return merged as unknown as LexiconTable;
}
