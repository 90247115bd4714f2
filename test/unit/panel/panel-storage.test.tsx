// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Panel } from '../../../components/Panel';
import type { PanelServices } from '../../../components/services';
import { ContactHistory } from '../../../lib/storage/contact-history';
import { CorrectionStore, exportCorrectionsCsv } from '../../../lib/storage/corrections';
import { PersonaMapDb } from '../../../lib/storage/db';
import { jane, profileState, testPack } from './fixtures';

let db: PersonaMapDb;
let services: PanelServices;
beforeEach(() => {
  fakeBrowser.reset();
  db = new PersonaMapDb(`panel-storage-${Math.random()}`);
  services = { corrections: new CorrectionStore(db), history: new ContactHistory(db) };
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

/** Dexie answers on its own schedule: wait until the panel shows what we expect. */
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 20))));

describe('the panel with the real local stores', () => {
  it('stores a persona override in IndexedDB, shows it again next time, and exports it as CSV', async () => {
    render(<Panel state={profileState(jane())} packs={[testPack]} services={services} />);
    await settle();
    fireEvent.change(screen.getByRole('combobox', { name: 'Persona for this contact' }), { target: { value: 'acme-test/champion' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use persona' }));
    await settle();
    expect(await db.corrections.get(jane().contact.key)).toMatchObject({ chosenPersona: 'champion', matchedPersona: 'security-gatekeeper', wrongMatch: true });
    cleanup();

    render(<Panel state={profileState(jane())} packs={[testPack]} services={services} />);
    await settle();
    expect(screen.getByRole('heading', { level: 2, name: 'Compliance Champion' })).toBeTruthy();
    const csv = await exportCorrectionsCsv(db, { includeContacts: true });
    expect(csv.split('\r\n')[1]).toMatch(/^https:\/\/www\.linkedin\.com\/in\/jane\/,CISO at Initech,security-gatekeeper,champion,acme-test,true,/);
  });

  it('stores "wrong match" in IndexedDB', async () => {
    render(<Panel state={profileState(jane())} packs={[testPack]} services={services} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Wrong match' }));
    await settle();
    expect(await db.corrections.get(jane().contact.key)).toMatchObject({ chosenPersona: null, wrongMatch: true });
  });

  it('leaves the local history to the background (it records contacts with or without a panel open)', async () => {
    render(<Panel state={profileState(jane())} packs={[testPack]} services={services} />);
    await settle();
    expect(await db.history.count()).toBe(0);
  });
});
