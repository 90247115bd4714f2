/**
 * Surviving the loss of the IndexedDB database (a full disk, broken files, a browser that
 * discarded it): what is needed to rebuild it is mirrored in a second durable place,
 * `storage.local` — the pack sources, the seller's choices about each pack, and which packs and
 * versions were in use. Trusted keys and page preferences already live there (utils/settings.ts).
 *
 * A random marker is written to the database and to the mirror. At start-up and before each
 * sync the two are compared: a database that cannot be opened, or that lacks the mirror's
 * marker, was lost. Its sources and choices are then put back (so the next sync installs the
 * packs again, and the demo pack stays off if the seller had a real one), and a notice says
 * what happened and what could not be restored (imported files must be imported again).
 */
import type { PackPrefs, PackSource, PersonaMapDb } from './db';
import { BUNDLED_SOURCE } from './installed-packs';
import { IMPORT_SOURCE } from './pack-store';
import { newSource } from '../sync/sources';
import { recorded, recordingWords, sayIn, type SaidText } from '../said';

export interface RecoveryMirror {
  marker: string;
  savedAt: number;
  sources: Pick<PackSource, 'url' | 'origin' | 'packId'>[];
  prefs: PackPrefs[];
  /** The version in use of each pack, and where it came from. */
  packs: { packId: string; version: string; source: string }[];
}

export interface RecoveryNotice {
  at: number;
  /** In the language of the worker that wrote it. */
  message: string;
  /** The same notice as recorded (lib/said.ts), said in the options page's language; absent in notices from before. */
  said?: SaidText;
}

/** A storage.local item (wxt's storage.defineItem), or a fake in tests. */
export interface DurableItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface RecoveryReport {
  /** Why the database counts as lost. */
  cause: string;
  restoredSources: string[];
  /** Packs that came from a file: no source to sync them from. */
  toImportAgain: { packId: string; version: string }[];
  notice: RecoveryNotice;
}

/**
 * The notice's sentences. The worker passes them in the UI language (utils/recovery-words.ts):
 * this module stays free of extension APIs. The error, URLs and pack names go in verbatim.
 */
export interface RecoveryWords {
  cannotOpen(error: string): string;
  replaced: string;
  empty: string;
  lost(cause: string): string;
  sourcesRestored(urls: string[]): string;
  noSources: string;
  importAgain(packs: string[]): string;
  kept: string;
}

export const englishRecoveryWords: RecoveryWords = {
  cannotOpen: (error) => `it could not be opened (${error})`,
  replaced: 'it was replaced by a different one',
  empty: 'it was found empty',
  lost: (cause) => `Persona Map's local database was lost (${cause}), so the installed packs were gone.`,
  sourcesRestored: (urls) =>
    `Your ${urls.length === 1 ? 'pack source was' : `${urls.length} pack sources were`} restored and ${urls.length === 1 ? 'is' : 'are'} syncing again: ${urls.join(', ')}.`,
  noSources: 'There were no pack sources to restore.',
  importAgain: (packs) => `Import again the pack${packs.length === 1 ? '' : 's'} you had imported from a file: ${packs.join(', ')}.`,
  kept: 'Your trusted keys and settings were kept; contact history, corrections and usage counts from before could not be recovered.',
};

const MARKER = 'marker';
const why = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const newMarker = () => globalThis.crypto.randomUUID();

/** Writes what a rebuild needs to the mirror. Call after anything changes sources, prefs or packs. */
export async function saveMirror(db: PersonaMapDb, mirror: DurableItem<RecoveryMirror | null>, now = Date.now()): Promise<RecoveryMirror> {
  const snapshot = await db.transaction('rw', db.meta, db.packSources, db.packPrefs, db.packs, async () => {
    let marker = (await db.meta.get(MARKER))?.value;
    if (!marker) {
      marker = newMarker();
      await db.meta.put({ key: MARKER, value: marker });
    }
    const sources = (await db.packSources.toArray()).map(({ url, origin, packId }) => ({ url, origin, packId }));
    const prefs = await db.packPrefs.toArray();
    const packs = (await db.packs.where('active').equals(1).toArray()).map(({ packId, version, source }) => ({ packId, version, source }));
    return { marker, savedAt: now, sources, prefs, packs };
  });
  await mirror.setValue(snapshot);
  return snapshot;
}

/**
 * Checks that the database is the one the mirror describes; if it was lost, rebuilds what can
 * be rebuilt and returns what happened (null when all is well). Never throws for a broken
 * database: it is deleted and created afresh, since its contents cannot be read anyway.
 */
export async function recoverLostDatabase(
  db: PersonaMapDb,
  mirror: DurableItem<RecoveryMirror | null>,
  now = Date.now(),
  spoken: RecoveryWords = englishRecoveryWords,
): Promise<RecoveryReport | null> {
  // The notice stays until dismissed: recorded, it reads in the language the seller has then.
  const words = recordingWords(spoken);
  let cause: string | null = null;
  const readMarker = async (): Promise<string | undefined> => {
    try {
      if (!db.isOpen()) await db.open();
      return (await db.meta.get(MARKER))?.value;
    } catch (error) {
      cause = words.cannotOpen(why(error));
      db.close();
      await db.delete({ disableAutoOpen: false });
      await db.open();
      return undefined;
    }
  };
  // Side by side: this is on the path of every start of the worker, before its first match.
  const [saved, marker] = await Promise.all([mirror.getValue(), readMarker()]);
  if (!saved) {
    await saveMirror(db, mirror, now);
    return null;
  }
  if (!cause && marker === saved.marker) return null;
  cause ??= marker ? words.replaced : words.empty;

  await db.transaction('rw', db.meta, db.packSources, db.packPrefs, async () => {
    for (const source of saved.sources) {
      if (await db.packSources.get(source.url)) continue;
      await db.packSources.put({ ...newSource(source.url, source.origin, now), packId: source.packId });
    }
    for (const prefs of saved.prefs) if (!(await db.packPrefs.get(prefs.packId))) await db.packPrefs.put(prefs);
    await db.meta.put({ key: MARKER, value: saved.marker });
  });
  const restoredSources = saved.sources.map((s) => s.url);
  const toImportAgain = saved.packs.filter((p) => p.source === IMPORT_SOURCE).map(({ packId, version }) => ({ packId, version }));
  const lostPacks = saved.packs.filter((p) => p.source !== BUNDLED_SOURCE);
  const parts = [
    words.lost(cause),
    restoredSources.length ? words.sourcesRestored(restoredSources) : lostPacks.length ? '' : words.noSources,
    toImportAgain.length ? words.importAgain(toImportAgain.map((p) => `${p.packId} ${p.version}`)) : '',
    words.kept,
  ];
  const said = recorded(parts.filter(Boolean).join(' '));
  return {
    cause: sayIn(recorded(cause), spoken) ?? cause,
    restoredSources,
    toImportAgain,
    notice: { at: now, message: sayIn(said, spoken) ?? '', said },
  };
}
