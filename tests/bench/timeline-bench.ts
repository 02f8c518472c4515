/**
 * Timeline benchmark (not a test): `npm run bench:timeline`.
 *
 * Bundles the real layout and render modules with esbuild (what Vite uses
 * underneath), then for the site's events and for 1,000 synthetic events over
 * 30 years measures:
 *   - layout time in Node (full view, and zoomed to a month),
 *   - the build-time render against linkedom (layout + D3 join + serialise),
 *   - in Chromium, the time to redraw on one zoom step (×1.25 around the
 *     centre): layout + D3 join in JavaScript, and until the next frame is
 *     painted, which is what <timeline-chart> does per wheel or pinch event.
 * Prints a table of medians and 95th percentiles.
 *
 * Runs on Node 24 as TypeScript (type stripping), hence the .ts import.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

interface BenchEvent {
  id: string;
  title: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  endDate?: string;
  category: 'diplomacy' | 'territory' | 'security-policy' | 'military' | 'sanctions';
  importance: 1 | 2 | 3;
}

interface Timings {
  median: number;
  p95: number;
}

const CATEGORIES = ['diplomacy', 'territory', 'security-policy', 'military', 'sanctions'] as const;
const WIDTH = 1200;
const RUNS = 50;

/** n events, evenly random over 1994–2023, deterministic. */
function synthetic(n: number): BenchEvent[] {
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${i}`,
    title: `Synthetic event ${i}: a title of typical length for the chart`,
    date: new Date(Date.UTC(1994, 0, 1) + rand() * 30 * 365.25 * 864e5).toISOString().slice(0, 10),
    precision: 'day',
    category: CATEGORIES[i % CATEGORIES.length]!,
    importance: i % 10 === 0 ? 3 : i % 3 === 0 ? 2 : 1,
  }));
}

/** The site's events, read from the content files. */
function siteEvents(): BenchEvent[] {
  return readdirSync('content/timeline')
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(`content/timeline/${f}`, 'utf8');
      const field = (name: string) => new RegExp(`^${name}: "?([^"\\n]+)"?$`, 'm').exec(text)?.[1];
      const endDate = field('endDate');
      return {
        id: f.replace(/\.md$/, ''),
        title: field('title')!,
        date: field('date')!,
        precision: field('precision') as BenchEvent['precision'],
        ...(endDate ? { endDate } : {}),
        category: field('category') as BenchEvent['category'],
        importance: Number(field('importance')) as 1 | 2 | 3,
      };
    });
}

function stats(samples: number[]): Timings {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
}

function time(fn: () => void, runs = RUNS): Timings {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

const work = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
const entry = join(work, 'entry.ts');
writeFileSync(
  entry,
  `export { layoutTimeline } from ${JSON.stringify(resolve('src/lib/timeline/layout.ts'))};\n` +
    `export { renderTimeline } from ${JSON.stringify(resolve('src/lib/timeline/render.ts'))};\n` +
    `export { symbolPath } from ${JSON.stringify(resolve('src/lib/timeline/categories.ts'))};\n`,
);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(work, 'node.mjs'), logLevel: 'warning' });
await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  outfile: join(work, 'timeline.js'),
  logLevel: 'warning',
});
type Lib = typeof import('../../src/lib/timeline/render.ts') &
  typeof import('../../src/lib/timeline/layout.ts') &
  typeof import('../../src/lib/timeline/categories.ts');
const lib = (await import(pathToFileURL(join(work, 'node.mjs')).href)) as Lib;

const datasets = { 'site (36 events)': siteEvents(), 'synthetic (1,000 events)': synthetic(1000) };
const month: [Date, Date] = [new Date('2010-03-01T00:00:00Z'), new Date('2010-04-01T00:00:00Z')];
const rows: Array<Record<string, string>> = [];
const ms = (t: Timings) => `${t.median.toFixed(2)} / ${t.p95.toFixed(2)}`;

writeFileSync(
  join(work, 'index.html'),
  `<!doctype html><html><body style="margin:0"><div id="c" style="width:${WIDTH}px"></div>
<script type="module">
import { layoutTimeline, renderTimeline, symbolPath } from './timeline.js';
window.bench = async (events, steps) => {
  const host = document.getElementById('c');
  host.replaceChildren();
  const opts = { width: ${WIDTH}, href: (id) => '/timeline/' + id + '/', markPath: (e) => symbolPath(e.category, e.importance), title: 't', description: 'd' };
  const svg = renderTimeline(document, events, opts);
  host.append(svg);
  const js = [], frame = [];
  let k = 1, x = 0;
  const centre = ${WIDTH} / 2;
  for (let i = 0; i < steps; i++) {
    // One zoom step around the centre, as a wheel notch does; back out to the full view every 20 steps.
    if (i % 20 === 0) { k = 1; x = 0; }
    const nk = k * 1.25; x = centre - (centre - x) * (nk / k); k = nk;
    const t0 = performance.now();
    const layout = layoutTimeline(events, { width: ${WIDTH}, transform: { k, x } });
    renderTimeline(document, events, { ...opts, svg, layout });
    const t1 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    js.push(t1 - t0); frame.push(performance.now() - t0);
  }
  return { js, frame, marks: svg.querySelectorAll('a.tl-event').length };
};
window.ready = true;
</script></body></html>`,
);

const server = await serveStatic({ root: work });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: WIDTH + 20, height: 600 } });
await page.goto(server.url);
await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);

for (const [name, events] of Object.entries(datasets)) {
  const full = time(() => lib.layoutTimeline(events, { width: WIDTH }));
  const zoomed = time(() => lib.layoutTimeline(events, { width: WIDTH, domain: month }));
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const buildRender = time(
    () =>
      lib.renderTimeline(document, events, {
        width: WIDTH,
        href: (id) => `/timeline/${id}/`,
        markPath: (e) => lib.symbolPath(e.category, e.importance),
        title: 't',
        description: 'd',
      }).outerHTML,
    20,
  );
  const result = await page.evaluate(
    ([e, steps]) =>
      (window as unknown as { bench: (e: unknown, s: number) => Promise<{ js: number[]; frame: number[]; marks: number }> }).bench(
        e,
        steps,
      ),
    [events, 60] as const,
  );
  rows.push({
    dataset: name,
    'layout, full view (ms)': ms(full),
    'layout, one month (ms)': ms(zoomed),
    'build render + serialise (ms)': ms(buildRender),
    'zoom step JS in Chromium (ms)': ms(stats(result.js.slice(3))),
    'zoom step to next frame (ms)': ms(stats(result.frame.slice(3))),
    marks: String(result.marks),
  });
}

await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });

console.log(`Timeline benchmark: width ${WIDTH} px, Node ${process.version}, Chromium; median / p95 in ms`);
console.table(rows);
