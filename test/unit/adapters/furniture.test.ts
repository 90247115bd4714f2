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
