/** The admin docs name what the build really is: its id, and every managed setting in the schema. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGED_STORAGE_SCHEMA } from '../../../lib/policy/managed';
import { extensionIdFromManifestKey } from '../../../tooling/crx';
import { SELF_HOSTED_KEY } from '../../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const id = extensionIdFromManifestKey(SELF_HOSTED_KEY);

describe('the admin docs', () => {
  it.each(['README.md', 'docs/admin/README.md', 'docs/admin/policy.md', 'docs/admin/self-hosting.md', 'docs/admin/pack-hosting.md', 'docs/admin/edge.md'])(
    '%s names the self-hosted build’s real id and no placeholder for it',
    (file) => {
      expect(read(file)).toContain(id);
      expect(read(file)).not.toContain('<extension id>"');
    },
  );

  it('list exactly the managed settings the schema declares, and every policy example uses all of them', () => {
    const keys = Object.keys(MANAGED_STORAGE_SCHEMA.properties).sort();
    const table = [...read('docs/admin/README.md').matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(table.sort()).toEqual(keys);
    const policy = read('docs/admin/policy.md');
    for (const key of keys) {
      expect(policy.match(new RegExp(`"${key}"`, 'g'))?.length ?? 0, `${key} in the JSON examples`).toBeGreaterThanOrEqual(3);
      expect(policy).toContain(`<key>${key}</key>`);
    }
  });

  it("give Edge's policies in Edge's places: registry keys, ExtensionSettings JSON, the macOS domains, every managed setting", () => {
    const edge = read('docs/admin/edge.md');
    const reg = edge.match(/```reg\n([\s\S]*?)```/)?.[1] ?? '';
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist]\n"1"="${id};https://`);
    const settingsPath = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy`;
    expect(reg).toContain(`[${settingsPath}]`);
    expect(reg).not.toContain('Google');
    const keys = Object.keys(MANAGED_STORAGE_SCHEMA.properties);
    for (const key of keys) expect(reg.includes(`"${key}"=`) || reg.includes(`[${settingsPath}\\${key}]`), `${key} in the Edge registry example`).toBe(true);
    const settings = JSON.parse(edge.match(/```json\n(\{[\s\S]*?)```/)![1]!) as Record<string, { installation_mode: string; update_url: string }>;
    expect(Object.keys(settings)).toEqual([id]);
    expect(settings[id]).toMatchObject({ installation_mode: 'force_installed', update_url: expect.stringMatching(/^https:\/\//) });
    // The one-line REG_SZ says the same as the JSON block.
    const oneLine = edge.match(/"ExtensionSettings"="(.*)"\n/)![1]!.replace(/\\"/g, '"');
    expect(JSON.parse(oneLine)).toEqual(settings);
    expect(edge).toContain('<string>com.microsoft.Edge</string>');
    expect(edge).toContain(`<string>com.microsoft.Edge.extensions.${id}</string>`);
    for (const key of keys) expect(edge).toContain(`<key>${key}</key>`);
  });

  it('give the Linux policy JSON as valid JSON that Chromium would read for this id', () => {
    const block = read('docs/admin/policy.md').match(/```json\n(\{\n {2}"ExtensionInstallForcelist"[\s\S]*?)```/)?.[1];
    const policy = JSON.parse(block!) as { ExtensionInstallForcelist: string[]; '3rdparty': { extensions: Record<string, Record<string, unknown>> } };
    expect(policy.ExtensionInstallForcelist[0]).toMatch(new RegExp(`^${id};https://`));
    expect(Object.keys(policy['3rdparty'].extensions)).toEqual([id]);
    expect(Object.keys(policy['3rdparty'].extensions[id]!).sort()).toEqual(Object.keys(MANAGED_STORAGE_SCHEMA.properties).sort());
  });
});
