/**
 * The background service worker (a Firefox event page): wiring only. What it does is
 * lib/background/worker.ts; here it gets the real browser, database, messaging and words.
 */
// First: it starts reading the lexicon while the rest of the bundle is evaluated.
import { readPrebuiltLexicon } from '@/utils/lexicon-request';
import { createWorker } from '@/lib/background/worker';
import { packWorkScript } from '@/lib/background/pack-work-script';
import { onMessage, sendMessage } from '@/lib/contracts/messages';
import { inlineChipSettingFor, inlineChipsEnabled } from '@/utils/inline-chip-settings';
import { recoveryMirror, recoveryNotice, userSyncIntervalMinutes, userTrustedKeys } from '@/utils/settings';
import { PersonaMapDb } from '@/lib/storage/db';
import { badgeWords, matchSelectionMenuTitle } from '@/utils/badge-words';
import { packChangeWords } from '@/utils/pack-change-words';
import { recoveryWords } from '@/utils/recovery-words';
import { syncWords } from '@/utils/sync-words';

export default defineBackground(() => {
  createWorker({
    browser,
    db: new PersonaMapDb(),
    messaging: { onMessage, sendMessage },
    // Called while the worker's code first runs: the install listener it adds must be added then.
    packWork: packWorkScript(),
    settings: {
      userTrustedKeys,
      userSyncIntervalMinutes,
      recoveryMirror,
      recoveryNotice,
      inlineChipsOn: (pageUrl) => inlineChipsEnabled(inlineChipSettingFor(pageUrl)),
    },
    words: {
      badge: badgeWords(),
      matchSelectionMenuTitle: matchSelectionMenuTitle(),
      packChange: packChangeWords(),
      sync: syncWords(),
      recovery: recoveryWords(),
    },
    now: Date.now,
    fetch: (input, init) => fetch(input, init),
    readPrebuiltLexicon,
  });
});
