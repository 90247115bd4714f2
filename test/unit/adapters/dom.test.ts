import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cleanText, closestDeep, deepQueryAll, firstVisible, isVisible, readLines, readText, visibleAll } from '../../../lib/adapters/dom';
import { parsePage } from './saved-pages';

const body = (html: string) => parsePage(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`);

describe('reading text as shown', () => {
  it('drops screen-reader copies marked by class', () => {
    const doc = body('<h1 id="n"><span aria-hidden="true">Jane Doe</span><span class="visually-hidden">Jane Doe</span></h1>');
    expect(readText(doc.getElementById('n'))).toBe('Jane Doe');
  });

  it('collapses a copy whose class is hashed and unknown ("Jane DoeJane Doe")', () => {
    const doc = body('<h1 id="n"><span>Jane Doe</span><span class="_7c1e9a0b">Jane Doe</span></h1>');
    expect(readText(doc.getElementById('n'))).toBe('Jane Doe');
    expect(cleanText('Jane Doe Jane Doe')).toBe('Jane Doe');
  });

  it('keeps a real one-word repeat with a space', () => {
    expect(cleanText('Bora Bora')).toBe('Bora Bora');
  });

  it('falls back to the screen-reader text when nothing else is shown', () => {
    const doc = body('<a id="a"><span class="visually-hidden">Open profile</span></a>');
    expect(readText(doc.getElementById('a'))).toBe('Open profile');
  });

  it('splits blocks into lines and skips scripts and hidden parts', () => {
    const doc = body('<li id="c"><p>Alice Wong <span>• 2nd</span></p><script>x()</script><div hidden>Old</div><div>CISO at Contoso</div></li>');
    expect(readLines(doc.getElementById('c')!)).toEqual(['Alice Wong • 2nd', 'CISO at Contoso']);
  });
});

describe('visibility without layout (linkedom)', () => {
  const doc = body(`
    <div id="plain">shown</div>
    <div hidden><p id="in-hidden">x</p></div>
    <div aria-hidden="true"><p id="in-aria-hidden">x</p></div>
    <div style="color: red; display:none"><p id="in-display-none">x</p></div>
    <div style="visibility: hidden"><p id="in-visibility-hidden">x</p></div>
    <div class="slds-hide"><p id="in-slds-hide">x</p></div>
    <div class="windowViewMode-normal oneContent lafPageHost"><p id="in-inactive-page">x</p></div>
    <div class="windowViewMode-normal oneContent active lafPageHost"><p id="in-active-page">x</p></div>
    <span class="visually-hidden"><b id="in-sr-only">x</b></span>`);

  it('does not treat everything as hidden just because there is no layout', () => {
    expect(isVisible(doc.getElementById('plain')!)).toBe(true);
    expect(isVisible(doc.getElementById('in-active-page')!)).toBe(true);
  });

  it.each(['in-hidden', 'in-aria-hidden', 'in-display-none', 'in-visibility-hidden', 'in-slds-hide', 'in-inactive-page', 'in-sr-only'])(
    'honours the hint around #%s',
    (id) => expect(isVisible(doc.getElementById(id)!)).toBe(false),
  );

  it('uses the same hints in happy-dom, whose layout is a zero-sized fake', async () => {
    const window = new Window({ url: 'https://example.com/' });
    window.document.body.innerHTML = '<p id="a">a</p><div hidden><p id="b">b</p></div>';
    const document = window.document as unknown as Document;
    expect(isVisible(document.getElementById('a')!)).toBe(true);
    expect(isVisible(document.getElementById('b')!)).toBe(false);
    await window.happyDOM.close();
  });
});

describe('visibility in a browser', () => {
  it('asks checkVisibility, and never forces a layout of the page (getClientRects) to learn that there is one', () => {
    const doc = body('<p id="shown">a</p><p id="collapsed">b</p>');
    // A browser's document, as far as the adapters can tell: a window, and checkVisibility on elements.
    Object.defineProperty(doc, 'defaultView', { value: {}, configurable: true });
    let layouts = 0;
    for (const el of [doc.documentElement, doc.getElementById('shown')!, doc.getElementById('collapsed')!]) {
      Object.assign(el, {
        checkVisibility: () => el.id !== 'collapsed',
        getClientRects: () => {
          layouts++;
          return [{ width: 1024, height: 768 }];
        },
      });
    }
    expect(isVisible(doc.getElementById('shown')!)).toBe(true);
    expect(isVisible(doc.getElementById('collapsed')!)).toBe(false);
    expect(layouts).toBe(0);
  });
});

describe('deep queries through shadow roots', () => {
  it('finds elements in an attached open shadow root, and walks back out of it', () => {
    const doc = body('<section id="hidden-host" hidden><x-a id="host"></x-a></section>');
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = doc.createElement('span');
    inner.className = 'field';
    inner.textContent = 'Inside';
    shadow.appendChild(inner);

    expect(doc.querySelectorAll('.field')).toHaveLength(0);
    expect(deepQueryAll(doc, '.field')).toEqual([inner]);
    expect(closestDeep(inner, 'section')?.id).toBe('hidden-host');
    expect(isVisible(inner)).toBe(false);
    expect(readText(host)).toBe('Inside');
  });

  it('reads a declarative <template shadowrootmode> a parser left as an element', () => {
    const doc = body(
      '<x-panel id="host"><template shadowrootmode="open"><div><b class="v">Deep</b><x-inner><template shadowrootmode="open"><i class="v">Deeper</i></template></x-inner></div></template></x-panel>',
    );
    const found = deepQueryAll(doc, '.v');
    expect(found.map((el) => el.textContent)).toEqual(['Deep', 'Deeper']);
    expect(closestDeep(found[1]!, '#host')).toBe(doc.getElementById('host'));
    expect(readText(doc.getElementById('host'))).toBe('DeepDeeper');
  });

  it('projects slotted light children into the shadow text', () => {
    const doc = body(
      '<x-card id="host"><template shadowrootmode="open"><h1><slot name="primaryField">fallback</slot></h1></template><span slot="primaryField">Dana Whitfield</span></x-card>',
    );
    expect(readText(doc.getElementById('host'))).toBe('Dana Whitfield');
  });
});

describe('the first visible match', () => {
  it('is the first match that is shown and accepted, in document order, as visibleAll(...).find gives it', () => {
    const doc = body(
      '<h1 hidden>Hidden</h1><div style="display: none"><h1>Inside hidden</h1></div><h1 class="visually-hidden">Screen reader</h1>' +
        '<aside><h1>Rail</h1></aside><h1>Jane Doe</h1><h1>John Roe</h1>',
    );
    const notInRail = (el: Element) => !el.closest('aside');
    const text = (el: Element | undefined) => el?.textContent ?? null;
    expect(text(firstVisible(doc, 'h1'))).toBe('Rail');
    expect(text(firstVisible(doc, 'h1', notInRail))).toBe('Jane Doe');
    expect(text(firstVisible(doc, 'h1', (el) => el.textContent === 'John Roe'))).toBe('John Roe');
    expect(firstVisible(doc, 'h1', () => false)).toBeUndefined();
    expect(firstVisible(doc, 'h2')).toBeUndefined();
    for (const accept of [undefined, notInRail]) expect(firstVisible(doc, 'h1', accept)).toBe(visibleAll(doc, 'h1').find(accept ?? (() => true)));
    // The first match, shown and accepted, is the answer.
    expect(text(firstVisible(body('<h1>Jane Doe</h1><h1>John Roe</h1>'), 'h1'))).toBe('Jane Doe');
  });
});
