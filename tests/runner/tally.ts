/**
 * How one step of `npm test` counts in the closing "N passed, N failed" line.
 * Pure, so the rules are unit-tested: whatever a report says, a step that
 * exited non-zero, a file that could not load, a skipped test and a project
 * that ran nothing are failures.
 */

/** The parts of Vitest's JSON report (`--reporter=json`) that the tally reads. */
export interface VitestJsonReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ status: string }>;
  }>;
}

export interface Tally {
  passed: number;
  failed: number;
  /** One line per reason a failure was counted that no failed test shows. */
  notes: string[];
}

/** A step that is one command: it passed if it exited 0. */
export function tallyCommand(label: string, exitCode: number | null): Tally {
  return exitCode === 0
    ? { passed: 1, failed: 0, notes: [] }
    : { passed: 0, failed: 1, notes: [`${label}: exited ${exitCode ?? 'by a signal'}`] };
}

/** A Vitest run: its tests, plus a failure for each way a run can go wrong without a failed test. */
export function tallyVitest(label: string, report: VitestJsonReport | undefined, exitCode: number | null): Tally {
  if (!report) {
    return { passed: 0, failed: 1, notes: [`${label}: wrote no report (exit ${exitCode ?? 'by a signal'})`] };
  }
  const notes: string[] = [];
  let failed = report.numFailedTests;
  // A file that fails to load, or whose hooks throw, has no failed test of its own.
  for (const file of report.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) {
      failed += 1;
      notes.push(`${label}: ${file.name} did not run: ${firstLine(file.message)}`);
    }
  }
  const skipped = report.numPendingTests + report.numTodoTests;
  if (skipped > 0) {
    failed += skipped;
    notes.push(`${label}: ${skipped} skipped or todo test(s), counted as failed`);
  }
  if (report.numTotalTests === 0) {
    failed += 1;
    notes.push(`${label}: no test ran`);
  }
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    notes.push(`${label}: Vitest exited ${exitCode ?? 'by a signal'} with no failed test (an unhandled error?)`);
  }
  return { passed: report.numPassedTests, failed, notes };
}

/** The line CI reads. */
export function summaryLine(tallies: readonly Tally[]): string {
  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  return `${passed} passed, ${failed} failed`;
}

function firstLine(message: string | undefined): string {
  return (message ?? 'no message').trim().split('\n')[0] ?? 'no message';
}
