// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../../components/Panel';
import { memoryServices } from '../../../components/services';
import { contact, listState, matchResult, testPack } from './fixtures';

afterEach(cleanup);

const day = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-03-01T12:00:00Z');

const people = () => [
  contact('in/ann', 'Ann Ito', 'CISO', 'Initech', matchResult('security-gatekeeper')),
  contact('in/bob', 'Bob Ray', 'CFO', 'Initech', matchResult('economic-buyer')),
  contact('in/cyd', 'Cyd Oz', 'Student', 'State University', matchResult('student', { kind: 'negative' })),
  contact('in/dee', 'Dee Fox', 'Chief Bottle Washer', 'Initech', matchResult(null)),
  contact('in/eve', 'Eve Lin', 'Deputy CISO', 'Globex', matchResult('security-gatekeeper')),
];

async function renderList(services = memoryServices()) {
  render(<Panel state={listState(people())} packs={[testPack]} services={{ ...services, now: () => NOW }} />);
  await act(async () => {});
  return services;
}

describe('a list page', () => {
  it('lists every contact with its persona, grouped by persona, buyers first', async () => {
    await renderList();
    expect(screen.getByRole('heading', { level: 1, name: '5 contacts on this page' })).toBeTruthy();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups.slice(0, 4)).toEqual(['Security Gatekeeper (2)', 'Economic Buyer (1)', 'Not a fit: Student or Recruiter (1)', 'No persona matched (1)']);
    const gatekeepers = screen.getByRole('list', { name: 'Security Gatekeeper (2)' });
    const rows = within(gatekeepers).getAllByRole('listitem');
    expect(rows.map((r) => within(r).getByRole('button').textContent)).toEqual(['Ann Ito', 'Eve Lin']);
    expect(within(rows[0]!).getByText('Security Gatekeeper')).toBeTruthy();
    const student = within(screen.getByRole('list', { name: /Not a fit/ })).getByRole('listitem');
    expect(within(student).getByText('Not a fit: Student or Recruiter')).toBeTruthy();
  });

  it('shows buying-committee coverage per company: roles seen and missing', async () => {
    await renderList();
    const coverage = screen.getByRole('region', { name: 'Buying committee coverage' });
    const initech = within(coverage).getByRole('heading', { name: 'Initech' }).parentElement!;
    const seen = within(initech).getByRole('list', { name: 'Roles seen at Initech' });
    expect(
      within(seen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Economic buyer Bob Ray', 'Gatekeeper Ann Ito']);
    expect(within(initech).getByText('Champion')).toBeTruthy();
    expect(initech.textContent).toContain('Missing: Champion');
    const globex = within(coverage).getByRole('heading', { name: 'Globex' }).parentElement!;
    expect(globex.textContent).toContain('Missing: Champion, Economic buyer');
    // Everyone there is "not a fit": the student's university has no committee to cover.
    expect(within(coverage).queryByRole('heading', { name: 'State University' })).toBeNull();
  });

  it('counts contacts seen earlier at the same company toward coverage', async () => {
    const services = memoryServices({
      history: [
        {
          key: 'in/old',
          name: 'Old Champ',
          title: 'Compliance Manager',
          company: 'initech',
          profileUrl: null,
          persona: 'champion',
          pack: 'acme-test',
          seenAt: NOW - day,
        },
      ],
    });
    await renderList(services);
    const coverage = screen.getByRole('region', { name: 'Buying committee coverage' });
    const initech = within(coverage).getByRole('heading', { name: 'Initech' }).parentElement!;
    expect(initech.textContent).toContain('Old Champ');
    expect(initech.textContent).toContain('Every role is covered.');
  });

  it('opens a contact from the list and comes back with Esc', async () => {
    await renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Bob Ray' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Bob Ray' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Economic Buyer' })).toBeTruthy();
    await act(async () => void fireEvent.keyDown(document.body, { key: 'Escape' }));
    expect(screen.getByRole('heading', { level: 1, name: '5 contacts on this page' })).toBeTruthy();
  });
});

describe('recent contacts', () => {
  it('lists what the background recorded, newest first, with where it was seen; the seller’s pick wins', async () => {
    const seen = (key: string, name: string, persona: string | null, minutesAgo: number) => ({
      key,
      name,
      title: 'CISO',
      company: 'Initech',
      profileUrl: null,
      persona,
      pack: persona ? 'acme-test' : null,
      seenAt: NOW - minutesAgo * 60_000,
      seenOn: 'Salesforce',
    });
    const services = memoryServices({
      history: [seen('in/ann', 'Ann Ito', 'security-gatekeeper', 0), seen('in/old', 'Old Champ', 'security-gatekeeper', 90)],
      corrections: [
        { key: 'in/old', title: 'CISO', matchedPersona: 'security-gatekeeper', chosenPersona: 'champion', pack: 'acme-test', wrongMatch: true, at: NOW },
      ],
    });
    await renderList(services);
    // The panel itself writes nothing: the background records every contact it sees.
    expect((await services.history.recent()).map((r) => r.key)).toEqual(['in/ann', 'in/old']);

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Recent' })));
    expect(screen.getByRole('heading', { level: 1, name: 'Recent contacts' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Recent contacts' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.pm-contact-row__name-text')!.textContent),
    ).toEqual(['Ann Ito', 'Old Champ']);
    const ann = within(list).getByText('Ann Ito').closest('li')!;
    expect(within(ann).getByRole('button', { name: 'Security Gatekeeper' })).toBeTruthy();
    expect(within(ann).getByText('Salesforce, just now')).toBeTruthy();
    const old = within(list).getByText('Old Champ').closest('li')!;
    expect(within(old).getByRole('button', { name: 'Compliance Champion' })).toBeTruthy();
    expect(within(old).getByText('Salesforce, 2 h ago')).toBeTruthy();
  });

  it('sets the retention and purges now', async () => {
    const services = await renderList();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Recent' })));
    const retention = screen.getByRole('combobox', { name: 'Keep history for' }) as HTMLSelectElement;
    expect(retention.value).toBe('30');
    await act(async () => void fireEvent.change(retention, { target: { value: '7' } }));
    expect(await services.history.retentionDays()).toBe(7);

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Purge now' })));
    expect(await services.history.recent()).toEqual([]);
    expect(screen.getByText('No contacts yet.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('History purged');
  });
});
