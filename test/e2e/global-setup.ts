/**
 * Before any end-to-end file runs: the browser must be there (installed now as root on Debian),
 * or the whole tier fails with the finder's one sentence. It never skips.
 */
import { BrowserMissing, findOrInstallBrowser } from './find-browser';

export default function setup(): void {
  try {
    const browser = findOrInstallBrowser();
    console.log(`End-to-end tests drive ${browser.name} at ${browser.path}`);
  } catch (error) {
    if (!(error instanceof BrowserMissing)) throw error;
    // The sentence alone: a thrown error would bury it under Vitest's stack trace.
    console.error(error.message);
    process.exit(1);
  }
}
