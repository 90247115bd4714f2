import { describe, expect, it } from 'vitest';
import { companyDisplayName, companyKey } from '../../../lib/accounts/company-name';

describe('company names: one account is one account', () => {
  it.each([
    ['Fabrikam, Inc.', 'fabrikam'],
    ['FABRIKAM LTD.', 'fabrikam'],
    ['Fabrikam GmbH', 'fabrikam'],
    ['fabrikam', 'fabrikam'],
    ['@ Fabrikam', 'fabrikam'],
    ['The Fabrikam Company', 'fabrikam'],
    ['Fabrikam Corp.', 'fabrikam'],
    ['Fabrikam LLC', 'fabrikam'],
    ['Fabrikam | We are hiring', 'fabrikam'],
    ['Fabrikam (formerly Tailspin Toys)', 'fabrikam'],
    ['  Fabrikam ,  Inc  ', 'fabrikam'],
    ['Groupe Lumière S.A.', 'groupe lumiere'],
    ['GROUPE LUMIERE', 'groupe lumiere'],
    ['Müller GmbH & Co. KG', 'muller'],
    ['Procter & Gamble Co.', 'procter and gamble'],
    ['Procter and Gamble', 'procter and gamble'],
    ['The Home Depot, Inc.', 'home depot'],
    ['Acme Pty Ltd', 'acme'],
    ['VanArsdel, Ltd.', 'vanarsdel'],
    ['Proseware, Inc.', 'proseware'],
    ["Margie's Travel", 'margies travel'],
    ['Margie’s Travel Ltd', 'margies travel'],
  ])('%s → %s', (raw, key) => {
    expect(companyKey(raw)).toBe(key);
  });

  it('keeps words that may name a different business', () => {
    expect(companyKey('Fabrikam Group')).not.toBe(companyKey('Fabrikam'));
    expect(companyKey('Fabrikam Labs')).not.toBe(companyKey('Fabrikam'));
    expect(companyKey('Fabrikam Logistics')).not.toBe(companyKey('Fabrikam'));
    // "The" alone, or a name that is only a legal form, is still a name.
    expect(companyKey('The')).toBe('the');
    expect(companyKey('Company')).toBe('company');
  });

  it('is empty for no name', () => {
    expect(companyKey(null)).toBe('');
    expect(companyKey('   ')).toBe('');
    expect(companyKey('@ ')).toBe('');
  });

  it('shows the page’s spelling without decoration or legal form', () => {
    expect(companyDisplayName('Fabrikam, Inc.')).toBe('Fabrikam');
    expect(companyDisplayName('The Fabrikam Company')).toBe('Fabrikam');
    expect(companyDisplayName('@ Groupe Lumière S.A.')).toBe('Groupe Lumière');
    expect(companyDisplayName('Müller GmbH & Co. KG')).toBe('Müller');
    expect(companyDisplayName('Procter & Gamble Co.')).toBe('Procter & Gamble');
    expect(companyDisplayName('Fabrikam Group')).toBe('Fabrikam Group');
  });
});
