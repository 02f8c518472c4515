import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { summaryLine, tallyCommand, tallyVitest, type VitestJsonReport } from '../runner/tally.ts';

const report = (over: Partial<VitestJsonReport>): VitestJsonReport => ({
  numTotalTests: 3,
  numPassedTests: 3,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [{ name: 'a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] }],
  ...over,
});

describe('tally', () => {
  it('counts a clean run as its tests', () => {
    expect(tallyVitest('unit', report({}), 0)).toEqual({ passed: 3, failed: 0, notes: [] });
  });

  it('counts a file that could not load as a failure', () => {
    const t = tallyVitest(
      'unit',
      report({
        testResults: [{ name: 'broken.test.ts', status: 'failed', message: 'ENOENT: no such file\n  at …', assertionResults: [] }],
      }),
      1,
    );
    expect(t.failed).toBe(1);
    expect(t.notes).toEqual(['unit: broken.test.ts did not run: ENOENT: no such file']);
  });

  it('does not count a file twice when its failure is a failed test', () => {
    const t = tallyVitest(
      'unit',
      report({
        numPassedTests: 1,
        numFailedTests: 1,
        testResults: [{ name: 'a.test.ts', status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] }],
      }),
      1,
    );
    expect(t).toMatchObject({ passed: 1, failed: 1 });
  });

  it('counts skipped and todo tests as failed', () => {
    expect(tallyVitest('unit', report({ numPendingTests: 1, numTodoTests: 1 }), 0).failed).toBe(2);
  });

  it('counts a project that ran no test as a failure', () => {
    expect(tallyVitest('unit', report({ numTotalTests: 0, numPassedTests: 0, testResults: [] }), 0).failed).toBe(1);
  });

  it('counts a non-zero exit with nothing failed as a failure', () => {
    expect(tallyVitest('unit', report({}), 1)).toMatchObject({ passed: 3, failed: 1 });
  });

  it('counts a run that wrote no report as a failure', () => {
    expect(tallyVitest('unit', undefined, 1)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('counts a command by its exit code', () => {
    expect(tallyCommand('type check', 0)).toEqual({ passed: 1, failed: 0, notes: [] });
    expect(tallyCommand('type check', 2)).toEqual({ passed: 0, failed: 1, notes: ['type check: exited 2'] });
    expect(tallyCommand('type check', null).notes).toEqual(['type check: exited by a signal']);
  });

  it('writes the closing line from every step', () => {
    expect(summaryLine([tallyCommand('a', 0), tallyVitest('b', report({}), 0), tallyCommand('c', 1)])).toBe('4 passed, 1 failed');
  });
});

// Each case starts Node and Vitest: seconds each, more on a loaded machine.
describe('the runner on its fixture', { timeout: 90_000 }, () => {
  /** Runs a scenario of tests/fixtures/runner/run.ts outside this Vitest (its variables would leak into the inner run). */
  function run(scenario: string) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'));
    const r = spawnSync(process.execPath, ['tests/fixtures/runner/run.ts', scenario], { encoding: 'utf8', env, timeout: 80_000 });
    const lines = r.stdout.trim().split('\n');
    return { status: r.status, last: lines.at(-1), stdout: r.stdout, stderr: r.stderr };
  }

  it('is green when every test passes', () => {
    expect(run('passing')).toMatchObject({ status: 0, last: '1 passed, 0 failed' });
  });

  it('fails when a test file throws at import', () => {
    const r = run('load-error');
    expect(r).toMatchObject({ status: 1, last: '1 passed, 1 failed' });
    expect(r.stdout).toContain('throws-at-import.test.ts did not run: this file fails to load on purpose');
  });

  it('fails when no test ran', () => {
    expect(run('no-tests')).toMatchObject({ status: 1, last: '0 passed, 1 failed' });
  });

  it('stops at a failed step and counts the steps it left unrun', () => {
    const r = run('failed-step-stops');
    expect(r).toMatchObject({ status: 1, last: '0 passed, 2 failed' });
    expect(r.stdout).toContain('fixture: not run, an earlier step failed');
  });

  it('stops at once, in one line, when the machine lacks what a step needs', () => {
    const r = run('missing-requirement');
    expect(r).toMatchObject({ status: 1, last: '0 passed, 1 failed' });
    expect(r.stderr.trim()).toBe('npm test needs a tool: install the tool.');
  });
});
