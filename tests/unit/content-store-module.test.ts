import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storeFileModule } from '../../src/lib/build/store-module';
import { CONTENT_STORE_MODULE_ID, STORE_FILE_NAME, storeFromFilePlugin } from '../../src/integrations/content-store-module';

/** What Astro emits for the content store: one JSON.parse of one string literal. */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;
/** A store file and the module text that reads it, written to a folder of their own. */
function written(store: string, code: (file: string) => string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'store-module-'));
  const file = join(dir, STORE_FILE_NAME);
  writeFileSync(file, store);
  const module = code(file);
  const modulePath = join(dir, 'store.mjs');
  if (module !== undefined) writeFileSync(modulePath, module);
  return { file, module, load: async () => ((await import(pathToFileURL(modulePath).href)) as { default: unknown }).default };
}

describe('storeFileModule', () => {
  const store = JSON.stringify({
    articles: [{ title: 'Iturup / Etorofu — “quoted”', note: 'line\nbreak \u2028 tab\t back\\slash', names: '択捉島 Итуруп 🗾' }],
  });

  it('exports what the module Astro writes exports, read from the store file', async () => {
    const { module, load } = written(store, (file) => storeFileModule(file));
    expect(module!.length).toBeLessThan(200);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running Astro's module text is how it is compared
    const astros = (new Function(astroModule(store).replace(/^export default /, 'return ')) as () => unknown)();
    expect(await load()).toEqual(astros);
  });

  it('names the file it reads, whatever its path holds', async () => {
    const { module, load } = written('{"a":1}', (file) => storeFileModule(file));
    expect(module).toContain('readFileSync(');
    expect(await load()).toEqual({ a: 1 });
    expect(storeFileModule("/tmp/a 'quoted' dir/data-store.json")).toContain(JSON.stringify("/tmp/a 'quoted' dir/data-store.json"));
  });
});

describe('content-store-from-file Vite plugin', () => {
  interface Load {
    order: string;
    handler: (this: unknown, id: string) => { code: string } | undefined;
  }
  const load = (storeFile: string) => storeFromFilePlugin(storeFile).load as unknown as Load;

  it('loads the content store module from the file, before Astro does, in the build only', () => {
    const { file } = written('{}', () => undefined);
    expect(load(file).order).toBe('pre');
    expect(storeFromFilePlugin(file).apply).toBe('build');
    expect(load(file).handler(CONTENT_STORE_MODULE_ID)?.code).toBe(storeFileModule(file));
    expect(load(file).handler('/src/pages/index.astro')).toBeUndefined();
  });

  it('leaves a build without a store file to Astro (its empty store)', () => {
    expect(load('/no/such/dir/data-store.json').handler(CONTENT_STORE_MODULE_ID)).toBeUndefined();
  });

  it('matches the module Astro writes for a single-file store (fails if Astro changes it)', () => {
    const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const source = readFileSync(join(astroDir, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(source).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    const consts = readFileSync(join(astroDir, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain('DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    // And the text it parses is the build's store file, the one the rewritten module reads.
    expect(source).toContain('const jsonData = await fs.promises.readFile(dataStoreFile, "utf-8");');
    expect(consts).toContain(`DATA_STORE_FILE = "${STORE_FILE_NAME}"`);
    const paths = readFileSync(join(astroDir, 'dist/content/paths.js'), 'utf8');
    expect(paths).toContain('return new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir);');
  });
});
