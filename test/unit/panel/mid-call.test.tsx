// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import { memoryServices } from '../../../components/services';
import type { TabState } from '../../../lib/contracts/tab-state';
import { contact, jane, matchResult, profileState, testPack } from './fixtures';

afterEach(cleanup);

const NOW = 10 * 60_000;
const crmRecord = (): TabState => ({
  ...profileState(jane(), 3),
  url: 'https://acme.lightning.force.com/lightning/r/Contact/003/view',
  updatedAt: NOW - 2 * 60_000,
});
const otherProfile = (): TabState => profileState(contact('in/bob', 'Bob Ray', 'CFO', 'Initech', matchResult('economic-buyer')), 9);

describe('mid-call, the persona stays', () => {
  it('keeps the last contact when the active tab has none, says where and when, and goes back to that tab', async () => {
    const showTab = vi.fn();
    const services = { ...memoryServices(), now: () => NOW, showTab };
    const { rerender } = render(<Panel state={crmRecord()} packs={[testPack]} services={services} />);
    await act(async () => {});
    expect(screen.queryByRole('note', { name: 'Kept from another tab' })).toBeNull();

    // The seller switches to the video call: that tab has no contact.
    rerender(<Panel state={null} packs={[testPack]} services={services} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Security Gatekeeper' })).toBeTruthy();
    const note = screen.getByRole('note', { name: 'Kept from another tab' });
    expect(note.textContent).toContain('Kept on screen: seen on acme.lightning.force.com, 2 min ago.');
    expect(screen.queryByText('No contact on this page')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to that tab' }));
    expect(showTab).toHaveBeenCalledWith(3);

    // A tab with a contact takes over again.
    rerender(<Panel state={otherProfile()} packs={[testPack]} services={services} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { level: 1, name: 'Bob Ray' })).toBeTruthy();
    expect(screen.queryByRole('note', { name: 'Kept from another tab' })).toBeNull();
  });

  it('a pin keeps the contact even when a tab with another contact becomes active', async () => {
    const services = { ...memoryServices(), now: () => NOW };
    const { rerender } = render(<Panel state={crmRecord()} packs={[testPack]} services={services} />);
    await act(async () => {});
    rerender(<Panel state={null} packs={[testPack]} services={services} />);
    await act(async () => {});
    fireEvent.click(screen.getByRole('button', { name: 'Pin' }));
    rerender(<Panel state={otherProfile()} packs={[testPack]} services={services} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Kept from another tab' }).textContent).toContain('Pinned');
    fireEvent.click(screen.getByRole('button', { name: 'Unpin' }));
    await act(async () => {});
    expect(screen.getByRole('heading', { level: 1, name: 'Bob Ray' })).toBeTruthy();
  });

  it('says "No contact on this page" when nothing was seen yet', async () => {
    render(<Panel state={null} packs={[testPack]} />);
    await act(async () => {});
    expect(screen.getByText('No contact on this page')).toBeTruthy();
  });
});
