/**
 * The one place that decides which browser the demo, the end-to-end tests and the bench drive.
 *
 * Order: `CHROMIUM_PATH` when set (a wrong value is an error, never silently replaced), Debian's
 * `/usr/bin/chromium`, Chromium on `PATH`, Chromium's usual install places, then Google Chrome
 * and Microsoft Edge on `PATH` and in their usual places on Linux, macOS and Windows. Chromium
 * builds come first because branded Chrome (137+) and Edge refuse `--load-extension`, which is how
 * an unpacked build is loaded for a test. When nothing is found: as root on Debian with apt-get,
 * Debian's `chromium` is installed (saying so first, as `.ci/run` does); anywhere else the answer
 * is one sentence naming the command to run or the variable to set.
 *
 * Run directly (`tsx test/e2e/find-browser.ts`) it is the first step of `npm test` and
 * `npm run demo`: it prints the browser it will use, or the sentence and exit code 1.
 *
 * `PERSONA_MAP_SKIP_SYSTEM_BROWSERS=1` is for the test that simulates a machine with no browser
 * (test/unit/tooling/no-browser.test.ts): it ignores the fixed install places and never installs.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface FoundBrowser {
  path: string;
  /** Chromium, Google Chrome or Microsoft Edge: for messages, and for where its policy lives. */
  name: 'Chromium' | 'Google Chrome' | 'Microsoft Edge';
  /** Branded builds refuse `--load-extension`: the harness needs another way in, or says why not. */
  branded: boolean;
}

/** What the finder looks at, so a test can describe any machine. */
export interface Host {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  isExecutable(path: string): boolean;
  isRoot: boolean;
  /** Debian or a derivative with apt-get: where `apt-get install chromium` gives `/usr/bin/chromium`. */
  isDebianWithApt: boolean;
}

export type Lookup =
  | { kind: 'found'; browser: FoundBrowser }
  | { kind: 'install'; announcement: string; command: string[][] }
  | { kind: 'missing'; sentence: string };

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const INSTALL_COMMAND = [
  ['apt-get', 'update', '-qq'],
  ['apt-get', 'install', '-y', '-qq', 'chromium'],
];

interface Candidate {
  path: string;
  name: FoundBrowser['name'];
}

/** Executable names looked up on PATH, per browser. */
const PATH_NAMES: Record<Candidate['name'], string[]> = {
  Chromium: ['chromium', 'chromium-browser'],
  'Google Chrome': ['google-chrome', 'google-chrome-stable'],
  'Microsoft Edge': ['microsoft-edge', 'microsoft-edge-stable'],
};

function onPath(host: Host, name: Candidate['name']): Candidate[] {
  const windows = host.platform === 'win32';
  const dirs = (host.env.PATH ?? host.env.Path ?? '').split(windows ? ';' : delimiter).filter(Boolean);
  return PATH_NAMES[name].flatMap((exe) => dirs.map((dir) => ({ path: windows ? win32.join(dir, `${exe}.exe`) : join(dir, exe), name })));
}

