/**
 * Whether a CSS selector from a pack (`adapterPatches`) is one `querySelectorAll` accepts, checked
 * without a DOM: the service worker that validates synced packs has none. css-what parses; the
 * checks below refuse what it lets through and browsers do not (a dangling combinator, jQuery's
 * `:contains`, pseudo-elements, which never match an element).
 */
import { parse, type Selector } from 'css-what';

/** Pseudo-classes Chromium, Firefox and linkedom (`persona-map detect`) all understand. */
const PSEUDO_CLASSES = new Set([
  'not',
  'is',
  'where',
  'has',
  'first-child',
  'last-child',
  'only-child',
  'first-of-type',
  'last-of-type',
  'only-of-type',
  'nth-child',
  'nth-last-child',
  'nth-of-type',
  'nth-last-of-type',
  'empty',
  'root',
  'checked',
  'disabled',
  'enabled',
  'link',
  'any-link',
  'required',
  'optional',
  'read-only',
  'read-write',
  'scope',
  'lang',
  'defined',
  'focus',
  'hover',
  'active',
  'visited',
]);
const COMBINATORS = new Set(['child', 'descendant', 'adjacent', 'sibling']);
const IDENTIFIER = /^(?:--|-?(?:[A-Za-z_]|[^\x00-\x7f]|\\.))(?:[\w-]|[^\x00-\x7f]|\\.)*$/;

/** null when the selector is fine, otherwise why not, in words an admin can act on. */
export function selectorProblem(selector: string): string | null {
  let parsed: Selector[][];
  try {
    parsed = parse(selector);
  } catch (error) {
    return `is not a valid CSS selector (${error instanceof Error ? error.message : String(error)})`;
  }
  if (parsed.length === 0) return 'is empty; give a CSS selector such as "main h1"';
  for (const compound of parsed) {
    const problem = compoundProblem(compound);
    if (problem) return problem;
  }
  // Ids and classes must be CSS identifiers: css-what accepts "#1a", browsers throw.
  for (const [, sigil, name] of selector.replace(/\[[^\]]*\]|"[^"]*"|'[^']*'/g, '').matchAll(/([#.])((?:\\.|[^\s#.:[\]>+~,()*|])+)/g))
    if (!IDENTIFIER.test(name!)) return `is not a valid CSS selector ("${sigil}${name}" is not a valid ${sigil === '#' ? 'id' : 'class'} name)`;
  return null;
}

function compoundProblem(tokens: Selector[]): string | null {
  if (tokens.length === 0) return 'has an empty part between commas';
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  if (COMBINATORS.has(first.type) && first.type !== 'descendant')
    return `starts with a combinator ("${combinatorText(first.type)}"); start with the element to find`;
  if (COMBINATORS.has(last.type) && last.type !== 'descendant')
    return `ends with a combinator ("${combinatorText(last.type)}"); say which element comes after it`;
  for (const token of tokens) {
    if (token.type === 'pseudo-element') return `uses the pseudo-element "::${token.name}", which never matches an element`;
    if (token.type === 'parent' || token.type === 'column-combinator') return 'uses a combinator browsers do not know';
    if (token.type === 'pseudo') {
      if (!PSEUDO_CLASSES.has(token.name))
        return `uses ":${token.name}", which browsers do not support${token.name === 'contains' ? ' (it comes from jQuery)' : ''}`;
      if (Array.isArray(token.data)) {
        // :has() takes relative selectors (`:has(> b)`); the others take plain ones.
        for (const inner of token.data) {
          const problem = compoundProblem(token.name === 'has' && COMBINATORS.has(inner[0]?.type ?? '') ? inner.slice(1) : inner);
          if (problem) return problem;
        }
      }
    }
  }
  return null;
}

const combinatorText = (type: string) => ({ child: '>', adjacent: '+', sibling: '~' })[type] ?? type;
