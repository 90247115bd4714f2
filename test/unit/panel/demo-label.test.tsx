// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';

import type { EffectiveSettings } from '../../../lib/policy/managed';
import { PacksSection } from '../../../components/options/PacksSection';
import { Panel } from '../../../components/Panel';
import { memoryServices } from '../../../components/services';
import demoPackJson from '../../../lib/pack/demo-pack.json';
import { PackSchema } from '../../../lib/pack/schema';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { PersonaMapDb } from '../../../lib/storage/db';
import { ensureBundledPack } from '../../../lib/storage/installed-packs';
import { installPack } from '../../../lib/storage/pack-store';
import { contact, jane, matchResult, profileState, testPack } from './fixtures';

const demoPack = PackSchema.parse(demoPackJson);
const labels = (root: HTMLElement) => within(root).queryAllByText('DEMO');

afterEach(cleanup);

describe('the DEMO label on sample content', () => {
  it('the bundled demo pack says it is sample content; the test pack does not', () => {
    expect(demoPack.demo).toBe(true);
    expect(testPack.demo).toBeUndefined();
  });

  it("marks the persona view when the persona comes from the demo pack, next to the pack's name", async () => {
    const sam = contact('https://www.linkedin.com/in/sam/', 'Sam Lee', 'CISO at Globex', 'Globex', matchResult('security-gatekeeper', {}, demoPack.id));
    render(<Panel state={profileState(sam)} packs={[demoPack]} services={memoryServices()} />);
    await act(async () => {});
    const persona = screen.getByRole('article', { name: 'Persona: Security Gatekeeper' });
    const [label] = labels(persona);
    expect(labels(persona)).toHaveLength(1);
    expect(label!.getAttribute('title')).toBe("Sample content from a demo pack (a fictitious company), not your team's personas");
    expect(label!.previousElementSibling?.textContent).toBe(demoPack.name);
  });

  it('leaves a real pack unlabelled', async () => {
    render(<Panel state={profileState(jane())} packs={[testPack]} services={memoryServices()} />);
    await act(async () => {});
    expect(screen.getByRole('article', { name: 'Persona: Security Gatekeeper' })).toBeTruthy();
    expect(screen.queryAllByText('DEMO')).toHaveLength(0);
  });

  it('marks exactly the search results that come from the demo pack', async () => {
    const packs = [testPack, demoPack];
    render(<Panel state={null} packs={packs} services={memoryServices()} />);
    await act(async () => {});
    const query = 'security';
    const expected = buildSearchIndex(packs).search(query);
    expect(new Set(expected.map((hit) => hit.packId))).toEqual(new Set([testPack.id, demoPack.id])); // both kinds are on screen
    fireEvent.change(screen.getByRole('combobox', { name: 'Search personas, objections and assets' }), { target: { value: query } });
    const options = within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');
    expect(options.map((option) => labels(option).length)).toEqual(expected.map((hit) => (hit.packId === demoPack.id ? 1 : 0)));
  });

  it("marks the demo pack's row in the options page's installed packs, and no other", async () => {
    const db = new PersonaMapDb('demo-label-options', { indexedDB, IDBKeyRange });
    try {
      await ensureBundledPack(db);
      await installPack(db, testPack, { source: 'https://packs.example.com/acme.json' });
      const settings = {
        packUrls: [],
        trustedKeys: [],
        syncIntervalMinutes: { value: 360, fromPolicy: false },
        editable: { packUrls: true, trustedKeys: true, syncIntervalMinutes: true },
        policyProblems: [],
      } as unknown as EffectiveSettings;
      render(<PacksSection db={db} settings={settings} change={async () => ({ ok: true, message: '' })} syncNow={async () => []} onChanged={async () => {}} />);
      const list = await screen.findByRole('list', { name: 'Installed packs' });
      const demoRow = await within(list).findByRole('listitem', { name: `${demoPack.name} ${demoPack.version}` });
      const realRow = within(list).getByRole('listitem', { name: `${testPack.name} ${testPack.version}` });
      expect(labels(demoRow)).toHaveLength(1);
      expect(labels(realRow)).toHaveLength(0);
    } finally {
      cleanup();
      await db.delete();
    }
  });
});
