// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import { memoryServices } from '../../../components/services';
import demoPackJson from '../../../lib/pack/demo-pack.json';
import { PackSchema } from '../../../lib/pack/schema';
import { alternative, contact, jane, matchResult, profileState, testPack } from './fixtures';

const demoPack = PackSchema.parse(demoPackJson);

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

async function renderPanel(props: Parameters<typeof Panel>[0]) {
  const utils = render(<Panel {...props} />);
  await act(async () => {}); // let corrections and history load
  return utils;
}

/** Sections below the first screen are folded; a seller opens one with its heading's button. */
function openSection(name: string): HTMLElement {
  const region = screen.getByRole('region', { name });
  const toggle = within(region).getByRole('button', { name });
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return screen.getByRole('region', { name });
}

beforeEach(() => localStorage.clear());

describe('the persona view of a contact', () => {
  it('shows who the contact is, their persona, objections with proof links and discovery questions', async () => {
    await renderPanel({ state: profileState(jane()), packs: [testPack] });

    expect(screen.getByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Security Gatekeeper' })).toBeTruthy();
    expect(screen.getByText('Buying role: gatekeeper')).toBeTruthy();

    const objections = openSection('Objections');
    const first = within(objections).getByText('We cannot afford another tool').closest('li')!;
    expect(within(first).getByText('Most teams pay for it with the audit prep they no longer do.')).toBeTruthy();
    const proof = within(first).getByRole('link', { name: 'How Acme cut audit prep by 60%' });
    expect(proof.getAttribute('href')).toBe('https://example.com/acme');
    expect(proof.getAttribute('target')).toBe('_blank');
    expect(proof.getAttribute('rel')).toBe('noopener noreferrer');

    const questions = openSection('Discovery questions');
    expect(within(questions).getAllByRole('listitem')).toHaveLength(3);
  });

  it('orders the view the way a seller needs it: now, say, objections, ask, send, background', async () => {
    await renderPanel({ state: profileState(jane()), packs: [testPack] });
    const titles = screen
      .getAllByRole('region')
      .map((r) => r.getAttribute('aria-labelledby') && document.getElementById(r.getAttribute('aria-labelledby')!)?.textContent?.replace(/^[▸▾]/, '')); // the fold arrow is aria-hidden
    expect(titles).toEqual(['What to do now', 'What to say', 'Objections', 'Discovery questions', 'Proof assets', 'Background']);
  });

  it('shows evidence tiers on insights and the talk track', async () => {
    await renderPanel({ state: profileState(jane()), packs: [testPack] });
    const background = openSection('Background');
    const goal = within(background).getByText('Pass audits without pulling engineers').closest('li')!;
    expect(within(goal).getByText('Confirmed').getAttribute('title')).toBe('Evidence: Interviews');
    expect(within(background).getByText('Likely')).toBeTruthy();
    expect(within(background).getByText('Hypothesis')).toBeTruthy();
    expect(within(background).getByText('Security podcasts')).toBeTruthy();
    openSection('What to say');
    expect(screen.getByText('Open with the audit, not the product.')).toBeTruthy();
  });

  it('filters messages, questions and assets by the selected stage', async () => {
    await renderPanel({ state: profileState(jane()), packs: [testPack] });
    const say = openSection('What to say');
    openSection('Discovery questions');
    openSection('Proof assets');
    openSection('Objections');
    expect(within(say).getByText('Audits without the scramble.')).toBeTruthy();
    expect(within(say).getByText('Read-only in an afternoon.')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Stage' }), { target: { value: 'evaluation' } });

    expect(within(say).queryByText('Audits without the scramble.')).toBeNull();
    expect(within(say).getByText('Read-only in an afternoon.')).toBeTruthy();
    expect(within(say).getByText('Book a 30-minute technical review')).toBeTruthy();
    const questions = within(screen.getByRole('region', { name: 'Discovery questions' })).getAllByRole('listitem');
    expect(questions.map((q) => q.querySelector('.pm-question')!.textContent)).toEqual(['What keeps you up at night?']);
    const assets = within(screen.getByRole('region', { name: 'Proof assets' }))
      .getAllByRole('link')
      .map((a) => a.textContent);
    // Proof for the persona's objections first, then what was written for it; the awareness case study is gone.
    expect(assets).toEqual(['ROI calculator', 'SOC 2 report']);
    // Objections are never hidden by the stage: a buyer raises them whenever they like.
    expect(within(screen.getByRole('list', { name: 'Objections' })).getAllByRole('heading', { level: 4 })).toHaveLength(2);
  });

  it('copies a ready-to-paste line for a proof asset', async () => {
    await renderPanel({ state: profileState(jane()), packs: [testPack] });
    const objections = openSection('Objections');
    await act(async () => {
      fireEvent.click(within(objections).getByRole('button', { name: 'Copy line to paste: How Acme cut audit prep by 60%' }));
    });
    expect(writeText).toHaveBeenCalledWith('Here is how Acme cut audit prep by 60%: https://example.com/acme');
    expect(screen.getByRole('status').textContent).toBe('Line copied');

    await act(async () => {
      fireEvent.click(within(objections).getByRole('button', { name: 'Copy link: ROI calculator' }));
    });
    expect(writeText).toHaveBeenLastCalledWith('https://example.com/roi');
  });

  it('works with the bundled demo pack', async () => {
    const item = contact('https://www.linkedin.com/in/sam/', 'Sam Lee', 'CISO at Globex', 'Globex', matchResult('security-gatekeeper', {}, 'northwind-demo'));
    await renderPanel({ state: profileState(item), packs: [demoPack] });
    expect(screen.getByRole('heading', { level: 1, name: 'Sam Lee' })).toBeTruthy();
    const objections = within(openSection('Objections')).getAllByRole('listitem', { name: undefined });
    expect(objections.length).toBeGreaterThan(0);
    expect(within(screen.getByRole('region', { name: 'Objections' })).getAllByRole('link').length).toBeGreaterThan(0);
  });
});

describe('when the engine is unsure, wrong, or finds nothing', () => {
  it('shows "not a fit" for a negative persona', async () => {
    const item = contact('k1', 'Sam Student', 'Student at MIT', null, matchResult('student', { kind: 'negative' }));
    await renderPanel({ state: profileState(item), packs: [testPack] });
    expect(screen.getByRole('heading', { name: 'Student or Recruiter' })).toBeTruthy();
    expect(screen.getAllByText('Not a fit').length).toBeGreaterThan(0);
    openSection('What to say');
    expect(screen.getByText('Be kind and brief.')).toBeTruthy();
  });

  it('shows the reasons when nothing matched, and lets the seller pick a persona', async () => {
    const services = memoryServices();
    const item = contact('k2', 'Bo Washer', 'Chief Bottle Washer', 'Initech', matchResult(null));
    await renderPanel({ state: profileState(item), packs: [testPack], services });
    expect(screen.getByRole('heading', { name: 'No persona matched' })).toBeTruthy();
    const reasons = within(screen.getByRole('list', { name: 'Match reasons' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(reasons).toEqual([
      'no persona matched',
      'the title reads as no function, no seniority (no role found)',
      'no phrase of any persona appears in this title',
    ]);
    expect(screen.queryByRole('region', { name: 'Objections' })).toBeNull();

    fireEvent.change(screen.getByRole('combobox', { name: 'Persona for this contact' }), { target: { value: 'acme-test/economic-buyer' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Use persona' }));
    });
    expect(screen.getByRole('heading', { name: 'Economic Buyer' })).toBeTruthy();
    const [saved] = await services.corrections.list();
    expect(saved).toMatchObject({ key: 'k2', title: 'Chief Bottle Washer', matchedPersona: null, chosenPersona: 'economic-buyer', pack: 'acme-test' });
  });

  it('opens the reasons and runners-up when a runner-up scored close, and remembers a pick', async () => {
    const services = memoryServices();
    const match = matchResult('security-gatekeeper', { score: 50, alternatives: [alternative('champion', 45, 'compliance')] });
    const item = contact('k3', 'Pat Kim', 'CISO and Compliance Manager', 'Initech', match);
    const { unmount } = await renderPanel({ state: profileState(item), packs: [testPack], services });
    const why = screen.getByText(/Not sure about this match/).closest('details')!;
    expect(why.open).toBe(true);
    const runnersUp = within(why).getByRole('list', { name: 'Runners-up' });
    expect(within(runnersUp).getByText('Compliance Champion')).toBeTruthy();
    expect(runnersUp.textContent).toContain('keyword “compliance” matched');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Use Compliance Champion' }));
    });
    expect(screen.getByRole('heading', { name: 'Compliance Champion' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('You picked Compliance Champion for this contact; the rules said Security Gatekeeper.');
    unmount();

    // Remembered: the same contact shows the seller's pick next time.
    await renderPanel({ state: profileState(item), packs: [testPack], services });
    expect(screen.getByRole('heading', { name: 'Compliance Champion' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo correction' }));
    });
    expect(screen.getByRole('heading', { name: 'Security Gatekeeper' })).toBeTruthy();
    expect(await services.corrections.list()).toEqual([]);
  });

  it('stores "wrong match" for the contact', async () => {
    const services = memoryServices();
    await renderPanel({ state: profileState(jane()), packs: [testPack], services });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Wrong match' }));
    });
    const [saved] = await services.corrections.list();
    expect(saved).toMatchObject({ key: jane().contact.key, matchedPersona: 'security-gatekeeper', chosenPersona: null, wrongMatch: true });
    expect(screen.getByRole('note').textContent).toContain('You marked Security Gatekeeper as a wrong match.');
    expect(screen.queryByRole('region', { name: 'Objections' })).toBeNull();
  });
});

describe('page text is text', () => {
  it('never renders HTML from a pack or a page, and never links a non-https URL', async () => {
    const item = contact('k4', '<img src=x onerror=alert(1)>', '<b>CISO</b>', null, matchResult('security-gatekeeper'));
    const pack = structuredClone(testPack);
    pack.personas[0]!.objections![0]!.response = '<script>alert(1)</script>';
    pack.assets[0]!.url = 'javascript:alert(1)';
    await renderPanel({ state: profileState(item), packs: [pack] });
    for (const name of ['What to say', 'Objections', 'Discovery questions', 'Proof assets', 'Background']) openSection(name);
    fireEvent.click(within(screen.getByRole('list', { name: 'Top objections' })).getAllByRole('button')[0]!);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img, script, b')).toBeNull();
    expect(screen.getAllByText('<script>alert(1)</script>').length).toBe(2); // the first screen and the Objections section
    expect([...document.querySelectorAll('a')].every((a) => a.href.startsWith('https:'))).toBe(true);
  });
});

describe('getting to the answer fast', () => {
  it('puts the lead message, the top objections one line each and the next question first; the rest is folded', async () => {
    await renderPanel({ state: profileState(jane()), packs: [testPack] });
    const now = screen.getByRole('region', { name: 'What to do now' });
    expect(within(now).getByRole('group', { name: 'Lead with' }).textContent).toContain('Audits without the scramble.');
    const lines = within(within(now).getByRole('list', { name: 'Top objections' })).getAllByRole('button');
    expect(lines.map((b) => b.textContent)).toEqual(['1We cannot afford another tool', '2We already have a scanner']);
    expect(lines.every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(within(now).queryByText('Most teams pay for it with the audit prep they no longer do.')).toBeNull();
    expect(now.querySelector('.pm-next-question')!.textContent).toBe('Ask next How long did your last audit take?');
    for (const name of ['What to say', 'Objections', 'Discovery questions', 'Proof assets', 'Background'])
      expect(within(screen.getByRole('region', { name })).getByRole('button', { name }).getAttribute('aria-expanded')).toBe('false');
  });

  it('number keys and j/k open an objection with its response and proof; c copies the proof line', async () => {
    await renderPanel({ state: profileState(jane()), packs: [testPack] });
    const list = screen.getByRole('list', { name: 'Top objections' });
    fireEvent.keyDown(document.body, { key: '1' });
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('button', { expanded: true })).toBe(document.activeElement);
    expect(within(first).getByText('Most teams pay for it with the audit prep they no longer do.')).toBeTruthy();
    expect(within(first).getByRole('link', { name: 'How Acme cut audit prep by 60%' })).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: 'c' });
    });
    expect(writeText).toHaveBeenCalledWith('Here is how Acme cut audit prep by 60%: https://example.com/acme');
    expect(screen.getByRole('status').textContent).toBe('Line copied: How Acme cut audit prep by 60%');

    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    const second = within(list).getAllByRole('listitem')[1]!;
    expect(within(second).getByRole('button', { expanded: true })).toBe(document.activeElement);
    expect(within(first).queryByText('Most teams pay for it with the audit prep they no longer do.')).toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'k' });
    expect(within(first).getByRole('button', { expanded: true })).toBe(document.activeElement);

    // Typed into the search box, the same keys are text.
    const search = screen.getByRole('combobox', { name: 'Search personas, objections and assets' });
    search.focus();
    writeText.mockClear();
    fireEvent.keyDown(search, { key: 'c' });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('remembers which sections the seller opened', async () => {
    await renderPanel({ state: profileState(jane()), packs: [testPack] });
    openSection('Proof assets');
    cleanup();
    await renderPanel({ state: profileState(jane()), packs: [testPack] });
    expect(
      within(screen.getByRole('region', { name: 'Proof assets' }))
        .getByRole('button', { name: 'Proof assets' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(
      within(screen.getByRole('region', { name: 'Objections' }))
        .getByRole('button', { name: 'Objections' })
        .getAttribute('aria-expanded'),
    ).toBe('false');
  });
});

describe('themes and pop-out', () => {
  it('cycles system → light → dark and remembers the choice', async () => {
    localStorage.clear();
    const { container } = await renderPanel({ state: null, packs: [testPack] });
    const panel = container.querySelector('.pm-panel')!;
    expect(panel.getAttribute('data-theme')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Theme: same as the system/ }));
    expect(panel.getAttribute('data-theme')).toBe('light');
    fireEvent.click(screen.getByRole('button', { name: /^Theme: light/ }));
    expect(panel.getAttribute('data-theme')).toBe('dark');
    expect(localStorage.getItem('persona-map-theme')).toBe('dark');
  });

  it('offers a pop-out window only when the entrypoint can open one', async () => {
    const popOut = vi.fn();
    await renderPanel({ state: null, packs: [testPack], services: { ...memoryServices(), popOut } });
    fireEvent.click(screen.getByRole('button', { name: 'Open in a new window' }));
    expect(popOut).toHaveBeenCalledOnce();
    cleanup();
    await renderPanel({ state: null, packs: [testPack] });
    expect(screen.queryByRole('button', { name: 'Open in a new window' })).toBeNull();
  });
});

describe('persona content from the persona map', () => {
  const sam = () =>
    contact('https://www.linkedin.com/in/sam/', 'Sam Lee', 'CISO at Globex', 'Globex', matchResult('security-gatekeeper', {}, 'northwind-demo'));
  const persona = demoPack.personas.find((p) => p.id === 'security-gatekeeper')!;

  it('shows competitors with their trap question and proof, quotes with their source, the empathy map and jobs to be done', async () => {
    await renderPanel({ state: profileState(sam()), packs: [demoPack] });
    const competitors = openSection('Competitors');
    const first = persona.competitors![0]!;
    const item = within(competitors).getByRole('heading', { name: first.name }).closest('li')!;
    expect(item.textContent).toContain(first.positioning);
    expect(item.textContent).toContain(`Trap question: ${first.trapQuestion}`);
    expect(within(item).getByRole('link').getAttribute('href')).toBe(demoPack.assets.find((a) => a.id === first.proof![0])!.url);
    const voice = openSection('Voice of the customer');
    const quote = within(within(voice).getByRole('list', { name: 'Quotes' })).getAllByRole('listitem')[0]!;
    expect(quote.textContent).toBe(`“${persona.quotes![0]!.text}”${persona.quotes![0]!.source}`);
    for (const heading of ['Says', 'Thinks', 'Feels', 'Does']) expect(within(voice).getByRole('heading', { name: heading })).toBeTruthy();
    expect(within(openSection('Background')).getByRole('heading', { name: 'Jobs to be done' })).toBeTruthy();
  });

  it('finds a competitor and a quote by search, opening their section', async () => {
    await renderPanel({ state: profileState(sam()), packs: [demoPack] });
    const search = screen.getByRole('combobox', { name: 'Search personas, objections and assets' });
    fireEvent.change(search, { target: { value: 'in-house' } });
    const option = screen.getAllByRole('option').find((o) => o.textContent?.includes('Build it in-house'))!;
    expect(option.textContent).toContain('Competitor · Security Gatekeeper');
    fireEvent.click(option);
    await act(async () => {});
    expect(
      within(screen.getByRole('region', { name: 'Competitors' }))
        .getByRole('button', { name: 'Competitors' })
        .getAttribute('aria-expanded'),
    ).toBe('true');

    fireEvent.change(search, { target: { value: 'another dashboard' } });
    expect(screen.getAllByRole('option').some((o) => o.textContent?.includes('Quote · Security Gatekeeper'))).toBe(true);
  });
});
