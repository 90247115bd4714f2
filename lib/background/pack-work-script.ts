/** Where the background finds lib/background/pack-work.ts once built (entrypoints/pack-work.ts). */
import type { PackWork } from './pack-work';
import { lazyScript, type BackgroundScope, type LazyScript } from '../platform/lazy-script';

export const PACK_WORK_SCRIPT = '/pack-work.js';
export const PACK_WORK_GLOBAL = 'personaMapPackWork';

export const packWorkScript = (scope?: BackgroundScope): LazyScript<PackWork> => lazyScript<PackWork>(PACK_WORK_SCRIPT, PACK_WORK_GLOBAL, scope);
