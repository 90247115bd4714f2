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
import type { SyncResult } from '../../../lib/contracts/sync-result';
import type { PackChange, PackChangeResult } from '../../../lib/contracts/pack-change';
import { bytesOf, freshDb, makePack } from '../sync/test-support';

const settings: EffectiveSettings = {
  packUrls: [],
  trustedKeys: [],
  syncIntervalMinutes: { value: 360, fromPolicy: false },
  editable: { packUrls: true, trustedKeys: true, syncIntervalMinutes: true },
  policyProblems: [],
} as unknown as EffectiveSettings;

let db: PersonaMapDb;
beforeEach(async () => {
  db = freshDb();
  await db.open();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const status = () =>
  within(screen.getByRole('region', { name: 'Persona packs' }))
    .getAllByRole('status')
    .at(-1)!.textContent;
/** The page asks the worker for every change (issue 11); `change` stands for the worker's answer. */
async function renderSection(
  syncNow: (id: string) => Promise<SyncResult[]>,
  change: (c: PackChange) => Promise<PackChangeResult> = async () => ({ ok: true, message: 'done' }) as PackChangeResult,
) {
  render(<PacksSection db={db} settings={settings} change={change} syncNow={syncNow} onChanged={async () => {}} />);
  await act(async () => {});
}
const SOURCE = 'https://packs.example.com/acme.json';

describe('options page feedback', () => {
  it('shows "Syncing…" while a sync runs, then its result', async () => {
    await addPackSource(db, SOURCE);
    let finish!: (result: SyncResult[]) => void;
    await renderSection(() => new Promise((resolve) => (finish = resolve)));
    await act(async () => void fireEvent.click(await screen.findByRole('button', { name: 'Sync now' })));
    expect(status()).toBe(`Syncing ${SOURCE}…`);
    await act(async () => finish([{ kind: 'failed', code: 'http', httpStatus: 503, reason: `${SOURCE} answered HTTP 503` } as SyncResult]));
    expect(status()).toBe(`Sync of ${SOURCE} failed: ${SOURCE} answered HTTP 503`);
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
      expect(status()).toMatch(new RegExp(`^Syncing ${SOURCE.replace(/[.]/g, '\\.')} did not finish: .*message channel closed`));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('reports an import the worker could not save (a full disk), and installs nothing itself', async () => {
    await importPack(db, bytesOf(makePack('1.0.0')), { fileName: 'acme.json', signature: null, trustedKeys: [] });
    const full = new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
    await renderSection(
      async () => [],
      async () => Promise.reject(full),
    );
    const file = new File([bytesOf(makePack('2.0.0'))], 'acme.json', { type: 'application/json' });
    await act(async () => void fireEvent.change(await screen.findByLabelText(/Pack file/), { target: { files: [file] } }));
    await vi.waitFor(() => expect(status()).toBe('acme.json checked: review the changes below, then install'));
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Install Acme 2.0.0' })));
    await vi.waitFor(() => expect(status()).toContain('Installing Acme 2.0.0 did not finish: The current transaction exceeded its quota limitations.'));
    expect((await installedPack(db, 'acme'))?.version).toBe('1.0.0');
  });

  it('shows progress and the worker’s answer for a successful import', async () => {
    const change = vi.fn(async () => ({ ok: true, message: 'Installed acme 1.0.0' }) as PackChangeResult);
    await renderSection(async () => [], change);
    const file = new File([bytesOf(makePack('1.0.0'))], 'acme.json', { type: 'application/json' });
    await act(async () => void fireEvent.change(await screen.findByLabelText(/Pack file/), { target: { files: [file] } }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Install Acme 1.0.0' })).toBeTruthy());
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Install Acme 1.0.0' })));
    await vi.waitFor(() => expect(status()).toBe('Installed acme 1.0.0'));
    expect(change).toHaveBeenCalledWith(expect.objectContaining({ kind: 'import', fileName: 'acme.json' }));
  });

  it('reports a file that cannot be read', async () => {
    await renderSection(async () => []);
    const file = new File(['x'], 'acme.json');
    vi.spyOn(file, 'arrayBuffer').mockRejectedValue(new DOMException('A requested file could not be read', 'NotReadableError'));
    await act(async () => void fireEvent.change(await screen.findByLabelText(/Pack file/), { target: { files: [file] } }));
    await vi.waitFor(() => expect(status()).toBe('Could not read acme.json: A requested file could not be read'));
  });
});
