/**
 * Page furniture: the text LinkedIn and Sales Navigator put around a person that is never the
 * person's name or title, wherever it sits (presence dots, degree badges, action buttons,
 * promos, rail headings). Real pages hide some of it visually and leave it in the DOM, so a
 * link or line read as a fallback can come out as "Status is offline" (issue 13).
 * Used by every LinkedIn and Sales Navigator adapter, for names and titles alike.
 */

/** The presence dot on a profile photo: visually hidden text, one per photo. */
const PRESENCE = /^(?:status is \w+(?: \w+)?|(?:online|offline|reachable|away|busy|active now|mobile)(?: status)?|active \d+\s*\w* ago)$/i;
/** "• 2nd", "3rd+", "2nd degree connection", "1st degree". */
const DEGREE = /^(?:[•·]\s*)?(?:1st|2nd|3rd\+?|\d+(?:st|nd|rd|th)\+?)(?:\s+degree(?:\s+connection)?)?$/i;
/** Buttons and links of a card or top card. */
const ACTIONS =
  /^(?:connect|message|follow|following|unfollow|pending|send inmail|inmail|save|saved|save to list|saved to list|view profile|view full profile|invite|withdraw|remove|more|more actions|ignore|accept|dismiss|hide|share|share profile|open to|open to work|hiring|provide services|add profile section|enhance profile|resources|see all|show all|show more|show less|contact info|visit website|view in sales navigator|add to list|add note|unsave|more options|close|verified|premium member)$/i;
/** Upsells, ads and rail headings. */
const PROMOS =
  /^(?:premium|try premium\b.*|reactivate premium\b.*|retry premium\b.*|try (?:sales navigator|recruiter)\b.*|search with recruiter\b.*|.*\bwith (?:premium|recruiter(?: lite)?|sales navigator)\b.*|unlock\b.*\bpremium\b.*|promoted|sponsored|ad|ad options|people also viewed|people you may know|more profiles for you|explore premium profiles|others named .*|people similar to .*|you might like|who your viewers also viewed|similar leads|also viewed|recently viewed|linkedin member)$/i;

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
  return remembered(furnitureCache, line, () => PRESENCE.test(line) || DEGREE.test(line) || ACTIONS.test(line) || PROMOS.test(line));
}

/** The lines of a card (cleaned, as readCard gives them) that are about the person: furniture dropped. */
export const personLines = (lines: readonly string[]): string[] => lines.filter((line) => !isFurnitureLine(line));

/** Labels that carry a name: "View Jane Doe’s profile", "Invite Jane Doe to connect", "Message Jane Doe", "Follow Jane Doe". */
const NAME_IN_LABEL = [
  /^View (.+?)(?:[’']s|[’'])\s+(?:full\s+)?profile\.?$/i,
  /^Invite (.+?) to connect$/i,
  /^(?:Send a message to|Message|Follow|Unfollow|Save|Remove) (.+?)$/i,
  /^(.+?)(?:[’']s)? (?:profile (?:photo|picture)|photo)$/i,
];
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
  const glued = TRAILING_VIEW_LABEL.exec(value);
  if (glued && (!glued[1] || glued[1] === glued[2])) value = glued[2]!;
  if (label) {
    for (const pattern of NAME_IN_LABEL) {
      const match = pattern.exec(value);
      if (match) {
        value = match[1]!.trim();
        break;
      }
    }
  }
  value = value.replace(ALT_SUFFIX, '').trim();
  // A name is short and has no sentence in it; a whole card's text glued together is not one.
  if (!value || value.length > 80 || isFurniture(value)) return null;
  return value;
}

/** A title or headline as read from one element; null for furniture. */
export function titleFrom(text: string | null | undefined): string | null {
  const value = collapse(text ?? '');
  return value && !isFurniture(value) ? value : null;
}
