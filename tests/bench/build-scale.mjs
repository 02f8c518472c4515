#!/usr/bin/env node
/**
 * Build at scale: generates 100, 1,000 and 10,000 synthetic articles (plus
 * 1,000 timeline events for our site) into temporary copies of the project,
 * builds and indexes each, and prints wall time, peak memory, output size and
 * per-article cost next to a bare baseline (tests/bench/baseline: Astro 7,
 * unified(), one route, Pagefind) built from the same Markdown in the same run.
 * Each site is built three times in its folder: cold, warm (again with the
 * build cache kept and nothing changed) and after editing one article.
 *
 *   npm run bench:build              # 100, 1000, 10000
 *   npm run bench:build -- 100 1000  # chosen sizes
 *   npm run bench:build -- --runs=2  # build each twice and keep the faster
 *
 * Wall times on a shared machine vary by 10-15% from run to run; with
 * --runs=N each site and size is built N times (alternating) and the fastest
 * run is reported, the usual way to take noise out of a benchmark.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticArticle, syntheticEvent, syntheticEventName } from './synthetic.mjs';

const root = resolve(import.meta.dirname, '../..');
const sizes = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map(Number)
  .filter(Boolean);
const RUNS = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 1) || 1);
const SIZES = sizes.length ? sizes : [100, 1000, 10000];
const EVENTS = 1000;

function project(kind, n) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${kind}-${n}-`));
  if (kind === 'ours') {
    for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'])
      cpSync(join(root, f), join(dir, f), { recursive: true });
    // Our glossary, places and the four real articles stay: the synthetic corpus is added beside them.
    for (let i = 0; i < EVENTS; i++) writeFileSync(join(dir, 'content/timeline', syntheticEventName(i)), syntheticEvent(i));
  } else {
    cpSync(join(root, 'tests/bench/baseline'), dir, { recursive: true });
    mkdirSync(join(dir, 'content/articles'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}\n');
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, 'content/articles', `synthetic-${i}.md`), syntheticArticle(i));
  return dir;
}

const PHASES = ['cold', 'warm', 'one edit'];

/** Builds one site cold, then warm with its cache and dist/ kept, then after editing one article. */
function measure(kind, n) {
  const dir = project(kind, n);
  const args = [join(root, 'tests/bench/measure-build.mjs'), ...(kind === 'baseline' ? ['--pagefind'] : [])];
  const results = {};
  try {
    for (const phase of PHASES) {
      if (phase === 'one edit') appendFileSync(join(dir, 'content/articles', 'synthetic-0.md'), '\nA sentence added by the benchmark.\n');
      const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`${kind} ${n} ${phase} failed:\n${r.stderr.slice(-3000)}`);
      results[phase] = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

const rows = [];
for (const n of SIZES) {
  const best = {};
  for (let run = 1; run <= RUNS; run++) {
    for (const kind of ['baseline', 'ours']) {
      const m = measure(kind, n);
      console.error(`done: ${kind} ${n} (run ${run} of ${RUNS}): ${PHASES.map((p) => `${p} ${(m[p].ms / 1000).toFixed(1)} s`).join(', ')}`);
      best[kind] ??= {};
      for (const phase of PHASES) if (!best[kind][phase] || m[phase].ms < best[kind][phase].ms) best[kind][phase] = m[phase];
    }
  }
  for (const phase of PHASES) {
    for (const kind of ['baseline', 'ours']) {
      const m = best[kind][phase];
      rows.push({
        site: kind,
        build: phase,
        articles: n,
        'wall s': +(m.ms / 1000).toFixed(1),
        'ms/article': +(m.ms / n).toFixed(1),
        'peak RSS MB': m.maxRssMB,
        'dist MB': m.distMB,
        files: m.files,
      });
    }
  }
}
console.log(
  `Build at scale — ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log(`ours also builds ${EVENTS} synthetic timeline events, its real pages, and indexes them; baseline builds only the articles.`);
console.log(
  `cores: ${availableParallelism()} available; ours renders Markdown in ${process.env.MARKDOWN_WORKERS ?? availableParallelism()} worker threads (MARKDOWN_WORKERS), the baseline on one`,
);
console.log('warm: built again with the cache and dist/ kept, nothing changed; one edit: then one article edited');
if (RUNS > 1) console.log(`fastest of ${RUNS} runs for each site and size`);
console.table(rows);
// Marginal cost per added article (the slope between sizes) separates the
// per-article work from fixed costs such as our 1,000 events and real pages.
const at = (site, n) => rows.find((r) => r.site === site && r.build === 'cold' && r.articles === n)?.['wall s'] ?? NaN;
for (let i = 1; i < SIZES.length; i++) {
  const [a, b] = [SIZES[i - 1], SIZES[i]];
  const slope = (site) => ((at(site, b) - at(site, a)) * 1000) / (b - a);
  console.log(
    `${a} → ${b} articles: marginal ms/article baseline ${slope('baseline').toFixed(1)}, ours ${slope('ours').toFixed(1)}, ratio ${(slope('ours') / slope('baseline')).toFixed(2)}×`,
  );
}
