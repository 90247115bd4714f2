/**
 * The README's `npm run demo`, run as a newcomer would (headless, as without a display): it
 * must exit 0 and leave one picture per sample page, the page with the side panel beside it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, setUpSteps } from '../unit/tooling/readme-commands';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString(), `${path} is a PNG`).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the README's demo command", () => {
  it('builds the extension, shows it on the sample pages and prints where the pictures are', () => {
    const demo = setUpSteps().find((step) => step.startsWith('npm run demo'));
    expect(demo, 'the README set-up block has npm run demo').toBe('npm run demo');
    const run = spawnSync('sh', ['-c', demo!], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 240_000 });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status, run.stdout + run.stderr).toBe(0);

    const pictures = [...run.stdout.matchAll(/^\s+(\.output\/demo\/[\w-]+\.png)$/gm)].map((m) => m[1]!);
    expect(pictures).toEqual([
      '.output/demo/linkedin-profile.png',
      '.output/demo/linkedin-people-search.png',
      '.output/demo/salesforce-contact.png',
      '.output/demo/hubspot-contact.png',
    ]);
    // The page (1200 px) and the panel (400 px) side by side, with a 1 px divider.
    for (const picture of pictures) expect(pngSize(join(ROOT, picture))).toEqual({ width: 1601, height: 820 });
    // What the panel showed: the profile's contact, and the list on the search page.
    expect(run.stdout).toMatch(/www\.linkedin\.com\s+badge SG\s+panel: Jérôme Martin/);
    expect(run.stdout).toMatch(/badge 10\s+panel: 10 contacts on this page/);
    expect(run.stdout).toContain(`click Load unpacked and pick ${join(ROOT, '.output/chrome-mv3')}`);
  });
});
