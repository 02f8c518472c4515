#!/usr/bin/env node
/**
 * `npm test`: type-check, unit tests, production build, browser tests, in
 * that order, then one summary line ("N passed, N failed") that CI reads.
 * A failed step stops the run: later steps would only test a stale build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const tmp = 'tests/.tmp';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  console.log(`  ${label} ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

function vitest(project) {
  const out = `${tmp}/${project}.json`;
  const ok = run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0);
    if (report.numTotalTests === 0) console.log(`  ${project}: no tests ran, counted as a failure`);
  } catch {
    failed += 1;
    console.log(`  ${project}: no report written, counted as a failure`);
  }
  return ok;
}

const steps = [
  () => {
    const ok = run('type check', 'npx', ['astro', 'check']);
    ok ? passed++ : failed++;
    return ok;
  },
  () => vitest('unit'),
  () => vitest('build'),
  () => {
    const ok = run('production build', 'npx', ['astro', 'build']);
    ok ? passed++ : failed++;
    return ok;
  },
  () => vitest('e2e'),
];

for (const step of steps) {
  if (!step()) break;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
