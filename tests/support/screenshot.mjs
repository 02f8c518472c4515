// Dev aid: node tests/support/screenshot.mjs URL out.png [width] [dark]
import { chromium } from 'playwright-core';
const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await p.goto(url);
await p.screenshot({ path: out, fullPage: true });
await b.close();
