/**
 * What the background does with pack files rather than with pages: sync (fetch, signature check,
 * YAML and schema validation, install), import, the options page's pack changes, and installing
 * the bundled demo pack into an empty database. It carries Zod, the YAML parser and the demo pack,
 * about two thirds of the background's code, so it is built as its own script
 * (entrypoints/pack-work.ts) that the background loads only when it needs one of these
 * (lib/platform/lazy-script.ts): matching a page's titles and setting the badge never do.
 */
import { ensureBundledPack } from '../storage/installed-packs';
import { syncDueSources, syncSourceNow } from '../sync/sync-source';
import { applyPackChange } from './pack-changes';

export const packWork = { applyPackChange, ensureBundledPack, syncDueSources, syncSourceNow };
export type PackWork = typeof packWork;
