import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { DetectedContact } from '../../lib/contracts/contact';
import { pageHealth } from '../../lib/adapters/health';
import { adaptersFor, builtInAdaptersFor, detectContacts } from '../../lib/adapters/registry';
import { skeletonHeader } from '../../lib/content/skeleton';
import type { AdapterPatch, SiteAdapter } from '../../lib/pack/schema';
import { command } from '../args';
import { UsageError } from '../io';
import { loadPack } from '../load-pack';

const FIELDS = ['name', 'title', 'company', 'profileUrl'] as const;

/** The CLI's shape: plain values, and where each came from beside them (docs/title-analysis.md, `detect`). */
export function detectedJson(contact: DetectedContact) {
  const source: Record<string, unknown> = { adapter: contact.adapter };
  const confidence: Record<string, number | null> = {};
  for (const field of FIELDS) {
    source[field] = contact[field]?.source ?? null;
    confidence[field] = contact[field]?.confidence ?? null;
  }
  return {
    name: contact.name?.value ?? null,
    title: contact.title?.value ?? null,
    company: contact.company?.value ?? null,
    profileUrl: contact.profileUrl?.value ?? null,
    source: { ...source, confidence },
  };
}

/**
 * `detect --url <url> --html <file> [--pack <pack>]`: the extension's adapters, with the pack's
 * `sites` and `adapterPatches`, run on a saved page (linkedom, no browser), so admins can debug
 * their own adapters and repairs. The page may be a structure file saved from the side panel
 * ("Save page structure for your admin"): its texts are placeholders and it names its own
 * (masked) address, so `--url` may be left out.
 */
export const detect = command({ url: { type: 'string' }, html: { type: 'string' }, pack: { type: 'string' } }, async ({ options }, io) => {
  if (typeof options.html !== 'string') throw new UsageError('detect needs the saved page: --html page.html');
  const html = await readFile(resolve(io.cwd, options.html), 'utf8');
  const skeleton = skeletonHeader(html);
  const address = typeof options.url === 'string' ? options.url : skeleton?.url;
  if (address === undefined) throw new UsageError('detect needs the page address: --url https://www.linkedin.com/in/jane-doe/');
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new UsageError(
      `--url "${address}" is not an absolute address; give it as the browser shows it, e.g. https://app.hubspot.com/contacts/1/record/0-1/2`,
    );
  }
  if (skeleton)
    io.stderr.write(
      `persona-map detect: ${options.html} is a page structure saved by Persona Map on ${skeleton.url}: every text is a placeholder (x), so the values below show where each field was read, not what it said\n`,
    );

  let sites: SiteAdapter[] = [];
  let patches: AdapterPatch[] = [];
  if (typeof options.pack === 'string') {
    const pack = await loadPack(options.pack, io);
    if (!pack) return 1;
    sites = pack.sites ?? [];
    patches = pack.adapterPatches ?? [];
  }

  const { document } = parseHTML(html);
  const page = document as unknown as Document;
  if (adaptersFor(url, sites).length === 0)
    io.stderr.write(`persona-map detect: no adapter knows ${url.href}; add a "sites" entry to the pack (--pack) for this page\n`);
  const contacts = detectContacts(
    page,
    url,
    sites,
    (adapter, error) => io.stderr.write(`persona-map detect: adapter ${adapter} failed on ${url.href}: ${(error as Error).message ?? error}\n`),
    patches,
  );
  // The extension's health rule, so an admin sees whether a fix would clear the seller's "!".
  const builtIn = builtInAdaptersFor(url)[0];
  if (builtIn) {
    const health = pageHealth(
      builtIn,
      contacts.filter((c) => c.adapter === builtIn.id),
      page,
    );
    if (!health.readable)
      io.stderr.write(
        `persona-map detect: the extension would show "can't read this page" here (${health.problem === 'no-contact' ? 'no contact found' : `unsure ${health.fields?.join(' and ')}`}); add an "adapterPatches" entry for "${builtIn.id}" to the pack (docs/admin/adapter-patches.md)\n`,
      );
  }
  io.stdout.write(`${JSON.stringify(contacts.map(detectedJson), null, 2)}\n`);
  return 0;
});
