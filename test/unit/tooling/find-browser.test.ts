/**
 * The browser finder's decisions on machines described by hand: Debian in CI, a seller's Mac or
 * Windows laptop with only Chrome or Edge, a developer without root, a mistyped CHROMIUM_PATH.
 */
import { describe, expect, it } from 'vitest';
import { BrowserMissing, findBrowser, findFirefox, findOrInstallBrowser, findOrInstallFirefox, lookUpBrowser, type Host } from '../../e2e/find-browser';

function host(overrides: Partial<Host> & { files?: string[] } = {}): Host {
  const files = new Set(overrides.files ?? []);
  return {
    platform: 'linux',
    env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
    home: '/home/seller',
    isExecutable: (path) => files.has(path),
    isRoot: false,
    isDebianWithApt: false,
    ...overrides,
  };
}

const found = (h: Host) => {
  const lookup = lookUpBrowser(h);
  if (lookup.kind !== 'found') throw new Error(`expected a browser, got ${JSON.stringify(lookup)}`);
  return lookup.browser;
};
const sentence = (h: Host) => {
  const lookup = lookUpBrowser(h);
  if (lookup.kind !== 'missing') throw new Error(`expected the missing-browser sentence, got ${JSON.stringify(lookup)}`);
  return lookup.sentence;
};

/** One sentence: one line, one full stop at the end, no stack trace. */
const ONE_SENTENCE = /^[^\n]+[^.]\.$/;

