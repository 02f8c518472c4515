#!/usr/bin/env node
/**
 * Bytes a reader downloads (gzip, counted at the server) for one page of each type,
 * split into HTML, CSS and JavaScript, before any interaction, with the font (its
 * stylesheet and files, outside the page budgets) apart. `npm run build` first.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { isFontStylesheet, resourceKind } from '../support/resource-kind.ts';
import { serveStatic } from '../support/static-server.ts';
const server = await serveStatic({ root: 'dist' });
const b = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const [path, width] of [
  ['articles/japan-nss-russia-serious-concern/', 1280],
  // The heaviest article: the islands map and 48 footnotes.
  ['articles/kuril-islands-northern-territories-dispute/', 1280],
  // The Japanese edition: a lighter one, and the heaviest.
  ['ja/articles/sanctions-2022-russia-response/', 1280],
  ['ja/articles/kuril-islands-northern-territories-dispute/', 1280],
  ['timeline/', 1280],
  ['timeline/1993-10-13-tokyo-declaration/', 1280],
  ['', 1280],
  ['glossary/', 1280],
]) {
  server.transferred.clear();
  const p = await b.newPage({ viewport: { width, height: 900 } });
  await p.goto(server.url + path, { waitUntil: 'networkidle' });
  await p.close();
  const t = { html: 0, css: 0, js: 0, font: 0, fontCss: 0, other: 0 };
  for (const [k, v] of server.transferred) {
    t[resourceKind(k)] += v;
    if (isFontStylesheet(k)) t.fontCss += v;
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(
    `/${path}: HTML ${kb(t.html)} KB, CSS ${kb(t.css)} KB, JS ${kb(t.js)} KB; total ${kb(t.html + t.css + t.js)} KB gzip (${t.html + t.css + t.js} bytes); font ${kb(t.font)} KB (stylesheet ${kb(t.fontCss)} KB), other ${kb(t.other)} KB`,
  );
}
await b.close();
await server.close();
