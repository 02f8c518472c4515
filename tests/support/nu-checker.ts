/**
 * The W3C Nu HTML checker (the `vnu-jar` npm package) run over a folder of
 * built pages. It is a Java program: the Java runtime comes from JAVA_HOME
 * or PATH, never from a download (vnu-jar's own install script, which would
 * fetch one, is not allowed to run).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const JAVA_MISSING =
  'The W3C Nu HTML checker needs Java 11 or later and none was found: install a Java runtime (Debian/Ubuntu: apt-get install default-jre-headless) or set JAVA_HOME.';

/** The java command to run, or undefined when there is none that works. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const java = env['JAVA_HOME'] ? join(env['JAVA_HOME'], 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { env, encoding: 'utf8' });
  return probe.error || probe.status !== 0 ? undefined : java;
}

export interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Errors (and fatal errors) the checker reports for every HTML file under `dir`. */
export function checkFolder(dir: string, java: string): Promise<NuMessage[]> {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  return new Promise((resolve, reject) => {
    // The JSON report goes to stderr; the exit code is 1 whenever there are errors.
    const child = spawn(java, ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dir]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve((JSON.parse(stderr) as { messages: NuMessage[] }).messages.filter((m) => m.type === 'error' || m.subType === 'fatal'));
      } catch {
        reject(new Error(`the Nu checker did not report JSON: ${stderr.slice(0, 500)}`));
      }
    });
  });
}

/** One readable line per message. */
export function formatNu(m: NuMessage): string {
  return `${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.subType === 'fatal' ? 'fatal' : 'error'}: ${m.message}${m.extract ? ` (${m.extract.trim().slice(0, 80)})` : ''}`;
}
