/**
 * Mozilla's add-on linter (`web-ext lint`, the checks addons.mozilla.org runs) on the built
 * Firefox add-on: no errors, and no warning a reviewer would act on.
 *
 * The one warning allowed is React DOM's own innerHTML use (creating a <script> shell and
 * dangerouslySetInnerHTML, which this code never uses), in the UI chunk: the test names it by
 * code, file and count, so any new warning fails, and our own sources are checked for innerHTML.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness';
import { FIREFOX_BUILD_DIR } from './harness';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function lint(): LintReport {
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  let stdout: string;
  try {
    stdout = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_BUILD_DIR, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
    });
  } catch (error) {
    stdout = String((error as { stdout?: string }).stdout ?? '');
  }
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors and only React DOM’s known innerHTML warnings', () => {
    const report = lint();
    const describe = (m: LintMessage) => `${m.code} ${m.file ?? ''}: ${m.message}`;
    expect(report.errors.map(describe)).toEqual([]);
    const unexpected = report.warnings.filter((m) => !(m.code === 'UNSAFE_VAR_ASSIGNMENT' && /^chunks\//.test(m.file ?? '')));
    expect(unexpected.map(describe)).toEqual([]);
    expect(report.warnings.length).toBeLessThanOrEqual(2);
    // The allowed warnings really are React DOM's: no innerHTML in the project's own code.
    for (const dir of ['lib', 'components', 'entrypoints'])
      for (const file of sourceFiles(join(ROOT, dir))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.innerHTML\s*=|dangerouslySetInnerHTML/);
  });

  it('keeps zod from evaluating code: no Function constructor in any bundle', () => {
    for (const file of readdirSync(FIREFOX_BUILD_DIR, { recursive: true }) as string[]) {
      if (!file.endsWith('.js')) continue;
      const code = readFileSync(join(FIREFOX_BUILD_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/\bnew Function\(|=\s*Function\b/);
    }
  });
});
