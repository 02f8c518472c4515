/**
 * `npm test`: every check the project has, in order, then one closing line,
 * "N passed, N failed", that counts every step that failed, every file that
 * could not load and every project that ran no test.
 */
import { findChromium } from './support/chromium.ts';
import { findJava } from './support/nu-checker.ts';
import { runSteps, type Requirement } from './runner/run-steps.ts';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  // Only a direct `node tests/run-all.ts` gets here: npm scripts run on the Node pinned in devDependencies.
  console.error(`Node ${process.versions.node} is too old for Astro 7: run the tests with \`npm test\`, which uses the project's Node 24.`);
  process.exit(1);
}

const chromium: Requirement = {
  name: 'Chromium for the browser tests',
  present: () => findChromium() !== undefined,
  howToGet: 'install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its binary.',
};

const java: Requirement = {
  name: 'a Java runtime for the W3C Nu HTML checker',
  present: () => findJava() !== undefined,
  howToGet: 'install one (Debian/Ubuntu: `sudo apt-get install default-jre-headless`) or set JAVA_HOME.',
};

const exitCode = runSteps(
  [
    { label: 'type check', command: 'npx', args: ['astro', 'check'] },
    { label: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
    { label: 'format check', command: 'npm', args: ['run', '--silent', 'format:check'] },
    { label: 'unused code and dependencies (knip)', command: 'npm', args: ['run', '--silent', 'knip'] },
    { label: 'unit tests', vitest: ['--project', 'unit'] },
    { label: 'content-error builds', vitest: ['--project', 'build'] },
    { label: 'production build', command: 'npx', args: ['astro', 'build'] },
    { label: 'browser tests', vitest: ['--project', 'e2e'], needs: [chromium, java] },
  ],
  { reportDir: 'tests/.tmp/reports' },
);
process.exit(exitCode);