describe('browser finder', () => {
  it('uses CHROMIUM_PATH when it names an executable, and tells Chrome and Edge from Chromium', () => {
    expect(found(host({ env: { CHROMIUM_PATH: '/opt/cr/chrome' }, files: ['/opt/cr/chrome', '/usr/bin/chromium'] }))).toEqual({
      path: '/opt/cr/chrome',
      name: 'Google Chrome',
      branded: true,
    });
    expect(found(host({ env: { CHROMIUM_PATH: '/opt/chromium/chrome' }, files: ['/opt/chromium/chrome'] })).branded).toBe(false);
    expect(found(host({ platform: 'win32', env: { CHROMIUM_PATH: 'C:\\Edge\\msedge.exe' }, files: ['C:\\Edge\\msedge.exe'] })).name).toBe('Microsoft Edge');
  });

  it('refuses a CHROMIUM_PATH that points nowhere instead of quietly using another browser or installing one', () => {
    const text = sentence(host({ env: { CHROMIUM_PATH: '/nowhere' }, files: ['/usr/bin/chromium'], isRoot: true, isDebianWithApt: true }));
    expect(text).toBe(
      'CHROMIUM_PATH is set to /nowhere, which is not an executable browser: point it at Chromium, Chrome or Edge, or unset it to let Persona Map look in the usual places.',
    );
    expect(text).toMatch(ONE_SENTENCE);
  });

  it("prefers Debian's /usr/bin/chromium, then Chromium on PATH, then Chromium's install places", () => {
    expect(found(host({ files: ['/usr/bin/chromium', '/usr/local/bin/chromium'] })).path).toBe('/usr/bin/chromium');
    expect(found(host({ files: ['/usr/local/bin/chromium-browser', '/snap/bin/chromium'] })).path).toBe('/usr/local/bin/chromium-browser');
    expect(found(host({ env: { PATH: '' }, files: ['/snap/bin/chromium', '/opt/google/chrome/chrome'] })).path).toBe('/snap/bin/chromium');
  });

  it('takes Chromium over branded Chrome and Edge, which refuse --load-extension, wherever they are', () => {
    const h = host({ files: ['/usr/local/bin/google-chrome', '/usr/bin/microsoft-edge', '/usr/lib/chromium/chromium'] });
    expect(found(h)).toEqual({ path: '/usr/lib/chromium/chromium', name: 'Chromium', branded: false });
  });

  it('finds branded Chrome or Edge on Linux when there is no Chromium', () => {
    expect(found(host({ files: ['/usr/bin/google-chrome-stable'] }))).toEqual({ path: '/usr/bin/google-chrome-stable', name: 'Google Chrome', branded: true });
    expect(found(host({ env: {}, files: ['/opt/microsoft/msedge/msedge'] }))).toEqual({
      path: '/opt/microsoft/msedge/msedge',
      name: 'Microsoft Edge',
      branded: true,
    });
  });

  it("finds Chromium, Chrome and Edge in macOS's Applications folders", () => {
    const mac = (files: string[]) => host({ platform: 'darwin', env: { PATH: '/usr/bin:/bin' }, home: '/Users/sam', files });
    expect(found(mac(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'])).name).toBe('Google Chrome');
    expect(found(mac(['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'])).name).toBe('Microsoft Edge');
    expect(
      found(mac(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Users/sam/Applications/Chromium.app/Contents/MacOS/Chromium'])).path,
    ).toBe('/Users/sam/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it("finds Chrome and Edge in Windows's program folders", () => {
    const env = {
      Path: 'C:\\Windows\\system32',
      LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    const win = (files: string[]) => host({ platform: 'win32', env, files });
    expect(found(win(['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe']))).toEqual({
      path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      name: 'Microsoft Edge',
      branded: true,
    });
    expect(
      found(
        win(['C:\\Users\\sam\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe']),
      ).name,
    ).toBe('Google Chrome');
    expect(found(win(['C:\\Windows\\system32\\chromium.exe'])).name).toBe('Chromium');
  });

  it("installs Debian's Chromium only as root on Debian, saying so first", () => {
    const lookup = lookUpBrowser(host({ isRoot: true, isDebianWithApt: true }));
    expect(lookup).toMatchObject({
      kind: 'install',
      command: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    });
    expect(lookUpBrowser(host({ isRoot: true, isDebianWithApt: false })).kind).toBe('missing');
    expect(lookUpBrowser(host({ isRoot: false, isDebianWithApt: true })).kind).toBe('missing');
  });

  it('names the command to run for each kind of machine, in one sentence', () => {
    const cases: Array<[Partial<Host>, string]> = [
      [{ isDebianWithApt: true }, '`sudo apt-get update && sudo apt-get install -y chromium`'],
      [{ platform: 'darwin' }, '`brew install --cask chromium`'],
      [{ platform: 'win32', env: {} }, 'https://www.chromium.org/getting-involved/download-chromium/'],
      [{}, "your system's package manager"],
    ];
    for (const [machine, command] of cases) {
      const text = sentence(host(machine));
      expect(text).toContain(command);
      expect(text).toContain('CHROMIUM_PATH');
      expect(text).toMatch(ONE_SENTENCE);
    }
  });

  it('PERSONA_MAP_SKIP_SYSTEM_BROWSERS=1 simulates a machine without a browser: fixed places ignored, nothing installed', () => {
    const h = host({
      env: { PATH: '/tools', PERSONA_MAP_SKIP_SYSTEM_BROWSERS: '1' },
      files: ['/usr/bin/chromium', '/snap/bin/chromium'],
      isRoot: true,
      isDebianWithApt: true,
    });
    expect(sentence(h)).toContain('sudo apt-get install -y chromium');
    // PATH is still searched: the simulation strips PATH itself.
    expect(found({ ...h, isExecutable: (p) => p === '/tools/chromium' }).path).toBe('/tools/chromium');
  });
});

describe('finding or installing', () => {
  it('runs the apt-get steps after announcing them, then uses /usr/bin/chromium', () => {
    const installed = new Set<string>();
    const h = host({ isRoot: true, isDebianWithApt: true, isExecutable: (p) => installed.has(p) });
    const events: string[] = [];
    const browser = findOrInstallBrowser(
      h,
      (line) => events.push(`log: ${line}`),
      (command, args) => {
        events.push(`run: ${command} ${args.join(' ')}`);
        if (args.includes('install')) installed.add('/usr/bin/chromium');
        return 0;
      },
    );
    expect(browser).toEqual({ path: '/usr/bin/chromium', name: 'Chromium', branded: false });
    expect(events).toEqual([
      "log: No browser found: installing Debian's Chromium (apt-get install chromium) for the demo and the end-to-end tests",
      'run: apt-get update -qq',
      'run: apt-get install -y -qq chromium',
    ]);
  });

  it('turns a failed install into one sentence naming the step', () => {
    const h = host({ isRoot: true, isDebianWithApt: true });
    const attempt = () =>
      findOrInstallBrowser(
        h,
        () => undefined,
        (_c, args) => (args.includes('update') ? 100 : 0),
      );
    expect(attempt).toThrow(BrowserMissing);
    expect(attempt).toThrow(
      /^Installing Debian's Chromium failed \(`apt-get update -qq` exited with 100\): install it by hand or set CHROMIUM_PATH to a Chromium executable\.$/,
    );
  });

  it('never installs from findBrowser, which the harness uses inside a test run', () => {
    expect(() => findBrowser(host({ isRoot: true, isDebianWithApt: true }))).toThrow(BrowserMissing);
    expect(() => findBrowser(host({ isDebianWithApt: true }))).toThrow(/sudo apt-get install -y chromium/);
  });
});

describe('Firefox finder (the Firefox tier of npm test)', () => {
  it('uses FIREFOX_PATH, else Debian’s firefox-esr, else firefox-esr or firefox on PATH', () => {
    expect(findFirefox(host({ env: { FIREFOX_PATH: '/opt/ff/firefox' }, files: ['/opt/ff/firefox', '/usr/bin/firefox-esr'] }))).toBe('/opt/ff/firefox');
    expect(findFirefox(host({ files: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] }))).toBe('/usr/bin/firefox-esr');
    expect(findFirefox(host({ env: { PATH: '/snap/bin:/usr/bin' }, files: ['/snap/bin/firefox'] }))).toBe('/snap/bin/firefox');
  });

  it('a wrong FIREFOX_PATH is one sentence, never replaced by another Firefox or an install', () => {
    const h = host({ env: { FIREFOX_PATH: '/nowhere' }, files: ['/usr/bin/firefox-esr'], isRoot: true, isDebianWithApt: true });
    expect(() =>
      findOrInstallFirefox(
        h,
        () => undefined,
        () => 0,
      ),
    ).toThrow(BrowserMissing);
    expect(() => findFirefox(h)).toThrow(/^FIREFOX_PATH is set to \/nowhere/);
  });

  it('as root on Debian installs firefox-esr with apt-get, saying so first', () => {
    const files: string[] = [];
    const log: string[] = [];
    const calls: string[] = [];
    const h = host({ isRoot: true, isDebianWithApt: true, isExecutable: (p) => files.includes(p) });
    const path = findOrInstallFirefox(
      h,
      (line) => log.push(line),
      (command, args) => {
        calls.push([command, ...args].join(' '));
        if (args[0] === 'install') files.push('/usr/bin/firefox-esr');
        return 0;
      },
    );
    expect(path).toBe('/usr/bin/firefox-esr');
    expect(calls).toEqual(['apt-get update -qq', 'apt-get install -y -qq firefox-esr']);
    expect(log[0]).toMatch(/installing Debian's Firefox ESR/);
  });

  it('elsewhere says in one sentence what to run, and fails rather than skips', () => {
    for (const h of [host({ isDebianWithApt: true }), host({ platform: 'darwin' })]) {
      let message = '';
      try {
        findOrInstallFirefox(
          h,
          () => undefined,
          () => 0,
        );
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(ONE_SENTENCE);
      expect(message).toMatch(/FIREFOX_PATH/);
    }
  });
});
