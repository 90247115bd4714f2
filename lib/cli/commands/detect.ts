import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { DetectedContact } from '../../adapters/contact';
import { adaptersFor, detectContacts } from '../../adapters/registry';
import type { SiteAdapter } from '../../pack/schema';
import { parseArgs, UsageError, type Command } from '../io';
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
 * `detect --url <url> --html <file> [--pack <pack>]`: the extension's adapters run on a saved page
 * (linkedom, no browser), so admins can debug their own `sites` adapters.
 */
export const detect: Command = async (args, io) => {
  const { options } = parseArgs(args, ['url', 'html', 'pack']);
  if (typeof options.url !== 'string') throw new UsageError('detect needs the page address: --url https://www.linkedin.com/in/jane-doe/');
  if (typeof options.html !== 'string') throw new UsageError('detect needs the saved page: --html page.html');
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new UsageError(`--url "${options.url}" is not an absolute address; give it as the browser shows it, e.g. https://app.hubspot.com/contacts/1/record/0-1/2`);
  }

  let sites: SiteAdapter[] = [];
  if (typeof options.pack === 'string') {
    const pack = await loadPack(options.pack, io);
    if (!pack) return 1;
    sites = pack.sites ?? [];
  }

  const html = await readFile(resolve(io.cwd, options.html), 'utf8');
  const { document } = parseHTML(html);
  if (adaptersFor(url, sites).length === 0)
    io.stderr.write(`persona-map detect: no adapter knows ${url.href}; add a "sites" entry to the pack (--pack) for this page\n`);
  const contacts = detectContacts(document as unknown as Document, url, sites, (adapter, error) =>
    io.stderr.write(`persona-map detect: adapter ${adapter} failed on ${url.href}: ${(error as Error).message ?? error}\n`),
  );
  io.stdout.write(`${JSON.stringify(contacts.map(detectedJson), null, 2)}\n`);
  return 0;
};
