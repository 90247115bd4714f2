import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const dir = 'test/fixtures/pages/';
const index = JSON.parse(readFileSync(dir + 'index.json', 'utf8'));
const bundle = readFileSync('/tmp/gen/adapters.js', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const entry of index) {
  await page.unroute('**/*').catch(() => {});
  await page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(dir + entry.file, 'utf8') }));
  await page.goto(entry.url);
  await page.addScriptTag({ content: bundle });
  const sites = entry.sites ? JSON.parse(readFileSync(dir + entry.sites, 'utf8')) : [];
  const got = await page.evaluate(({ url, sites }) => PM.detectContacts(document, new URL(url), sites).map((c) => ({ name: c.name?.value ?? null, title: c.title?.value ?? null, company: c.company?.value ?? null, profileUrl: c.profileUrl?.value ?? null })), { url: entry.url, sites });
  const ok = JSON.stringify(got) === JSON.stringify(entry.expected);
  console.log(ok ? 'OK  ' : 'FAIL', entry.file, got.length, '/', entry.expected.length);
  if (!ok) for (let i = 0; i < Math.max(got.length, entry.expected.length); i++) if (JSON.stringify(got[i]) !== JSON.stringify(entry.expected[i])) console.log('   got ', JSON.stringify(got[i]), '\n   want', JSON.stringify(entry.expected[i]));
}
await browser.close();
