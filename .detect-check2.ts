import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectContacts } from './lib/adapters/registry';
const dir = 'test/fixtures/pages/';
const index = JSON.parse(readFileSync(dir + 'index.json', 'utf8'));
for (const entry of index) {
  const html = readFileSync(dir + entry.file, 'utf8').replace(/<title>.*<\/title>/, '<title></title>');
  const { document } = parseHTML(html);
  const sites = entry.sites ? JSON.parse(readFileSync(dir + entry.sites, 'utf8')) : [];
  const got = detectContacts(document as unknown as Document, new URL(entry.url), sites);
  const flat = got.map((c) => ({ name: c.name?.value ?? null, title: c.title?.value ?? null, company: c.company?.value ?? null, profileUrl: c.profileUrl?.value ?? null }));
  console.log(JSON.stringify(flat) === JSON.stringify(entry.expected) ? 'OK  ' : 'FAIL', entry.file);
  const c = got[0]!;
  console.log('   ', ['name','title','company'].map((f) => `${f}=${(c as any)[f]?.source}/${(c as any)[f]?.confidence}`).join(' '));
}
