/**
 * Every built HTML page passes html-validate (recommended rules, see
 * .htmlvalidate.json: ids only need to be valid HTML, since timeline ids
 * start with a date; the 70-character title advice is an SEO heuristic, not
 * validity) with zero errors.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

const files = htmlFiles('dist');
const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

describe('valid HTML', () => {
  it('found the built pages', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s', async (file) => {
    const report = await validator.validateFile(file);
    expect(report.valid, stylish(report.results)).toBe(true);
  });
});
