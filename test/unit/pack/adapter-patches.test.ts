import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/registry';
import { selectorProblem } from '../../../lib/pack/css-selector';
import { PATCHABLE_ADAPTERS } from '../../../lib/pack/schema';
import { generateKeyPair, signBytes, verifyBytes } from '../../../lib/pack/sign';
import { parsePack, validatePack } from '../../../lib/pack/validate';
import { checkPackBytes } from '../../../lib/sync/check-pack';

const PACK_FILE = new URL('../../fixtures/pages/broken/patch-pack.json', import.meta.url);
const packText = () => readFileSync(PACK_FILE, 'utf8');
const withPatches = (adapterPatches: unknown) => ({ ...JSON.parse(packText()), adapterPatches });
const problems = (data: unknown) => {
  const result = validatePack(data);
  return result.ok ? [] : result.problems;
};

describe('adapterPatches in a pack', () => {
  it('accepts the worked example', () => {
    const result = parsePack(packText());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.adapterPatches?.map((p) => p.adapter)).toEqual(['linkedin-profile', 'linkedin-people-list']);
  });

  it('can patch every built-in adapter, with cards only where the adapter reads cards', () => {
    expect(Object.entries(PATCHABLE_ADAPTERS).sort()).toEqual(ADAPTERS.map((a) => [a.id, a.pageKind]).sort());
  });

  it('rejects an invalid CSS selector at validation time, naming its JSON path', () => {
    const found = problems(
      withPatches([{ adapter: 'linkedin-profile', matches: ['https://www.linkedin.com/in/*'], selectors: { title: ['main .headline', 'h1['] } }]),
    );
    expect(found).toEqual([{ path: '$.adapterPatches[0].selectors.title[1]', message: expect.stringMatching(/^"h1\[" is not a valid CSS selector/) }]);
  });

  it.each([
    ['div >', /ends with a combinator/],
    ['> a', /starts with a combinator/],
    ['a:contains(Jane)', /jQuery/],
    ['h1::before', /pseudo-element/],
    ['#1a', /not a valid id name/],
    ['a,,b', /not a valid CSS selector/],
    ['', /empty/],
  ])('refuses %j, which a browser would refuse or never match', (selector, why) => {
    expect(selectorProblem(selector)).toMatch(why);
  });

  it.each([
    'main h1',
    '[data-view-name="identity-name"]',
    '[aria-label^="Current company" i]',
    'li:has(> a[href*="/in/"])',
    'a:not(.x, .y) span:nth-child(2n+1)',
  ])('accepts %j', (selector) => expect(selectorProblem(selector)).toBeNull());

  it('names an unknown adapter, a card on a one-person page, an empty patch and a script field', () => {
    const found = problems(
      withPatches([
        { adapter: 'linkedin-feed', matches: ['https://www.linkedin.com/feed/*'], selectors: { name: ['h1'] } },
        { adapter: 'salesforce-record', matches: ['https://*.lightning.force.com/*'], selectors: { card: ['li'] } },
        { adapter: 'hubspot-contact', matches: ['https://*.hubspot.com/*'], selectors: {} },
        { adapter: 'linkedin-profile', matches: ['https://www.linkedin.com/in/*'], selectors: { name: ['h1'] }, script: 'alert(1)' },
        { adapter: 'linkedin-profile', matches: ['http://www.linkedin.com/in/*'], selectors: { name: ['h1'] } },
      ]),
    );
    expect(found.map((p) => p.path)).toEqual(['$.adapterPatches[0].adapter', '$.adapterPatches[3].script', '$.adapterPatches[4].matches[0]']);
    expect(found[0]!.message).toMatch(/must name a built-in adapter: linkedin-profile, /);
    // Cross-field rules run once every field has the right shape.
    const shaped = problems(
      withPatches([
        { adapter: 'salesforce-record', matches: ['https://*.lightning.force.com/*'], selectors: { card: ['li'] } },
        { adapter: 'hubspot-contact', matches: ['https://*.hubspot.com/*'], selectors: {} },
      ]),
    );
    expect(shaped).toEqual([
      { path: '$.adapterPatches[0].selectors.card', message: expect.stringMatching(/is for list pages; "salesforce-record" shows one person/) },
      { path: '$.adapterPatches[1].selectors', message: expect.stringMatching(/gives no selector/) },
    ]);
  });

  it('is covered by the pack signature: a changed selector breaks it', async () => {
    const keys = await generateKeyPair();
    const bytes = new TextEncoder().encode(packText());
    const signature = await signBytes(keys.privateKey, bytes);
    expect((await verifyBytes(keys.publicKey, bytes, signature)).ok).toBe(true);
    const tampered = packText().replace('[data-view-name=\\"identity-headline\\"]', '[data-view-name=\\"identity-about\\"]');
    expect(tampered).not.toBe(packText());
    expect(parsePack(tampered).ok).toBe(true); // still a valid pack: only the signature tells
    expect(await verifyBytes(keys.publicKey, new TextEncoder().encode(tampered), signature)).toEqual({
      ok: false,
      reason: expect.stringMatching(/changed after it was signed/),
    });
  });

  it('is refused at install (sync and import check the same way) when the patch was changed after signing', async () => {
    const keys = await generateKeyPair();
    const bytes = new TextEncoder().encode(packText());
    const signature = await signBytes(keys.privateKey, bytes);
    const options = { trustedKeys: [keys.publicKey], signature, where: 'https://packs.example.com/team.json' };
    const installed = await checkPackBytes(bytes, options);
    expect(installed.ok && installed.pack.adapterPatches?.[0]?.selectors.name).toEqual(['[data-view-name="identity-name"]']);
    // An attacker on the path points the name at something else on the page.
    const tampered = new TextEncoder().encode(packText().replace('identity-name', 'identity-about'));
    expect(await checkPackBytes(tampered, options)).toMatchObject({
      ok: false,
      code: 'signature',
      reason: expect.stringMatching(/changed after it was signed/),
    });
  });
});
