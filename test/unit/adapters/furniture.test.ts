import { describe, expect, it } from 'vitest';
import { isFurniture, nameFrom, personLines, titleFrom } from '../../../lib/adapters/furniture';

describe('page furniture', () => {
  it.each([
    'Status is offline',
    'Status is reachable',
    'Status is online',
    '• 2nd',
    '· 3rd+',
    '3rd+',
    '1st degree connection',
    'Connect',
    'Message',
    'Follow',
    'Search with Recruiter',
    'Try Premium for $0',
    'Reactivate Premium: 50% Off',
    'Unlock your full potential with LinkedIn Premium',
    'Premium',
    'People also viewed',
    'People you may know',
    'Promoted',
    'LinkedIn Member',
    '',
  ])('%j is furniture', (text) => expect(isFurniture(text)).toBe(true));

  it.each([
    'Jane Doe',
    'Director of Procurement at Fourth Coffee',
    'Head of Premium Brands at Contoso',
    'Connect IT Manager',
    'Message Lab Lead',
    'Unlock your potential | Career Coach',
    'Ad Operations Manager',
  ])('%j is not furniture', (text) => expect(isFurniture(text)).toBe(false));

  it('takes the name out of the labels that carry one', () => {
    expect(nameFrom('View Jane Doe’s profile', { label: true })).toBe('Jane Doe');
    expect(nameFrom("View James' profile", { label: true })).toBe('James');
    expect(nameFrom('Invite Jane Doe to connect', { label: true })).toBe('Jane Doe');
    expect(nameFrom('Message Jane Doe', { label: true })).toBe('Jane Doe');
    expect(nameFrom('Follow Jane Doe', { label: true })).toBe('Jane Doe');
    expect(nameFrom('Jane Doe, #OPEN_TO_WORK', { label: true })).toBe('Jane Doe');
    expect(nameFrom('Jane Doe is open to work', { label: true })).toBe('Jane Doe');
    // Text read from a link whose screen-reader copy is glued on.
    expect(nameFrom('Jane DoeView Jane Doe’s profile')).toBe('Jane Doe');
    expect(nameFrom('View Jane Doe’s profile')).toBe('Jane Doe');
  });

  it('never gives furniture as a name or a title', () => {
    for (const text of ['Status is offline', '• 2nd', 'Search with Recruiter', 'Message', 'Invite Connect to connect'])
      expect(nameFrom(text, { label: true })).toBeNull();
    expect(titleFrom('Status is reachable')).toBeNull();
    expect(titleFrom('  CFO at Contoso ')).toBe('CFO at Contoso');
    expect(personLines(['Jane Doe', '• 2nd', 'CFO at Contoso', 'Connect'])).toEqual(['Jane Doe', 'CFO at Contoso']);
  });
});

/**
 * The patterns furniture was tested with before its fixed lines became a Set and each pattern
 * ran only on lines holding its words: the new test must say the same on every line.
 */
