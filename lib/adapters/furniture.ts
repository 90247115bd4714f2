/**
 * Page furniture: the text LinkedIn and Sales Navigator put around a person that is never the
 * person's name or title, wherever it sits (presence dots, degree badges, action buttons,
 * promos, rail headings). Real pages hide some of it visually and leave it in the DOM, so a
 * link or line read as a fallback can come out as "Status is offline" (issue 13).
 * Used by every LinkedIn and Sales Navigator adapter, for names and titles alike.
 */

/**
 * The furniture that is a whole line of fixed words, any case: presence dots ("Online", "Away
 * status"), buttons and links of a card or top card, rail headings and ads. One lookup in a Set
 * of lowercase lines, where one alternation of them all was a large regular expression compiled
 * on every page's first read.
 */
const FURNITURE_LINES = new Set([
  // Presence dots, alone or with " status".
  ...['online', 'offline', 'reachable', 'away', 'busy', 'active now', 'mobile'].flatMap((word) => [word, `${word} status`]),
  // Buttons and links.
  ...'connect|message|follow|following|unfollow|pending|send inmail|inmail|save|saved|save to list|saved to list|view profile|view full profile|invite|withdraw|remove|more|more actions|ignore|accept|dismiss|hide|share|share profile|open to|open to work|hiring|provide services|add profile section|enhance profile|resources|see all|show all|show more|show less|contact info|visit website|view in sales navigator|add to list|add note|unsave|more options|close|verified|premium member'.split(
    '|',
  ),
  // Upsells, ads and rail headings.
  ...'premium|promoted|sponsored|ad|ad options|people also viewed|people you may know|more profiles for you|explore premium profiles|you might like|who your viewers also viewed|similar leads|also viewed|recently viewed|linkedin member'.split(
    '|',
  ),
]);
/** The presence dot's other forms: "Status is offline", "Active 5 min ago". */
const PRESENCE = /^(?:status is \w+(?: \w+)?|active \d+\s*\w* ago)$/i;
/** "• 2nd", "3rd+", "2nd degree connection", "1st degree". */
const DEGREE = /^(?:[•·]\s*)?(?:1st|2nd|3rd\+?|\d+(?:st|nd|rd|th)\+?)(?:\s+degree(?:\s+connection)?)?$/i;
/** Upsells that go on: "Try Premium for $0", "Unlock your full potential with LinkedIn Premium", "Others named Jane Doe". */
const PROMOS =
  /^(?:try premium\b.*|reactivate premium\b.*|retry premium\b.*|try (?:sales navigator|recruiter)\b.*|search with recruiter\b.*|.*\bwith (?:premium|recruiter(?: lite)?|sales navigator)\b.*|unlock\b.*\bpremium\b.*|others named .*|people similar to .*)$/i;
/** Words every PROMOS line holds: a line without any is not tested against it. */
const PROMO_WORDS = ['premium', 'recruiter', 'sales navigator', 'others named ', 'people similar to '];

