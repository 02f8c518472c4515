/**
 * Self-hosted Japanese type (Fontsource's Noto Sans JP) for readers whose
 * system has no Japanese font, where names such as 択捉島 would otherwise be
 * empty boxes. After the build, every page's text is read for the characters
 * the font covers; `/fonts/noto-sans-jp.css` gets only the faces holding
 * those characters (see src/lib/fonts/font-faces.ts) and `/fonts/noto-sans-jp/`
 * only their woff2 files. A browser fetches a file only when a page shows one
 * of its characters, so a page with no Japanese downloads no font.
 * In `astro dev` every Japanese face is served, unnarrowed.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_STYLESHEETS, japaneseSubsets, narrowedStylesheet, parseFontFaces, type FontFace } from '../lib/fonts/font-faces';
import { LANGUAGES, type Language } from '../lib/i18n/languages';
import { pageLanguage } from '../lib/i18n/paths';
import { builtHtmlFiles } from './built-pages';

const FILES_DIR = '/fonts/noto-sans-jp/';
/** Regular and bold: body text and headings. */
const WEIGHTS = ['400', '700'];

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));

/** The Japanese faces of each weight. */
async function japaneseFaces(): Promise<FontFace[]> {
  const sheets = await Promise.all(WEIGHTS.map((w) => readFile(join(packageDir, `${w}.css`), 'utf8')));
  return japaneseSubsets(sheets.flatMap(parseFontFaces));
}

/** Characters from the CJK blocks on (FIRST_EAST_ASIAN): the only ones the narrowed faces take. */
const WIDE = /[\u2e80-\u{2ffff}]/gu;

export default function japaneseFont(): AstroIntegration {
  let base = '/';
  return {
    name: 'japanese-font',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (!Object.values(FONT_STYLESHEETS).some((sheet) => req.url?.endsWith(sheet))) {
            next();
            return;
          }
          // Every character the font has: dev pages change as they are edited.
          japaneseFaces().then(
            (faces) => {
              const all = new Set(faces.flatMap((f) => f.ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))));
              res.setHeader('Content-Type', 'text/css');
              res.end(narrowedStylesheet(faces, all, (file) => `/@fs${join(packageDir, file)}`));
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The characters of each edition's pages, and of the scripts that write text into any page (the search help, for one).
        const used = new Map<Language, Set<number>>(LANGUAGES.map((l) => [l, new Set()]));
        const read = async (file: string, into: readonly Language[]) => {
          for (const [ch] of (await readFile(file, 'utf8')).matchAll(WIDE)) for (const l of into) used.get(l)?.add(ch.codePointAt(0)!);
        };
        const scripts = (await readdir(join(outDir, '_astro')).catch(() => []))
          .filter((f) => f.endsWith('.js'))
          .map((f) => join(outDir, '_astro', f));
        for (const file of await builtHtmlFiles(outDir))
          await read(file, [pageLanguage(`/${relative(outDir, file).split(sep).join('/')}`).lang]);
        for (const file of scripts) await read(file, LANGUAGES);
        const faces = await japaneseFaces();
        const needed = new Set<string>();
        await mkdir(join(outDir, FILES_DIR), { recursive: true });
        for (const lang of LANGUAGES) {
          const css = narrowedStylesheet(faces, used.get(lang) ?? new Set(), (file) => {
            needed.add(file);
            return `${base}${FILES_DIR.slice(1)}${file.replace(/^\.\/files\//, '')}`;
          });
          await writeFile(join(outDir, FONT_STYLESHEETS[lang]), `${css}\n`);
        }
        await Promise.all([...needed].map((f) => copyFile(join(packageDir, f), join(outDir, FILES_DIR, f.replace(/^\.\/files\//, '')))));
        const counts = LANGUAGES.map((l) => `${used.get(l)?.size ?? 0} characters on ${l} pages`).join(', ');
        logger.info(`Noto Sans JP: ${needed.size} of ${faces.length} files for ${counts}`);
      },
    },
  };
}
