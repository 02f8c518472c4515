/**
 * Every built page passes the W3C Nu HTML checker (vnu-jar) with zero
 * errors. It catches what html-validate does not: markup after </html>,
 * heading levels that skip, content models. Needs a Java runtime.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFolder, findJava, formatNu, JAVA_MISSING, type NuMessage } from '../support/nu-checker';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

const files = htmlFiles('dist');
let messages: NuMessage[] = [];

describe('the W3C Nu HTML checker', () => {
  beforeAll(async () => {
    const java = findJava();
    if (!java) throw new Error(JAVA_MISSING);
    messages = await checkFolder('dist', java);
  }, 600_000);

  it('found the built pages', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s', (file) => {
    const path = resolve(file);
    const mine = messages.filter((m) => m.url.startsWith('file:') && fileURLToPath(m.url) === path);
    expect(mine.map(formatNu)).toEqual([]);
  });

  it('attributes every message to a built page', () => {
    const paths = new Set(files.map((f) => resolve(f)));
    expect(
      messages.filter((m) => !m.url.startsWith('file:') || !paths.has(fileURLToPath(m.url))).map((m) => `${m.url} ${formatNu(m)}`),
    ).toEqual([]);
  });
});
