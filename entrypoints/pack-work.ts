/**
 * The background's pack work (lib/background/pack-work.ts) as a script of its own, loaded by the
 * background only when it syncs, imports or changes packs (lib/platform/lazy-script.ts). Not
 * listed in the manifest and not web-accessible: only the extension's own background loads it.
 */
import { packWork } from '@/lib/background/pack-work';
import { PACK_WORK_GLOBAL } from '@/lib/background/pack-work-script';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PACK_WORK_GLOBAL] = packWork;
});
