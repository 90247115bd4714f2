/**
 * Inline persona chips next to a contact's name: on by default in CRMs, opt-in on LinkedIn
 * (its terms forbid inserting elements, and it probes for injected DOM: docs/pages.md).
 * A chip is a custom element with a closed shadow root, so page styles and scripts cannot
 * reach into it, and it is built with textContent only (LinkedIn enforces Trusted Types).
 */

import { deepQueryAll } from '../adapters/dom';
import type { ContactHint } from '../contracts/hint';

export const CHIP_TAG = 'persona-map-chip';

const CHIP_CSS = `
:host { all: initial; display: inline-block; margin-inline-start: 6px; vertical-align: middle; }
span { font: 600 11px/1.6 system-ui, sans-serif; padding: 0 6px; border-radius: 9px; color: #fff; background: #1d4ed8; white-space: nowrap; }
span[data-kind="secondary"] { background: #0f766e; }
span[data-kind="negative"], span[data-kind="none"] { background: #6b7280; }
`;

/**
 * The element showing the contact's name inside `scope`: the deepest one whose own text is
 * the name. Chips go right after it.
 */
export function nameElement(scope: Element, name: string): Element | null {
  const wanted = name.trim();
  let best: Element | null = null;
  // Open shadow roots too: Salesforce Lightning renders record headers inside them.
  for (const el of deepQueryAll(scope, 'h1, h2, h3, a, span, div, p, lightning-formatted-name, strong')) {
    if (el.closest(CHIP_TAG)) continue;
    const text = el.textContent?.replace(/\s+/g, ' ').trim();
    if (text === wanted || text === `${wanted}${wanted}`) best = el; // later in document order = deeper
  }
  return best;
}

/** Puts (or updates) the chip after the name inside `scope`; returns false when no name was found. */
export function showChip(scope: Element, name: string, hint: ContactHint): boolean {
  const target = nameElement(scope, name);
  if (!target) return false;
  let host = target.nextElementSibling?.tagName.toLowerCase() === CHIP_TAG ? (target.nextElementSibling as HTMLElement) : null;
  if (!host) {
    host = scope.ownerDocument.createElement(CHIP_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = scope.ownerDocument.createElement('style');
    style.textContent = CHIP_CSS;
    const chip = scope.ownerDocument.createElement('span');
    shadow.append(style, chip);
    chipsByHost.set(host, chip);
    target.after(host);
  }
  const chip = chipsByHost.get(host);
  if (chip) {
    chip.textContent = hint.text;
    chip.dataset.kind = hint.kind ?? 'none';
    chip.title = `Persona Map: ${hint.text}`;
  }
  host.setAttribute('aria-label', `Persona Map: ${hint.text}`);
  return true;
}
const chipsByHost = new WeakMap<Element, HTMLSpanElement>();
