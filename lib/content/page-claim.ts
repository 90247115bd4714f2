/**
 * One reader per page. The extension's content scripts on a page share one isolated world, so
 * a flag on its global says whether one of them already watches the page: a script injected a
 * second time (a re-registration, an overlap of patterns) then does nothing instead of starting
 * a second watcher that reports the same tab.
 */
const READER_KEY = '__personaMapPageReader';

/**
 * Claims the page for `reader`; null when another run already reads it. Call the returned
 * release when this run ends (its content-script context is invalidated), so that a script of
 * an updated extension may read the page again.
 */
export function claimPage(world: object, reader: string): (() => void) | null {
  const scope = world as Record<string, unknown>;
  if (scope[READER_KEY] !== undefined) return null;
  const token = { reader };
  scope[READER_KEY] = token;
  return () => {
    if (scope[READER_KEY] === token) delete scope[READER_KEY];
  };
}
