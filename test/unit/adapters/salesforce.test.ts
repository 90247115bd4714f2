import { describe, expect, it } from 'vitest';
import { salesforceAdapter as adapter } from '../../../lib/adapters/salesforce';
import { loadPage, names, parsePage, plain } from './saved-pages';

describe('Salesforce record adapter', () => {
  it.each([
    'https://acme.lightning.force.com/lightning/r/Contact/003Dn00000AbCdEIAZ/view',
    'https://acme.lightning.force.com/lightning/r/Contact/003Dn00000AbCdE/view',
    'https://acme--uat.sandbox.lightning.force.com/lightning/r/Lead/00QDn000007XyZaMAK/view',
    'https://acme.my.salesforce.com/lightning/r/Lead/00QDn000007XyZaMAK/view?ws=x',
  ])('runs on %s', (url) => expect(adapter.matches(new URL(url))).toBe(true));

  it.each([
    'https://acme.lightning.force.com/lightning/r/Account/001Dn00000AsDfGIAZ/view',
    'https://acme.lightning.force.com/lightning/r/Contact/003Dn00000AbCdEIAZ/related/Cases/view',
    'https://acme.lightning.force.com/lightning/o/Contact/list',
    'https://acme.lightning.force.com/lightning/r/Contact/short/view',
    'https://lightning.force.com.evil.example/lightning/r/Contact/003Dn00000AbCdEIAZ/view',
  ])('does not run on %s', (url) => expect(adapter.matches(new URL(url))).toBe(false));

  it('keys the record on host, object and id', () => {
    const { document, url } = loadPage('salesforce-lead.html');
    expect(adapter.extract(document, url)[0]!.key).toBe('https://acme.my.salesforce.com/lightning/r/Lead/00QDn000007XyZaMAK/view');
  });

  it('ignores the hidden cached record that comes first in the DOM', () => {
    for (const file of ['salesforce-contact.html', 'salesforce-lead.html']) {
      // Without the title, only the DOM decides.
      const { document, url } = loadPage(file, (html) => html.replace(/<title>.*<\/title>/, '<title></title>'));
      const reported = JSON.stringify(adapter.extract(document, url));
      for (const stale of ['Robert Kline', 'Litware', 'IT Director', 'Kevin Osei', 'Lucerne Publishing']) expect(reported).not.toContain(stale);
    }
  });

  it('reads fields inside shadow roots, whether attached or left as templates', () => {
    const { document, url } = loadPage('salesforce-lead.html', (html) => html.replace(/<title>.*<\/title>/, '<title></title>'));
    expect(plain(adapter.extract(document, url)[0]!)).toMatchObject({ name: 'Marisol Vega', title: 'Director of Procurement' });

    const doc = parsePage(
      '<!DOCTYPE html><html><head><title></title></head><body><div class="oneContent active"><records-highlights2 id="h"></records-highlights2><records-record-layout-section id="s"></records-record-layout-section></div></body></html>',
    );
    doc.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML =
      '<h1><lightning-formatted-name slot="primaryField">Ana Lima</lightning-formatted-name></h1>';
    doc.getElementById('s')!.attachShadow({ mode: 'open' }).innerHTML =
      '<records-record-layout-item data-target-selection-name="sfdc:RecordField.Contact.Title"><span class="test-id__field-label">Title</span><div class="test-id__field-value">CFO</div></records-record-layout-item>' +
      '<records-record-layout-item data-target-selection-name="sfdc:RecordField.Contact.AccountId"><span class="test-id__field-label">Account Name</span><div class="test-id__field-value"><a href="#">Contoso</a></div></records-record-layout-item>';
    const [contact] = adapter.extract(doc, new URL('https://x.lightning.force.com/lightning/r/Contact/003000000000001/view'));
    expect(plain(contact!)).toEqual({
      name: 'Ana Lima',
      title: 'CFO',
      company: 'Contoso',
      profileUrl: 'https://x.lightning.force.com/lightning/r/Contact/003000000000001/view',
    });
  });

  it('reads translated labels when the API names are missing', () => {
    const { document, url } = loadPage('salesforce-lead.html');
    expect(adapter.extract(document, url)[0]!.company).toMatchObject({ value: 'Blue Yonder Airlines', source: 'structure' });
  });

  it('does not take the salutation of the detail Name field for the name', () => {
    const { document, url } = loadPage('salesforce-contact.html', (html) => html.replace(/<title>.*<\/title>/, '<title></title>'));
    expect(names(adapter.extract(document, url))).toEqual(['Dana Whitfield']);
  });
});
