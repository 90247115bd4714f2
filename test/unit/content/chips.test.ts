// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { chipText } from '../../../lib/background/badge';
import { CHIP_TAG, nameElement, showChip } from '../../../lib/content/chips';
import type { ContactHint } from '../../../lib/contracts/hint';

const hint = (over: Partial<ContactHint> = {}): ContactHint => ({
  key: 'k',
  label: 'SG',
  personaName: 'Security Gatekeeper',
  kind: 'primary',
  text: 'SG · Security Gatekeeper',
  ...over,
});

describe('inline persona chips', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<main><div class="card"><a href="/in/jane/"><span>Jane Doe</span><span class="visually-hidden">Jane Doe</span></a><p>CISO</p></div></main>';
  });

  it('say the persona, or that the contact is not a fit, or that nothing matched', () => {
    expect(chipText(hint())).toBe('SG · Security Gatekeeper');
    expect(chipText(hint({ kind: 'negative', personaName: 'Recruiter', label: '✕' }))).toBe('Not a fit · Recruiter');
    expect(chipText(hint({ personaName: null, kind: null, label: '?' }))).toBe('No persona');
  });

  it('go right after the deepest element showing the name, once, updated in place', () => {
    const scope = document.querySelector('.card')!;
    expect(nameElement(scope, 'Jane Doe')?.outerHTML).toBe('<span class="visually-hidden">Jane Doe</span>');
    expect(showChip(scope, 'Jane Doe', hint())).toBe(true);
    expect(showChip(scope, 'Jane Doe', hint({ label: 'EB', personaName: 'Economic Buyer', text: 'EB · Economic Buyer' }))).toBe(true);
    const chips = document.querySelectorAll(CHIP_TAG);
    expect(chips).toHaveLength(1);
    expect(chips[0]!.getAttribute('aria-label')).toBe('Persona Map: EB · Economic Buyer');
    // Closed shadow root: the page cannot read into it.
    expect((chips[0] as HTMLElement).shadowRoot).toBeNull();
  });

  it('do nothing when the name is not on the page', () => {
    expect(showChip(document.querySelector('.card')!, 'Someone Else', hint())).toBe(false);
    expect(document.querySelectorAll(CHIP_TAG)).toHaveLength(0);
  });
});
