/**
 * Chromium's managed policy, as a fleet admin sets it: a real JSON file in the browser's managed
 * policy folder (docs/admin/policy.md). The file is machine-wide, so e2e files that write one run
 * under the browser lock, name it by process, and remove it when they finish.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser, managedPolicyDir } from './find-browser';
import { TEST_EXTENSION_ID } from './harness';

export class ManagedPolicy {
  readonly path: string;

  /** `name` tells the file apart from other suites' (and from a real admin's) policy files. */
  constructor(name: string) {
    const browser = findBrowser();
    const dir = managedPolicyDir(browser);
    if (!dir)
      throw new Error(
        `The policy tests write ${browser.name}'s managed policy file, which only works on Linux: run the e2e tier on Linux as root, as CI does.`,
      );
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      throw new Error(`The policy tests write ${dir}/${name}.json, which needs root: run the e2e tier as root, as CI does.`);
    }
    this.path = join(dir, `persona-map-e2e-${name}-${process.pid}.json`);
  }

  /** Browser-level policy, such as `ExtensionInstallForcelist`. */
  write(policy: Record<string, unknown>): void {
    writeFileSync(this.path, JSON.stringify(policy));
  }

  /** The test build's own managed storage (`3rdparty.extensions.<id>`), what the extension reads. */
  writeForExtension(values: Record<string, unknown>): void {
    this.write({ '3rdparty': { extensions: { [TEST_EXTENSION_ID]: values } } });
  }

  remove(): void {
    if (existsSync(this.path)) rmSync(this.path);
  }
}
