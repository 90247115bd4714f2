import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectContacts } from './lib/adapters/registry';
const dir = 'test/fixtures/pages/';
const index = JSON.parse(readFileSync(dir + 'index.json', 'utf8'));
for (const entry of index) {
  const { document } = parseHTML(readFileSync(dir + entry.file, 'utf8'));
  const sites = entry.sites ? JSON.parse(readFileSync(dir + entry.sites, 'utf8')) : [];
  const got = detectContacts(document as unknown as Document, new URL(entry.url), sites, (id, e) => console.log('ERR', id, e)).map((c) => ({ name: c.name?.value ?? null, title: c.title?.value ?? null, company: c.company?.value ?? null, profileUrl: c.profileUrl?.value ?? null }));
  const ok = JSON.stringify(got) === JSON.stringify(entry.expected);
  console.log(ok ? 'OK  ' : 'FAIL', entry.file, got.length, '/', entry.expected.length);
  if (!ok) for (let i = 0; i < Math.max(got.length, entry.expected.length); i++) if (JSON.stringify(got[i]) !== JSON.stringify(entry.expected[i])) console.log('   got ', JSON.stringify(got[i]), '\n   want', JSON.stringify(entry.expected[i]));
}
