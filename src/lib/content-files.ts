/**
 * Reads content files outside Astro's content layer, for the Markdown
 * pipeline, which runs before collections exist: glossary terms for
 * remark-glossary and places for the islands map. Validation stays with the
 * collections' schemas (content.config.ts); this only picks the fields the
 * plugins need and fails loudly if one is missing. Respects CONTENT_DIR.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import type { GlossaryTerm } from './glossary';
import type { MapPlace } from './geo/islands-map';

function contentDir(): string {
  return process.env['CONTENT_DIR'] ?? './content';
}

/** Every .yaml/.yml file in `dir`, parsed, with its id (the file name without extension), sorted by id. */
export function readYamlDir(dir: string): Array<{ id: string; file: string; data: Record<string, unknown> }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => {
      const file = join(dir, n);
      const data = parse(readFileSync(file, 'utf8')) as unknown;
      if (!data || typeof data !== 'object') throw new Error(`${file}: expected a YAML mapping`);
      return { id: basename(n, extname(n)), file, data: data as Record<string, unknown> };
    });
}

function str(file: string, data: Record<string, unknown>, key: string): string {
  const v = data[key];
  if (typeof v !== 'string') throw new Error(`${file}: "${key}" must be text`);
  return v;
}

export function loadGlossaryTerms(dir = join(contentDir(), 'glossary')): GlossaryTerm[] {
  return readYamlDir(dir).map(({ id, file, data }) => ({
    id,
    term: str(file, data, 'term'),
    aliases: Array.isArray(data['aliases']) ? data['aliases'].map(String) : [],
    definition: str(file, data, 'definition'),
  }));
}

export function loadPlaces(dir = join(contentDir(), 'places')): MapPlace[] {
  return readYamlDir(dir).map(({ id, file, data }) => {
    const ru = (data['russian'] ?? {}) as Record<string, unknown>;
    const ja = (data['japanese'] ?? {}) as Record<string, unknown>;
    return {
      id,
      name: str(file, data, 'name'),
      russian: { latin: str(file, ru, 'latin'), cyrillic: str(file, ru, 'cyrillic') },
      japanese: { latin: str(file, ja, 'latin'), script: str(file, ja, 'script') },
      lat: Number(data['lat']),
      lon: Number(data['lon']),
      disputed: data['disputed'] === true,
    };
  });
}