const REFERENCE = {
  presence: /^(?:status is \w+(?: \w+)?|(?:online|offline|reachable|away|busy|active now|mobile)(?: status)?|active \d+\s*\w* ago)$/i,
  degree: /^(?:[•·]\s*)?(?:1st|2nd|3rd\+?|\d+(?:st|nd|rd|th)\+?)(?:\s+degree(?:\s+connection)?)?$/i,
  actions:
    /^(?:connect|message|follow|following|unfollow|pending|send inmail|inmail|save|saved|save to list|saved to list|view profile|view full profile|invite|withdraw|remove|more|more actions|ignore|accept|dismiss|hide|share|share profile|open to|open to work|hiring|provide services|add profile section|enhance profile|resources|see all|show all|show more|show less|contact info|visit website|view in sales navigator|add to list|add note|unsave|more options|close|verified|premium member)$/i,
  promos:
    /^(?:premium|try premium\b.*|reactivate premium\b.*|retry premium\b.*|try (?:sales navigator|recruiter)\b.*|search with recruiter\b.*|.*\bwith (?:premium|recruiter(?: lite)?|sales navigator)\b.*|unlock\b.*\bpremium\b.*|promoted|sponsored|ad|ad options|people also viewed|people you may know|more profiles for you|explore premium profiles|others named .*|people similar to .*|you might like|who your viewers also viewed|similar leads|also viewed|recently viewed|linkedin member)$/i,
  nameInLabel: [
    /^View (.+?)(?:[’']s|[’'])\s+(?:full\s+)?profile\.?$/i,
    /^Invite (.+?) to connect$/i,
    /^(?:Send a message to|Message|Follow|Unfollow|Save|Remove) (.+?)$/i,
    /^(.+?)(?:[’']s)? (?:profile (?:photo|picture)|photo)$/i,
  ],
  altSuffix: /(?:,?\s*#?(?:open_to_work|hiring)\b.*|\s+is (?:open to work|hiring)\b.*)$/i,
  trailingViewLabel: /^(.*?)\s*View (.+?)(?:[’']s|[’'])\s+profile$/i,
};
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
function referenceFurniture(text: string): boolean {
  const line = collapse(text);
  if (!line) return true;
  if (line.length > 64) return false;
  return REFERENCE.presence.test(line) || REFERENCE.degree.test(line) || REFERENCE.actions.test(line) || REFERENCE.promos.test(line);
}
function referenceName(text: string, label: boolean): string | null {
  let value = collapse(text);
  if (!value) return null;
  const glued = REFERENCE.trailingViewLabel.exec(value);
  if (glued && (!glued[1] || glued[1] === glued[2])) value = glued[2]!;
  if (label)
    for (const pattern of REFERENCE.nameInLabel) {
      const match = pattern.exec(value);
      if (match) {
        value = match[1]!.trim();
        break;
      }
    }
  value = value.replace(REFERENCE.altSuffix, '').trim();
  if (!value || value.length > 80 || referenceFurniture(value)) return null;
  return value;
}

describe('page furniture, tested without compiling every pattern', () => {
  const words = [
    ...REFERENCE.actions.source.slice(4, -2).split('|'),
    ...REFERENCE.promos.source
      .slice(4, -2)
      .split('|')
      .filter((w) => !w.includes('\\') && !w.includes('(')),
    'online',
    'away status',
    'active now status',
    'mobile',
  ];
  const variants = (word: string) => [
    word,
    word.toUpperCase(),
    word.replace(/\b\w/g, (c) => c.toUpperCase()),
    ` ${word} `,
    `${word}s`,
    `x ${word}`,
    word.replace(/k/g, '\u212a'), // the Kelvin sign, lowercase "k" to toLowerCase, never to the patterns
    word.replace(/i/g, '\u0130'),
  ];
  const lines = [
    ...words.flatMap(variants),
    ...[
      'Status is away',
      'status is online now',
      'Status is',
      'Active 5 min ago',
      'Active 5min ago',
      'active 12 hours ago',
      'Active now please',
      '• 2nd',
      '·3rd+',
      '2nd degree connection',
      '11th degree',
      '42nd+',
      '2ND',
      'degree',
      '2nd cousin',
      'Try Premium for $0',
      'try premiums',
      'Retry Premium today',
      'Try Sales Navigator free',
      'Try Recruiter Lite',
      'Search with Recruiter Lite',
      'Hire faster with Recruiter Lite',
      'Grow with Premium',
      'grow without premium',
      'Unlock insights with Premium',
      'Unlock your full potential with LinkedIn Premium',
      'Others named Jane Doe',
      'others named',
      'People similar to Jane',
      'Head of Premium Brands at Contoso',
      'Recruiter at Contoso',
      'Sales Navigator Lead',
      'Jane Doe',
      'Daniel Brandt',
      'CFO · Contoso',
      'Ad Operations Manager',
    ].flatMap(variants),
  ];

  it('says of every line what the full patterns say', () => {
    for (const line of lines) expect([line, isFurniture(line)]).toEqual([line, referenceFurniture(line)]);
  });

  it('reads the same name from every signal as the full patterns', () => {
    const texts = [
      ...lines,
      ...[
        'View Jane Doe’s profile',
        "view JAMES' full profile.",
        'Jane DoeView Jane Doe’s profile',
        'Jane Doe View Jane Doe’s profile',
        'Other View Jane Doe’s profile',
        'Invite Jane Doe to connect',
        'Send a message to Jane Doe',
        'message Jane Doe',
        'Save Jane',
        'Remove Jane Doe',
        'Jane Doe’s profile photo',
        "Jane Doe's profile picture",
        'Jane Doe photo',
        'Jane Doe, #OPEN_TO_WORK',
        'Jane Doe #hiring now',
        'Jane Doe is open to work',
        'Jane Doe is Hiring',
        'Jane Doe, Hiringly',
        'Messages Jane',
      ].flatMap(variants),
    ];
    for (const text of texts)
      for (const label of [false, true]) expect([text, label, nameFrom(text, { label })]).toEqual([text, label, referenceName(text, label)]);
  });
});
