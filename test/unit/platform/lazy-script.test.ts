import { describe, expect, it } from 'vitest';
import { lazyScript, type BackgroundScope } from '../../../lib/platform/lazy-script';

const SCRIPT = '/work.js';
const GLOBAL = 'work';

/**
 * A service worker's scope as Chromium behaves: `importScripts` runs the script (defining its
 * global), but once installed only a script imported while installing may be imported.
 */
function serviceWorker(installedScripts = new Set<string>()) {
  const installListeners: Array<() => void> = [];
  const imported: string[] = [];
  let installing = false;
  const scope: BackgroundScope & Record<string, unknown> = {
    registration: {},
    addEventListener: (_type, listener) => void installListeners.push(listener),
    importScripts: (url: string) => {
      if (!installing && !installedScripts.has(url)) throw new Error(`NetworkError: ${url} failed to load`);
      if (installing) installedScripts.add(url);
      imported.push(url);
      scope[GLOBAL] = { loads: imported.length };
    },
  };
  const install = () => {
    installing = true;
    for (const listener of installListeners) listener();
    installing = false;
  };
  return { scope, imported, install, installedScripts };
}

describe('lazyScript in a service worker (Chromium)', () => {
  it('imports the script while the worker installs, so that a later waking of the worker may import it', async () => {
    const first = serviceWorker();
    lazyScript(SCRIPT, GLOBAL, first.scope);
    first.install();
    expect(first.imported).toEqual([SCRIPT]);

    // The worker stopped and started again: a fresh scope, the script installed with it.
    const woken = serviceWorker(first.installedScripts);
    const work = lazyScript<{ loads: number }>(SCRIPT, GLOBAL, woken.scope);
    expect(woken.imported).toEqual([]); // nothing loaded until asked for
    const [a, b] = await Promise.all([work.get(), work.get()]);
    expect(a).toBe(b);
    expect(woken.imported).toEqual([SCRIPT]); // once, however many ask
  });

  it('does not load the script a second time when it ran while installing', async () => {
    const worker = serviceWorker();
    const work = lazyScript(SCRIPT, GLOBAL, worker.scope);
    worker.install();
    await work.get();
    expect(worker.imported).toEqual([SCRIPT]);
  });

  it('says which script failed to define its global, and tries again on the next call', async () => {
    const worker = serviceWorker();
    const work = lazyScript(SCRIPT, 'other', worker.scope);
    worker.install();
    await expect(work.get()).rejects.toThrow(`${SCRIPT} loaded but did not define other`);
    worker.scope.other = 'now defined';
    await expect(work.get()).resolves.toBe('now defined');
  });
});

describe('lazyScript in an event page (Firefox)', () => {
  it('loads the script with a script element, once', async () => {
    const appended: Array<{ src: string }> = [];
    const scope: BackgroundScope & Record<string, unknown> = {};
    const listeners = new Map<string, () => void>();
    const element = {
      src: '',
      addEventListener: (type: string, listener: () => void) => void listeners.set(type, listener),
    };
    scope.document = {
      createElement: () => element as unknown as HTMLScriptElement,
      head: {
        append: (el: { src: string }) => {
          appended.push(el);
          scope[GLOBAL] = 'loaded';
          queueMicrotask(() => listeners.get('load')!());
        },
      } as unknown as HTMLElement,
      documentElement: {} as HTMLElement,
    };
    const work = lazyScript(SCRIPT, GLOBAL, scope);
    await expect(Promise.all([work.get(), work.get()])).resolves.toEqual(['loaded', 'loaded']);
    expect(appended.map((el) => el.src)).toEqual([SCRIPT]);
  });

  it('rejects with the script named when it cannot be loaded', async () => {
    const scope: BackgroundScope = {
      document: {
        createElement: () =>
          ({ addEventListener: (type: string, listener: () => void) => type === 'error' && queueMicrotask(listener) }) as unknown as HTMLScriptElement,
        head: { append: () => undefined } as unknown as HTMLElement,
        documentElement: {} as HTMLElement,
      },
    };
    await expect(lazyScript(SCRIPT, GLOBAL, scope).get()).rejects.toThrow(`Cannot load ${SCRIPT}`);
  });
});
