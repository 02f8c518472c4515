/** Each edition's 404 page as <lang>/404.html (src/integrations/status-pages.ts). */
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusPages, statusPageTarget } from '../../src/integrations/status-pages';

describe('the 404 pages of the editions', () => {
  it('moves a folder 404 page to a 404.html beside it, and nothing else', () => {
    expect(statusPageTarget('ja/404/index.html')).toBe('ja/404.html');
    expect(statusPageTarget('news/ja/404/index.html')).toBe('news/ja/404.html');
    expect(statusPageTarget('404.html')).toBeUndefined();
    expect(statusPageTarget('404/index.html')).toBeUndefined();
    expect(statusPageTarget('ja/articles/404-days/index.html')).toBeUndefined();
    expect(statusPageTarget('ja/index.html')).toBeUndefined();
  });

  it('renames the page once the pass is done', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'status-pages-'));
    try {
      await mkdir(join(outDir, 'ja', '404'), { recursive: true });
      await writeFile(join(outDir, 'ja', '404', 'index.html'), '<html lang="ja"></html>');
      const consumer = statusPages();
      await consumer.start?.({} as never);
      await consumer.page({ file: '', rel: 'ja/404/index.html', html: '', group: 0 });
      await consumer.page({ file: '', rel: 'ja/index.html', html: '', group: 0 });
      await consumer.finish?.({ outDir } as never);
      expect(await readFile(join(outDir, 'ja', '404.html'), 'utf8')).toBe('<html lang="ja"></html>');
      await expect(stat(join(outDir, 'ja', '404'))).rejects.toThrow();
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
