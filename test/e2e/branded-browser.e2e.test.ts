/**
 * A branded Chrome that ignores --load-extension (as Chrome 137+ and Edge do), simulated by a
 * `google-chrome` wrapper that drops the flags that load an unpacked build (both
 * --load-extension and --disable-extensions-except load it) before starting Chromium: the harness
 * must ask for the flag back and, when the extension still does not start, stop with one
 * sentence that says why and what to install, not a Playwright timeout.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserMissing, currentHost, findBrowser } from './find-browser';
import { ExtensionSession } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'persona-map-branded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a branded Chrome that refuses unpacked extensions', () => {
  it('is launched with the switch that re-enables --load-extension, then named in one sentence', async () => {
    const real = findBrowser({ ...currentHost(), env: { ...process.env, CHROMIUM_PATH: undefined } });
    const argsLog = join(dir, 'args.txt');
    const wrapper = join(dir, 'google-chrome');
    writeFileSync(
      wrapper,
      `#!/bin/bash\nprintf '%s\\n' "$@" > ${JSON.stringify(argsLog)}\nargs=()\nfor a in "$@"; do [[ $a == --load-extension=* || $a == --disable-extensions-except=* ]] || args+=("$a"); done\nexec ${JSON.stringify(real.path)} "\${args[@]}"\n`,
    );
    chmodSync(wrapper, 0o755);
    const browser = findBrowser({ ...currentHost(), env: { CHROMIUM_PATH: wrapper } });
    expect(browser).toEqual({ path: wrapper, name: 'Google Chrome', branded: true });

    const outcome = await ExtensionSession.launch({ browser, extensionStartMs: 5_000 }).then(
      (session) => session.close().then(() => new Error('the extension loaded although the wrapper dropped its flags')),
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(BrowserMissing);
    expect((outcome as Error).message).toMatch(
      /^Google Chrome at \S+google-chrome did not load the unpacked extension from \S+chrome-mv3-test within 5 s \(branded Chrome and Edge no longer allow that from the command line\): install Chromium or set CHROMIUM_PATH to a Chromium executable\.$/,
    );
    expect(readFileSync(argsLog, 'utf8').split('\n')).toContain('--disable-features=DisableLoadExtensionCommandLineSwitch');
  });
});
