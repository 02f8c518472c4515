/**
 * Self-hosted Japanese type (Fontsource's Noto Sans JP) for readers whose
 * system has no Japanese font, where names such as 択捉島 would otherwise be
 * empty boxes. After the build, every page's text is read for the characters
 * the font covers; each edition's stylesheet (`/fonts/noto-sans-jp.css` for
 * English pages, `.ja.css` for Japanese ones) gets only the faces holding its
 * pages' characters (see src/lib/fonts/font-faces.ts) and `/fonts/noto-sans-jp/`
 * only their woff2 files. A browser fetches a file only when a page shows one
 * of its characters, so a page with no Japanese downloads no font.
 * In `astro dev` every Japanese face is served, unnarrowed (`japaneseFont`);
 * after a build, `japaneseFontSubset` reads the pages in the shared pass over
 * the built pages (./built-pages.ts) and the scripts itself.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FONT_STYLESHEETS, japaneseSubsets, narrowedStylesheet, parseFontFaces, type FontFace } from '../lib/fonts/font-faces';
import { LANGUAGES, type Language } from '../lib/i18n/languages';
import { pageLanguage } from '../lib/i18n/paths';
import type { PageConsumer } from './built-pages';

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

/** Adds the code points of the wide characters in `text` to `used`. */
function collectWide(text: string, used: Set<number>): void {
  for (const [ch] of text.matchAll(WIDE)) used.add(ch.codePointAt(0)!);
}

/** Serves the whole Japanese font in `astro dev`, where pages change as they are edited. */
export default function japaneseFont(): AstroIntegration {
  return {
    name: 'japanese-font',
    hooks: {
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
    },
  };
}

/** After a build: the stylesheet and font files for the characters the pages and scripts use. */
export function japaneseFontSubset(): PageConsumer {
  // The characters of each edition's pages; the scripts' go to every edition.
  let used = new Map<Language, Set<number>>();
  return {
    name: 'japanese-font',
    start() {
      used = new Map(LANGUAGES.map((l) => [l, new Set()]));
      return Promise.resolve();
    },
    page({ rel, html }) {
      const into = used.get(pageLanguage(`/${rel}`).lang);
      if (into) collectWide(html, into);
      return undefined;
    },
    async finish({ outDir, base: configBase, logger }) {
      const base = configBase.replace(/\/?$/, '/');
      // The scripts that write text into pages (the search help, for one).
      const scripts = (await readdir(join(outDir, '_astro')).catch(() => []))
        .filter((f) => f.endsWith('.js'))
        .sort()
        .map((f) => join(outDir, '_astro', f));
      for (const file of scripts) {
        const text = await readFile(file, 'utf8');
        for (const set of used.values()) collectWide(text, set);
      }
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
  };
}
