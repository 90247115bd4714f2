// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageStructureFileName } from '../../../components/download';
import { Panel } from '../../../components/Panel';
import { memoryServices } from '../../../components/services';
import type { TabState } from '../../../lib/contracts/tab-state';
import { jane, profileState, testPack } from './fixtures';

afterEach(cleanup);

const unreadable = (): TabState => ({
  tabId: 5,
  url: 'https://www.linkedin.com/in/marisol-okafor-77b2c1/',
  pageKind: 'profile',
  contacts: [],
  updatedAt: 0,
  health: { readable: false, adapter: 'linkedin-profile', problem: 'no-contact' },
});

describe("the side panel on a page it can't read", () => {
  it('says so in plain words, gives the selection path and saves the page structure for the admin', async () => {
    const savePageStructure = vi.fn(async () => ({ ok: true as const, fileName: 'page-structure-linkedin-profile-2026-12-02.html' }));
    render(<Panel state={unreadable()} packs={[testPack]} services={{ ...memoryServices(), savePageStructure }} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { level: 1, name: "Persona Map can't read this page" })).toBeTruthy();
    expect(screen.getByText(/could not find the person on this LinkedIn profile/)).toBeTruthy();
    expect(screen.getByText("Select the person's job title on the page, right-click it and choose Match persona.")).toBeTruthy();
    expect(screen.queryByText('No contact on this page')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save page structure for your admin' })));
    expect(savePageStructure).toHaveBeenCalledWith(5);
    expect(screen.getByRole('status').textContent).toBe('Saved page-structure-linkedin-profile-2026-12-02.html: send it to your admin');
  });

  it('names the unsure fields, and shows what was read below', async () => {
    const state: TabState = {
      ...profileState(jane(), 5),
      health: { readable: false, adapter: 'linkedin-profile', problem: 'uncertain-fields', fields: ['title'] },
    };
    render(<Panel state={state} packs={[testPack]} services={memoryServices()} />);
    await act(async () => {});
    expect(screen.getByText(/could not be sure of their job title/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
  });

  it('is not covered by the contact kept from another tab', async () => {
    const services = memoryServices();
    const { rerender } = render(<Panel state={profileState(jane(), 3)} packs={[testPack]} services={services} />);
    await act(async () => {});
    rerender(<Panel state={unreadable()} packs={[testPack]} services={services} />);
    await act(async () => {});
    expect(screen.getByRole('heading', { level: 1, name: "Persona Map can't read this page" })).toBeTruthy();
    expect(screen.queryByRole('note', { name: 'Kept from another tab' })).toBeNull();
  });

  it('names the file after the adapter and the day only', () => {
    expect(pageStructureFileName('linkedin-profile', new Date('2026-12-02T15:00:00Z'))).toBe('page-structure-linkedin-profile-2026-12-02.html');
  });
});
