/**
 * Astro renders a content entry's body only: the front matter removed and
 * the rest trimmed, so plugins see line 1 where the file has line 10. This
 * finds how many lines of the file come before the body, so that messages
 * name the line an editor sees. It reads the file only when a message is
 * about to be shown.
 */
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';

export function bodyLineOffset(file: VFile): number {
  if (!file.path) return 0;
  let text: string;
  try {
    text = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const body = String(file.value);
  const at = body ? text.indexOf(body) : -1;
  return at < 0 ? 0 : text.slice(0, at).split('\n').length - 1;
}
