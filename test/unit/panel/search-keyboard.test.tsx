// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import { memoryServices } from '../../../components/services';
import { jane, profileState, testPack } from './fixtures';

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

const searchBox = () => screen.getByRole('combobox', { name: 'Search personas, objections and assets' });
const type = (text: string) => fireEvent.change(searchBox(), { target: { value: text } });
const key = (k: string, init: Partial<KeyboardEventInit> = {}) => act(async () => void fireEvent.keyDown(searchBox(), { key: k, ...init }));
const activeOption = () => {
  const id = searchBox().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

async function renderPanel(props: Partial<Parameters<typeof Panel>[0]> = {}) {
  render(<Panel state={null} packs={[testPack]} services={memoryServices()} {...props} />);
  await act(async () => {});
}

describe('keyboard search', () => {
  it('focuses the search box with / and shows results as the seller types', async () => {
    await renderPanel();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(searchBox());

    type('budg');
    const results = screen.getByRole('listbox', { name: 'Search results' });
    expect(within(results).getByRole('option', { name: /There is no budget this year/ })).toBeTruthy();
    expect(searchBox().getAttribute('aria-expanded')).toBe('true');
  });

  it('moves through results with the arrows and opens an objection with Enter', async () => {
    await renderPanel();
    type('scanner');
    const options = screen.getAllByRole('option');
    expect(activeOption()).toBe(options[0]);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');

    await key('ArrowDown');
    if (options.length > 1) expect(activeOption()).toBe(options[1]);
    await key('ArrowUp');
    expect(activeOption()).toBe(options[0]);
    await key('ArrowUp'); // wraps to the last
    expect(activeOption()).toBe(options[options.length - 1]);
    await key('ArrowDown');

    expect(activeOption()!.textContent).toContain('We already have a scanner');
    await key('Enter');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Security Gatekeeper' })).toBeTruthy();
    const objection = within(screen.getByRole('list', { name: 'Objections' }))
      .getByText('We already have a scanner')
      .closest('li')!;
    expect(objection.className).toContain('pm-focused');
  });

  it('copies an asset line with Enter', async () => {
    await renderPanel();
    type('acme');
    const index = screen.getAllByRole('option').findIndex((o) => o.textContent!.includes('How Acme cut audit prep by 60%'));
    for (let i = 0; i < index; i++) await key('ArrowDown');
    await key('Enter');
    expect(writeText).toHaveBeenCalledWith('Here is how Acme cut audit prep by 60%: https://example.com/acme');
    expect(screen.getByRole('status').textContent).toContain('Line copied');
  });

  it('opens an asset link with Shift+Enter, safely', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await renderPanel();
    type('roi calculator');
    await key('Enter', { shiftKey: true });
    expect(open).toHaveBeenCalledWith('https://example.com/roi', '_blank', 'noopener,noreferrer');
  });

  it('goes back with Esc: first clears the search, then leaves the opened persona', async () => {
    await renderPanel();
    type('economic');
    await key('Enter');
    expect(screen.getByRole('heading', { level: 1, name: 'Economic Buyer' })).toBeTruthy();

    fireEvent.keyDown(document.body, { key: '/' });
    type('cfo');
    expect(screen.getByRole('listbox')).toBeTruthy();
    await key('Escape');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect((searchBox() as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('heading', { level: 1, name: 'Economic Buyer' })).toBeTruthy();

    await key('Escape');
    expect(screen.getByRole('heading', { level: 1, name: 'No contact on this page' })).toBeTruthy();
  });

  it('Esc outside the search box also goes back', async () => {
    await renderPanel();
    type('economic');
    await key('Enter');
    await act(async () => void fireEvent.keyDown(document.body, { key: 'Escape' }));
    expect(screen.getByRole('heading', { level: 1, name: 'No contact on this page' })).toBeTruthy();
  });

  it('answers an objection of the contact on screen in place, keeping the contact', async () => {
    await renderPanel({ state: profileState(jane()) });
    type('afford');
    await key('Enter');
    expect(screen.getByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
    const objection = within(screen.getByRole('list', { name: 'Objections' }))
      .getByText('We cannot afford another tool')
      .closest('li')!;
    expect(objection.className).toContain('pm-focused');
    expect(screen.getByRole('button', { name: 'Back' })).toBeTruthy();
  });

  it('says so when nothing is found', async () => {
    await renderPanel();
    type('zzzzqqq');
    expect(screen.getByText('Nothing found for “zzzzqqq”.')).toBeTruthy();
    await key('Enter'); // nothing to open: no crash, results stay
    expect(screen.getByRole('listbox')).toBeTruthy();
  });

  it('focuses search when the keyboard command arrives', async () => {
    const { rerender } = render(<Panel state={null} packs={[testPack]} services={memoryServices()} focusSearchSignal={0} />);
    await act(async () => {});
    expect(document.activeElement).not.toBe(searchBox());
    rerender(<Panel state={null} packs={[testPack]} services={memoryServices()} focusSearchSignal={1} />);
    expect(document.activeElement).toBe(searchBox());
  });
});
