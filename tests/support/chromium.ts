/**
 * Where Chromium is: `CHROMIUM_PATH`, else Debian's and Ubuntu's binaries,
 * else `chromium` on PATH. No browser download works on our machines, so
 * there is no fallback to fetching one.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env['CHROMIUM_PATH'];
  if (configured) return existsSync(configured) ? configured : undefined;
  const known = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (known) return known;
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** What Chromium needs here: run as root, no GPU, and none of its own network traffic (this network is closed). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;
