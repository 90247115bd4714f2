// @vitest-environment happy-dom
/**
 * Issue 19, sync 10: every options-page action shows progress, then success or why it failed;
 * the worker dying mid-sync and a failed import on a full disk included.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PacksSection } from '../../../components/options/PacksSection';
import type { EffectiveSettings } from '../../../lib/policy/managed';
import type { PersonaMapDb } from '../../../lib/storage/db';
import { installedPack } from '../../../lib/storage/pack-store';
import { importPack } from '../../../lib/sync/import';
import { addPackSource } from '../../../lib/sync/sources';
import type { SyncResult } from '../../../lib/sync/sync-source';
import { bytesOf, freshDb, makePack } from '../sync/test-support';

const settings: EffectiveSettings = {
  packUrls: [],
  trustedKeys: [],
  syncIntervalMinutes: { value: 360, fromPolicy: false },
  editable: { packUrls: true, trustedKeys: true, syncIntervalMinutes: true },
  policyProblems: [],
} as unknown as EffectiveSettings;

let db: PersonaMapDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const status = () => within(screen.getByRole('region', { name: 'Persona packs' })).getAllByRole('status').at(-1)!.textContent;
async function renderSection(syncNow: (id: string) => Promise<SyncResult | undefined>) {
  render(<PacksSection db={db} settings={settings} onPacksChanged={async () => {}} syncNow={syncNow} saveUserKeys={async () => {}} />);
  await act(async () => {});
}
const SOURCE = 'https://packs.example.com/acme.json';

describe('options page feedback', () => {
  it('shows "Syncing…" while a sync runs, then its result', async () => {
    await addPackSource(db, SOURCE);
    let finish!: (result: SyncResult) => void;
    await renderSection(() => new Promise((resolve) => (finish = resolve)));
    await act(async () => void fireEvent.click(await screen.findByRole('button', { name: 'Sync now' })));
    expect(status()).toBe(`Syncing ${SOURCE}…`);
    await act(async () => finish({ kind: 'failed', code: 'http', httpStatus: 503, reason: `${SOURCE} answered HTTP 503` } as SyncResult));
    expect(status()).toBe(`Sync of ${SOURCE} failed: ${SOURCE} answered HTTP 503; the installed pack is unchanged`);
  });

  it('says so when the worker dies mid-sync, instead of staying silent', async () => {
    await addPackSource(db, SOURCE);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      await renderSection(async () => {
        throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
      });
      await act(async () => void fireEvent.click(await screen.findByRole('button', { name: 'Sync now' })));
      await act(async () => {});
      expect(status()).toMatch(new RegExp(`^Sync of ${SOURCE.replace(/[.]/g, '\\.')} did not finish: the background worker stopped before the sync finished \\(.*message channel closed.*\\); the installed pack is unchanged, try Sync now again$`));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('reports an import that fails on a full disk, and keeps the installed pack', async () => {
    await importPack(db, bytesOf(makePack('1.0.0')), { fileName: 'acme.json', signature: null, trustedKeys: [] });
    await renderSection(async () => undefined);
    const file = new File([bytesOf(makePack('2.0.0'))], 'acme.json', { type: 'application/json' });
    await act(async () => void fireEvent.change(screen.getByLabelText(/Pack file/), { target: { files: [file] } }));
    await vi.waitFor(() => expect(status()).toBe('acme.json checked: review the changes below, then install'));
    // The disk fills between the preview and the install.
    const full = new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
    vi.spyOn(db, 'transaction').mockImplementation((() => Promise.reject(full)) as never);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Install Acme 2.0.0' })));
    await vi.waitFor(() => expect(status()).toContain('Not installed: acme.json could not be saved (the installed pack is unchanged): QuotaExceededError: The current transaction exceeded its quota limitations.'));
    vi.restoreAllMocks();
    expect((await installedPack(db, 'acme'))?.version).toBe('1.0.0');
  });

  it('shows progress and the outcome of a successful import', async () => {
    await renderSection(async () => undefined);
    const file = new File([bytesOf(makePack('1.0.0'))], 'acme.json', { type: 'application/json' });
    await act(async () => void fireEvent.change(screen.getByLabelText(/Pack file/), { target: { files: [file] } }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Install Acme 1.0.0' })).toBeTruthy());
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Install Acme 1.0.0' })));
    await vi.waitFor(() => expect(status()).toBe('Installed acme 1.0.0'));
  });

  it('reports a file that cannot be read', async () => {
    await renderSection(async () => undefined);
    const file = new File(['x'], 'acme.json');
    vi.spyOn(file, 'arrayBuffer').mockRejectedValue(new DOMException('A requested file could not be read', 'NotReadableError'));
    await act(async () => void fireEvent.change(screen.getByLabelText(/Pack file/), { target: { files: [file] } }));
    await vi.waitFor(() => expect(status()).toBe('Could not read acme.json: NotReadableError: A requested file could not be read'));
  });
});