/** The usual install places per platform, Chromium first. */
function installPlaces(host: Host): Candidate[] {
  if (host.platform === 'darwin') {
    const apps = ['/Applications', join(host.home, 'Applications')];
    const app = (bundle: string, exe: string, name: Candidate['name']) => apps.map((dir) => ({ path: `${dir}/${bundle}.app/Contents/MacOS/${exe}`, name }));
    return [
      ...app('Chromium', 'Chromium', 'Chromium'),
      ...app('Google Chrome', 'Google Chrome', 'Google Chrome'),
      ...app('Microsoft Edge', 'Microsoft Edge', 'Microsoft Edge'),
    ];
  }
  if (host.platform === 'win32') {
    const roots = [host.env.LOCALAPPDATA, host.env.PROGRAMFILES, host.env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    const under = (tail: string[], name: Candidate['name']) => roots.map((root) => ({ path: win32.join(root, ...tail), name }));
    return [
      ...under(['Chromium', 'Application', 'chrome.exe'], 'Chromium'),
      ...under(['Google', 'Chrome', 'Application', 'chrome.exe'], 'Google Chrome'),
      ...under(['Microsoft', 'Edge', 'Application', 'msedge.exe'], 'Microsoft Edge'),
    ];
  }
  return [
    { path: '/usr/bin/chromium-browser', name: 'Chromium' },
    { path: '/snap/bin/chromium', name: 'Chromium' },
    { path: '/usr/lib/chromium/chromium', name: 'Chromium' },
    { path: '/opt/google/chrome/chrome', name: 'Google Chrome' },
    { path: '/usr/bin/google-chrome', name: 'Google Chrome' },
    { path: '/opt/microsoft/msedge/msedge', name: 'Microsoft Edge' },
    { path: '/usr/bin/microsoft-edge', name: 'Microsoft Edge' },
  ];
}

function nameOf(path: string): Candidate['name'] {
  const lower = path.toLowerCase();
  if (lower.includes('edge')) return 'Microsoft Edge';
  if (lower.includes('chrome') && !lower.includes('chromium')) return 'Google Chrome';
  return 'Chromium';
}

/** What to do on this host: use a browser, install Debian's Chromium, or say what is missing. */
export function lookUpBrowser(host: Host): Lookup {
  const found = (c: Candidate): Lookup => ({ kind: 'found', browser: { path: c.path, name: c.name, branded: c.name !== 'Chromium' } });
  const explicit = host.env.CHROMIUM_PATH;
  if (explicit) {
    if (host.isExecutable(explicit)) return found({ path: explicit, name: nameOf(explicit) });
    return {
      kind: 'missing',
      sentence: `CHROMIUM_PATH is set to ${explicit}, which is not an executable browser: point it at Chromium, Chrome or Edge, or unset it to let Persona Map look in the usual places.`,
    };
  }
  const system = host.env.PERSONA_MAP_SKIP_SYSTEM_BROWSERS !== '1';
  const candidates: Candidate[] = [
    ...(system && host.platform === 'linux' ? [{ path: DEBIAN_CHROMIUM, name: 'Chromium' as const }] : []),
    ...onPath(host, 'Chromium'),
    ...(system ? installPlaces(host).filter((c) => c.name === 'Chromium') : []),
    ...onPath(host, 'Google Chrome'),
    ...onPath(host, 'Microsoft Edge'),
    ...(system ? installPlaces(host).filter((c) => c.name !== 'Chromium') : []),
  ];
  const hit = candidates.find((c) => host.isExecutable(c.path));
  if (hit) return found(hit);

  if (system && host.platform === 'linux' && host.isDebianWithApt && host.isRoot)
    return {
      kind: 'install',
      announcement: "No browser found: installing Debian's Chromium (apt-get install chromium) for the demo and the end-to-end tests",
      command: INSTALL_COMMAND,
    };
  return { kind: 'missing', sentence: missingSentence(host) };
}

function missingSentence(host: Host): string {
  const orVariable = 'or set CHROMIUM_PATH to a Chromium executable';
  if (host.platform === 'darwin') return `No Chromium, Chrome or Edge found: run \`brew install --cask chromium\` ${orVariable}, then run this command again.`;
  if (host.platform === 'win32')
    return `No Chromium, Chrome or Edge found: install Chromium (https://www.chromium.org/getting-involved/download-chromium/) ${orVariable}, then run this command again.`;
  if (host.isDebianWithApt)
    return `No Chromium, Chrome or Edge found: run \`sudo apt-get update && sudo apt-get install -y chromium\` ${orVariable}, then run this command again.`;
  return `No Chromium, Chrome or Edge found: install Chromium with your system's package manager ${orVariable}, then run this command again.`;
}

/**
 * Where this browser reads enterprise policy from files: Linux only (macOS and Windows take
 * policy from managed preferences and the registry, which a test cannot write and clean up).
 */
export function managedPolicyDir(browser: FoundBrowser, platform: NodeJS.Platform = process.platform): string | null {
  if (platform !== 'linux') return null;
  return {
    Chromium: '/etc/chromium/policies/managed',
    'Google Chrome': '/etc/opt/chrome/policies/managed',
    'Microsoft Edge': '/etc/opt/edge/policies/managed',
  }[browser.name];
}

/** This machine, as the finder sees it. */
export function currentHost(): Host {
  const isDebian = (() => {
    try {
      return /^(ID|ID_LIKE)=.*\bdebian\b/m.test(readFileSync('/etc/os-release', 'utf8'));
    } catch {
      return false;
    }
  })();
  const hasApt = isDebian && existsSync('/usr/bin/apt-get');
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    isExecutable(path) {
      try {
        if (!statSync(path).isFile()) return false;
        if (process.platform !== 'win32') accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    isRoot: process.getuid?.() === 0,
    isDebianWithApt: hasApt,
  };
}

/** Thrown with the one sentence: callers print `message` alone, never a stack trace. */
export class BrowserMissing extends Error {
  override name = 'BrowserMissing';
}

/** The browser to drive, without installing anything (the harness: the set-up step installs). */
export function findBrowser(host: Host = currentHost()): FoundBrowser {
  const lookup = lookUpBrowser(host);
  if (lookup.kind === 'found') return lookup.browser;
  if (lookup.kind === 'install')
    throw new BrowserMissing(
      `No browser found: run \`npm run demo\` or \`npm test\` once as root to install Debian's Chromium, or set CHROMIUM_PATH to a Chromium executable.`,
    );
  throw new BrowserMissing(lookup.sentence);
}

/** Runs one install step with its errors on stderr; returns the exit status. */
export type Runner = (command: string, args: string[]) => number | null;
const runForReal: Runner = (command, args) =>
  spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status;

/** The browser to drive; as root on Debian installs Debian's Chromium first when there is none. */
export function findOrInstallBrowser(host: Host = currentHost(), log: (line: string) => void = console.log, run: Runner = runForReal): FoundBrowser {
  const lookup = lookUpBrowser(host);
  if (lookup.kind === 'found') return lookup.browser;
  if (lookup.kind === 'missing') throw new BrowserMissing(lookup.sentence);
  log(lookup.announcement);
  for (const [command, ...args] of lookup.command) {
    const status = run(command!, args);
    if (status !== 0)
      throw new BrowserMissing(
        `Installing Debian's Chromium failed (\`${[command, ...args].join(' ')}\` exited with ${status}): install it by hand or set CHROMIUM_PATH to a Chromium executable.`,
      );
  }
  if (!host.isExecutable(DEBIAN_CHROMIUM))
    throw new BrowserMissing(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing: set CHROMIUM_PATH to a Chromium executable.`);
  return { path: DEBIAN_CHROMIUM, name: 'Chromium', branded: false };
}

/** Runs `main` and turns a missing browser, found now or while launching, into its sentence and exit code 1. */
export async function withBrowser<T>(main: (browser: FoundBrowser) => Promise<T>, find: () => FoundBrowser = findOrInstallBrowser): Promise<T> {
  try {
    return await main(find());
  } catch (error) {
    if (!(error instanceof BrowserMissing)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * Firefox ESR for the Firefox tier (test/e2e/firefox): `FIREFOX_PATH` when set, Debian's
 * `/usr/bin/firefox-esr`, then `firefox-esr` or `firefox` on PATH. As root on Debian it is
 * installed (Debian's `firefox-esr`), as Chromium is; anywhere else it is one sentence.
 */
export const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';
export function lookUpFirefox(host: Host): { kind: 'found'; path: string } | { kind: 'install' } | { kind: 'missing'; sentence: string } {
  const explicit = host.env.FIREFOX_PATH;
  if (explicit) {
    if (host.isExecutable(explicit)) return { kind: 'found', path: explicit };
    return {
      kind: 'missing',
      sentence: `FIREFOX_PATH is set to ${explicit}, which is not an executable Firefox: point it at Firefox 140 or later, or unset it.`,
    };
  }
  const system = host.env.PERSONA_MAP_SKIP_SYSTEM_BROWSERS !== '1';
  const dirs = (host.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [...(system ? [DEBIAN_FIREFOX] : []), ...['firefox-esr', 'firefox'].flatMap((exe) => dirs.map((dir) => join(dir, exe)))];
  const hit = candidates.find((path) => host.isExecutable(path));
  if (hit) return { kind: 'found', path: hit };
  if (system && host.platform === 'linux' && host.isDebianWithApt && host.isRoot) return { kind: 'install' };
  return {
    kind: 'missing',
    sentence: host.isDebianWithApt
      ? 'No Firefox found for the Firefox tests: run `sudo apt-get install -y firefox-esr` or set FIREFOX_PATH to Firefox 140 or later, then run this command again.'
      : 'No Firefox found for the Firefox tests: install Firefox 140 or later or set FIREFOX_PATH to it, then run this command again.',
  };
}

/** Firefox for the harness, without installing anything. */
export function findFirefox(host: Host = currentHost()): string {
  const lookup = lookUpFirefox(host);
  if (lookup.kind === 'found') return lookup.path;
  if (lookup.kind === 'install')
    throw new BrowserMissing("No Firefox found: run `npm test` once as root to install Debian's Firefox ESR, or set FIREFOX_PATH to Firefox 140 or later.");
  throw new BrowserMissing(lookup.sentence);
}

/** Firefox for npm test's first step: as root on Debian, installs Debian's Firefox ESR when there is none. */
export function findOrInstallFirefox(host: Host = currentHost(), log: (line: string) => void = console.log, run: Runner = runForReal): string {
  const lookup = lookUpFirefox(host);
  if (lookup.kind === 'found') return lookup.path;
  if (lookup.kind === 'missing') throw new BrowserMissing(lookup.sentence);
  log("No Firefox found: installing Debian's Firefox ESR (apt-get install firefox-esr) for the Firefox end-to-end tests");
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'firefox-esr'],
  ]) {
    const status = run('apt-get', args);
    if (status !== 0)
      throw new BrowserMissing(
        `Installing Debian's Firefox ESR failed (\`apt-get ${args.join(' ')}\` exited with ${status}): install it by hand or set FIREFOX_PATH.`,
      );
  }
  if (host.isExecutable(DEBIAN_FIREFOX)) return DEBIAN_FIREFOX;
  throw new BrowserMissing(`apt-get installed firefox-esr but ${DEBIAN_FIREFOX} is missing: set FIREFOX_PATH to a Firefox executable.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `--firefox` (npm test): the Firefox tier needs Firefox ESR as well as Chromium.
  await withBrowser(async (browser) => {
    console.log(`Browser: ${browser.name} at ${browser.path}`);
    if (process.argv.includes('--firefox')) console.log(`Firefox: ${findOrInstallFirefox()}`);
  });
}
