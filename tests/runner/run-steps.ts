/**
 * Runs the steps of a test run in order and prints the closing
 * "N passed, N failed" line that CI reads. A failed step stops the run (later
 * steps would test a stale build); each step it leaves unrun counts as failed,
 * so a stopped run can never look green.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { summaryLine, tallyCommand, tallyVitest, type Tally, type VitestJsonReport } from './tally.ts';

/** Something a step needs from the machine, with the one line that says how to get it. */
export interface Requirement {
  name: string;
  present: () => boolean;
  howToGet: string;
}

export type Step =
  { label: string; command: string; args: string[]; needs?: Requirement[] } | { label: string; vitest: string[]; needs?: Requirement[] };

export interface RunOptions {
  /** Where Vitest's JSON reports go; emptied first. */
  reportDir: string;
}

/** Runs the steps; returns the exit code (0 only when nothing failed). */
export function runSteps(steps: readonly Step[], options: RunOptions): number {
  // Absolute, because a Vitest config may set another root for its output files.
  const reportDir = resolve(options.reportDir);
  const missing = [...new Set(steps.flatMap((s) => s.needs ?? []))].filter((r) => !r.present());
  if (missing.length > 0) {
    for (const r of missing) console.error(`npm test needs ${r.name}: ${r.howToGet}`);
    console.log(`\n0 passed, ${missing.length} failed`);
    return 1;
  }

  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  const tallies: Tally[] = [];
  let stopped = false;
  for (const [i, step] of steps.entries()) {
    if (stopped) {
      tallies.push({ passed: 0, failed: 1, notes: [`${step.label}: not run, an earlier step failed`] });
      continue;
    }
    const tally = 'vitest' in step ? runVitest(step.label, step.vitest, join(reportDir, `${i}.json`)) : runCommand(step);
    tallies.push(tally);
    stopped = tally.failed > 0;
  }

  const notes = tallies.flatMap((t) => t.notes);
  if (notes.length > 0) console.log(`\nFailures not shown as failed tests above:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  const line = summaryLine(tallies);
  console.log(`\n${line}`);
  return line.endsWith(' 0 failed') ? 0 : 1;
}

function runCommand(step: { label: string; command: string; args: string[] }): Tally {
  const status = spawnTimed(step.label, step.command, step.args);
  return tallyCommand(step.label, status);
}

function runVitest(label: string, args: string[], reportFile: string): Tally {
  const status = spawnTimed(label, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ]);
  const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJsonReport) : undefined;
  return tallyVitest(label, report, status);
}

function spawnTimed(label: string, command: string, args: string[]): number | null {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (error) console.error(`  could not start ${command}: ${error.message}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`  ${label} ${status === 0 ? 'ok' : `FAILED (exit ${status ?? 'by a signal'})`} in ${seconds} s`);
  return status;
}
