// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../../components/Panel';
import { memoryServices } from '../../../components/services';
import type { SeenContact } from '../../../lib/storage/db';
import { contact, matchResult, profileState, testPack } from './fixtures';

afterEach(cleanup);
const NOW = Date.parse('2026-03-01T12:00:00Z');
const seen = (key: string, name: string, company: string, persona: string | null, minutesAgo: number, seenOn: string): SeenContact => ({
  key,
  name,
  title: 't',
  company,
  profileUrl: null,
  persona,
  pack: persona ? 'acme-test' : null,
  seenAt: NOW - minutesAgo * 60_000,
  seenOn,
});

describe('the account map in the panel', () => {
  const history = [
    seen('in/ann', 'Ann Ito', 'Fabrikam, Inc.', 'security-gatekeeper', 5, 'LinkedIn'),
    seen('sf/bob', 'Bob Ray', 'FABRIKAM LTD.', 'economic-buyer', 1, 'Salesforce'),
    seen('in/dee', 'Dee Fox', 'Globex', 'security-gatekeeper', 3, 'LinkedIn'),
  ];

  it('lists accounts by coverage and shows who fills each role and a people search for the missing one', async () => {
    render(<Panel state={null} packs={[testPack]} services={{ ...memoryServices({ history }), now: () => NOW }} />);
    await act(async () => {});
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Accounts' })));
    const list = screen.getByRole('list', { name: 'Accounts by coverage' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Fabrikam2 of 3 roles covered', 'Globex1 of 3 roles covered']);
    fireEvent.click(within(list).getByRole('button', { name: 'Fabrikam' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Fabrikam' })).toBeTruthy();
    const committee = screen.getByRole('list', { name: 'Buying committee of Fabrikam' });
    expect(within(committee).getByRole('list', { name: 'Economic buyer at Fabrikam' }).textContent).toBe('Bob Ray Economic Buyer Salesforce, 1 min ago');
    expect(within(committee).getByRole('list', { name: 'Gatekeeper at Fabrikam' }).textContent).toBe('Ann Ito Security Gatekeeper LinkedIn, 5 min ago');
    const find = within(committee).getByRole('link', { name: 'Find them: Champion at Fabrikam' });
    expect(find.getAttribute('href')).toBe(
      `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent('Fabrikam "compliance manager"')}&origin=GLOBAL_SEARCH_HEADER`,
    );
    expect(find.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('links a contact to its account, whatever the spelling', async () => {
    const item = contact('in/cyd', 'Cyd Oz', 'CISO', '@ Fabrikam', matchResult('security-gatekeeper'));
    render(<Panel state={profileState(item)} packs={[testPack]} services={{ ...memoryServices({ history }), now: () => NOW }} />);
    await act(async () => {});
    fireEvent.click(screen.getByRole('button', { name: 'Account Fabrikam: 2 of 3 roles' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Fabrikam' })).toBeTruthy();
  });

  it('shows a pack’s named-account notes and the play for the contact’s persona', async () => {
    const pack = structuredClone(testPack);
    pack.accounts = [
      { id: 'fabrikam', name: 'Fabrikam', notes: 'Renewal in Q3.', plays: [{ persona: 'security-gatekeeper', text: 'Lead with the renewal.' }] },
    ];
    const item = contact('in/cyd', 'Cyd Oz', 'CISO', 'FABRIKAM GmbH', matchResult('security-gatekeeper'));
    render(<Panel state={profileState(item)} packs={[pack]} services={{ ...memoryServices(), now: () => NOW }} />);
    await act(async () => {});
    expect(screen.getByRole('complementary', { name: 'Named account: Fabrikam' }).textContent).toBe(
      'Named account FabrikamPlay: Lead with the renewal.Renewal in Q3.',
    );
  });
});
