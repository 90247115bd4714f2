import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../lib/adapters/registry';
import { maskText, pageSkeleton, skeletonHeader } from '../../../lib/content/skeleton';
import { BROKEN_PROFILE, loadBroken, repairPatches } from '../adapters/broken-pages';
import { loadPage, MANIFEST, parsePage } from '../adapters/saved-pages';

/** Every text a person could read or a script could hold: text nodes and attribute values worth hiding. */
function textsOf(doc: Document): string[] {
  const texts: string[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim();
    if (text && text.length >= 3) texts.push(text);
  }
  return texts;
}

/** The page's shape: each element's tag, class and attribute names, in document order. */
function shapeOf(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('*')).map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}[${el.getAttributeNames().join(',')}]`);
}

describe('page skeleton', () => {
  it('masks text to the same length and keeps white space at the ends', () => {
    expect(maskText('  Jane Doe\n')).toBe('  xxxxxxx.\n');
    expect(maskText('Jérôme 😀')).toBe('xxxxxxx.');
    expect(maskText('J')).toBe('x');
    expect(maskText(' \n ')).toBe(' \n ');
  });

  it('holds none of the page text and keeps its structure', async () => {
    const { document, url, html } = loadBroken(BROKEN_PROFILE);
    const skeleton = await pageSkeleton(document, { url, adapter: 'linkedin-profile' });
    for (const text of textsOf(document)) expect(skeleton).not.toContain(text);
    for (const secret of ['Marisol', 'Okafor', 'Brightwater', 'Rotterdam', 'Quentin', 'Albarran', 'Tobias', 'marisol-okafor', 'photo.jpg'])
      expect(skeleton).not.toContain(secret);
    expect(html).toContain('Marisol'); // the check above means something
    expect(shapeOf(parsePage(skeleton))).toEqual(shapeOf(document));
  });

  it('keeps structural attribute values and route words, replaces the rest', async () => {
    const doc = parsePage(`<html><head><title>Jane Doe | LinkedIn</title></head><body>
      <div id="ember123" data-view-name="profile-card" data-chameleon-result-urn="urn:li:member:98765" data-custom="Jane Doe" role="listitem" aria-hidden="true">
        <a href="https://www.linkedin.com/in/jane-doe-1/?miniProfileUrn=abc#top" aria-label="View Jane Doe's profile">x</a>
        <a href="/in/jane-doe-1/">y</a><a href="/in/john-roe-2/">z</a>
        <img alt="Jane Doe" src="https://media.licdn.com/dms/image/jane.jpg" style="background: url(https://x/jane.png); display: none">
        <button aria-label="Current company: Acme. Click to skip to experience card" onclick="steal('Jane')">c</button>
        <input type="text" value="Jane Doe" placeholder="Jane"><a href="mailto:jane@acme.com">m</a>
        <!-- Jane's card --><script>{"firstName":"Jane"}</script>
      </div></body></html>`);
    const skeleton = await pageSkeleton(doc, { url: new URL('https://www.linkedin.com/in/jane-doe-1/'), adapter: 'linkedin-profile' });
    expect(skeleton).not.toMatch(/Jane|jane|John|john|Acme|98765|steal/);
    const out = parsePage(skeleton);
    const card = out.querySelector('[data-view-name="profile-card"]')!;
    expect(card.getAttribute('id')).toBe('ember000');
    expect(card.getAttribute('role')).toBe('listitem');
    expect(card.getAttribute('aria-hidden')).toBe('true');
    expect(card.getAttribute('data-chameleon-result-urn')).toMatch(/^urn:li:member:0000\d$/);
    expect(card.getAttribute('data-custom')).toBe('xxxxxxx.');
    const links = Array.from(out.querySelectorAll('a')).map((a) => a.getAttribute('href')!);
    expect(links[0]).toMatch(/^https:\/\/www\.linkedin\.com\/in\/x+\w\/\?miniProfileUrn=xx\.#xx\.$/);
    // One person's two links stay one person; two people stay two.
    expect(links[1]).toBe(new URL(links[0]!).pathname);
    expect(links[2]).not.toBe(links[1]);
    expect(links[2]!.length).toBe('/in/john-roe-2/'.length);
    expect(links[3]).toMatch(/^mailto:x+\.$/);
    expect(out.querySelector('a')!.getAttribute('aria-label')).toBe(`View ${'x'.repeat(17)}.`);
    expect(out.querySelector('button')!.getAttribute('aria-label')).toMatch(/^Current company: x+\.$/);
    expect(out.querySelector('img')!.getAttribute('style')).toMatch(/display: none/);
    expect(out.querySelector('input')!.getAttribute('type')).toBe('text');
    expect(skeletonHeader(skeleton)).toEqual({ url: expect.stringMatching(/^https:\/\/www\.linkedin\.com\/in\/x+\w\/$/), adapter: 'linkedin-profile' });
  });

  it.each(MANIFEST.filter((entry) => !entry.sites))('keeps $file readable by the same adapters: as many contacts, found the same way', async ({ file }) => {
    const { document, url } = loadPage(file);
    const skeleton = await pageSkeleton(document, { url });
    const maskedUrl = new URL(skeletonHeader(skeleton)!.url);
    const before = detectContacts(document, url);
    const after = detectContacts(parsePage(skeleton), maskedUrl);
    expect(after.map((c) => [c.adapter, c.title?.source ?? null])).toEqual(before.map((c) => [c.adapter, c.title?.source ?? null]));
    expect(new Set(after.map((c) => c.key)).size).toBe(before.length);
  });

  it('lets a patch written against the skeleton repair the real page', async () => {
    const { document, url } = loadBroken(BROKEN_PROFILE);
    const skeleton = parsePage(await pageSkeleton(document, { url }));
    const repaired = detectContacts(skeleton, url, [], undefined, repairPatches())[0]!;
    expect(repaired.name!.value).toMatch(/^x+\.$/);
    expect(repaired.title!.value.length).toBe('Director of IT Security at Brightwater Logistics'.length);
  });

  it('serializes open shadow roots as declarative templates, in a live DOM', async () => {
    const window = new Window({ url: 'https://acme.lightning.force.com/lightning/r/Contact/003000000000001AAA/view' });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<records-highlights2><span slot="primaryField">Dana Whitfield</span></records-highlights2>';
    const host = doc.querySelector('records-highlights2')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<h1 class="slds-page-header__title"><slot name="primaryField"></slot></h1>';
    const skeleton = await pageSkeleton(doc, { url: new URL(window.location.href), sliceMs: 0 });
    expect(skeleton).toContain(
      '<records-highlights2><template shadowrootmode="open"><h1 class="slds-page-header__title"><slot name="primaryField"></slot></h1></template><span slot="primaryField">xxxxxxxxxxxxx.</span></records-highlights2>',
    );
    expect(doc.body.innerHTML).toContain('Dana Whitfield'); // the page itself is untouched
    await window.happyDOM.close();
  });

  it('yields to the page between slices on a large page', async () => {
    const doc = parsePage(`<html><body>${'<div class="c"><span>Someone</span></div>'.repeat(5000)}</body></html>`);
    let clock = 0;
    let yields = 0;
    await pageSkeleton(doc, {
      url: new URL('https://www.linkedin.com/search/results/people/'),
      sliceMs: 8,
      now: () => (clock += 1),
      yieldToPage: async () => void yields++,
    });
    expect(yields).toBeGreaterThan(5);
  });
});
