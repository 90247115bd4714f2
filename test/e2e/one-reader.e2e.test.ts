/**
 * One reader per page (lib/adapters/built-in-hosts.ts): the custom-site script is registered with
 * the built-in script's hosts excluded, and Chromium keeps the exclusion it was given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionSession } from './harness';

describe('one reader per page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await ExtensionSession.launch();
  });
  afterAll(() => session?.close());

  it('registers the custom-site script away from the built-in hosts', async () => {
    const registered = () => session.currentWorker().evaluate(() => chrome.scripting.getRegisteredContentScripts());
    await expect.poll(async () => (await registered()).flatMap((s) => s.matches ?? [])).toContain('https://*.pipedrive.com/person/*');
    const [script] = await registered();
    expect(script?.excludeMatches).toEqual(
      expect.arrayContaining(['https://www.linkedin.com/*', 'https://*.hubspot.com/*', 'https://*.my.salesforce.com/*', 'https://*.lightning.force.com/*']),
    );
  });
});