/** Whether `line` holds an ASCII digit: DEGREE needs one. */
function hasDigit(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Whether every character of `line` is ASCII: a case-insensitive match of an ASCII word needs it (toLowerCase turns the Kelvin sign into "k"). */
function isAscii(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The furniture test on one line. Each regular expression runs only on lines that hold the words
 * it needs, so most pages never compile them: a profile's names and headlines hold none.
 */
function furnitureTest(line: string): boolean {
  const lower = line.toLowerCase();
  if (FURNITURE_LINES.has(lower) && isAscii(line)) return true;
  if ((lower.startsWith('status is ') || lower.startsWith('active ')) && PRESENCE.test(line)) return true;
  if (hasDigit(line) && DEGREE.test(line)) return true;
  for (const word of PROMO_WORDS) if (lower.includes(word)) return PROMOS.test(line);
  return false;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The longest furniture there is ("Unlock your full potential with LinkedIn Premium"); longer text is about a person. */
const LONGEST_FURNITURE = 64;

/**
 * Remembered answers: a list page repeats the same short texts on every card ("• 2nd",
 * "Connect", locations, names read from several signals), and each is tested once.
 */
function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= 10_000) cache.clear();
  cache.set(key, value);
  return value;
}
const furnitureCache = new Map<string, boolean>();
const nameCache = new Map<string, string | null>();

/** True for text that is page furniture, never a name or a title. */
export function isFurniture(text: string | null | undefined): boolean {
  return isFurnitureLine(collapse(text ?? ''));
}

/** isFurniture for text already on one line without extra spaces (a card's lines). */
function isFurnitureLine(line: string): boolean {
  if (!line) return true;
  if (line.length > LONGEST_FURNITURE) return false;
  return remembered(furnitureCache, line, () => furnitureTest(line));
}

/** The lines of a card (cleaned, as readCard gives them) that are about the person: furniture dropped. */
export const personLines = (lines: readonly string[]): string[] => lines.filter((line) => !isFurnitureLine(line));

/**
 * Labels that carry a name: "View Jane Doe’s profile", "Invite Jane Doe to connect", "Message
 * Jane Doe", "Follow Jane Doe", "Jane Doe’s profile photo"; each tried only on a label that starts
 * (`starts`) or ends (`ends`) with its words, lowercase, so a plain name compiles none of them.
 */
const NAME_IN_LABEL: ReadonlyArray<{ starts?: readonly string[]; ends?: readonly string[]; pattern: RegExp }> = [
  { starts: ['view '], pattern: /^View (.+?)(?:[’']s|[’'])\s+(?:full\s+)?profile\.?$/i },
  { starts: ['invite '], pattern: /^Invite (.+?) to connect$/i },
  {
    starts: ['send a message to ', 'message ', 'follow ', 'unfollow ', 'save ', 'remove '],
    pattern: /^(?:Send a message to|Message|Follow|Unfollow|Save|Remove) (.+?)$/i,
  },
  { ends: ['photo', 'picture'], pattern: /^(.+?)(?:[’']s)? (?:profile (?:photo|picture)|photo)$/i },
];

/** Whether `lower` starts with one of `starts` or ends with one of `ends` (plain loops: this runs on every label read). */
function framedBy(lower: string, { starts = [], ends = [] }: { starts?: readonly string[]; ends?: readonly string[] }): boolean {
  for (const words of starts) if (lower.startsWith(words)) return true;
  for (const words of ends) if (lower.endsWith(words)) return true;
  return false;
}
/** What a photo's alt says besides the name: "Jane Doe, #OPEN_TO_WORK", "Jane Doe is open to work". */
const ALT_SUFFIX = /(?:,?\s*#?(?:open_to_work|hiring)\b.*|\s+is (?:open to work|hiring)\b.*)$/i;
/** A copy of the screen-reader label glued on: "Jane DoeView Jane Doe’s profile". */
const TRAILING_VIEW_LABEL = /^(.*?)\s*View (.+?)(?:[’']s|[’'])\s+profile$/i;

/**
 * A name as read from one signal (link text, photo alt, aria-label), with the label around it
 * taken off; null when what is left is furniture or cannot be a person's name.
 */
export function nameFrom(text: string | null | undefined, { label = false } = {}): string | null {
  if (!text) return null;
  return remembered(nameCache, (label ? 'L' : 'T') + text, () => readName(text, label));
}

function readName(text: string, label: boolean): string | null {
  let value = collapse(text);
  if (!value) return null;
  // Each pattern runs only on text holding its words (lowercase: the patterns ignore case).
  let lower = value.toLowerCase();
  const glued = lower.includes('view ') && lower.endsWith('profile') ? TRAILING_VIEW_LABEL.exec(value) : null;
  if (glued && (!glued[1] || glued[1] === glued[2])) {
    value = glued[2]!;
    lower = value.toLowerCase();
  }
  if (label) {
    for (const form of NAME_IN_LABEL) {
      const match = framedBy(lower, form) ? form.pattern.exec(value) : null;
      if (match) {
        value = match[1]!.trim();
        lower = value.toLowerCase();
        break;
      }
    }
  }
  if (lower.includes('open_to_work') || lower.includes('hiring') || lower.includes('open to work')) value = value.replace(ALT_SUFFIX, '');
  value = value.trim();
  // A name is short and has no sentence in it; a whole card's text glued together is not one.
  if (!value || value.length > 80 || isFurniture(value)) return null;
  return value;
}

/** A title or headline as read from one element; null for furniture. */
export function titleFrom(text: string | null | undefined): string | null {
  const value = collapse(text ?? '');
  return value && !isFurniture(value) ? value : null;
}
