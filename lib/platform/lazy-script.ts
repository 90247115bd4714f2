/**
 * A script of the extension package that the background loads only when it first needs it, so
 * that waking the background for a page report does not parse it. The script defines one global
 * (`globalName`) holding what it offers.
 *
 * - Chromium runs the background as a service worker, where `import()` throws (the HTML spec
 *   forbids it there) and `importScripts()` may load, after installation, only a script the
 *   worker already imported while it installed. So the worker imports the script once in its
 *   `install` event (Chromium keeps it with the worker's own script), and later, in any waking
 *   of the worker, `importScripts()` of the same script works.
 * - Firefox runs it as an event page: a `<script>` element loads the script.
 *
 * Call `lazyScript` while the background's code first runs: the `install` listener must be
 * added then.
 */
export interface LazyScript<T> {
  /** The script's global, loading the script first if this background has not yet. */
  get(): Promise<T>;
}

/** The parts of a service worker's or an event page's global scope this needs. */
export interface BackgroundScope {
  importScripts?: (...urls: string[]) => void;
  addEventListener?: (type: 'install', listener: () => void) => void;
  /** Only service workers have a registration. */
  registration?: unknown;
  document?: { createElement(tag: 'script'): HTMLScriptElement; head: HTMLElement | null; documentElement: HTMLElement };
}

export function lazyScript<T>(path: string, globalName: string, scope: BackgroundScope = globalThis as BackgroundScope): LazyScript<T> {
  const defined = () => (scope as Record<string, unknown>)[globalName] as T | undefined;
  const inServiceWorker = typeof scope.importScripts === 'function' && scope.registration !== undefined;
  if (inServiceWorker) scope.addEventListener?.('install', () => void (defined() ?? scope.importScripts!(path)));

  async function load(): Promise<T> {
    if (defined() === undefined) {
      if (inServiceWorker) scope.importScripts!(path);
      else await appendScript(path);
    }
    const value = defined();
    if (value === undefined) throw new Error(`${path} loaded but did not define ${globalName}`);
    return value;
  }

  function appendScript(src: string): Promise<void> {
    const document = scope.document;
    if (!document) return Promise.reject(new Error(`Cannot load ${src}: this background has neither importScripts nor a document`));
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => reject(new Error(`Cannot load ${src}`)));
      (document.head ?? document.documentElement).append(script);
    });
  }

  let loading: Promise<T> | undefined;
  return {
    get() {
      loading ??= load().catch((error: unknown) => {
        loading = undefined; // a failed load is retried on the next call
        throw error;
      });
      return loading;
    },
  };
}
