/**
 * The reads made before Astro's collections exist (src/data/files.ts) use the
 * collections' own schemas, name the file and the field, and follow edits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { glossaryTermsFollowingEdits, loadGlossaryTerms, loadPlaces } from '../../src/data/files';

const VALID = 'tests/fixtures/content-valid';
let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A copy of the valid fixture's glossary and places folders. */
function copy(): { glossary: string; places: string; term: string } {
  work = mkdtempSync(join(tmpdir(), 'data-files-'));
  cpSync(VALID, work, { recursive: true });
  return { glossary: join(work, 'glossary'), places: join(work, 'places'), term: join(work, 'glossary/sample-term.yaml') };
}

describe('loadGlossaryTerms and loadPlaces', () => {
  it('read the valid fixture, with ids from the file names and the schema defaults', () => {
    const { glossary, places } = copy();
    const [term] = loadGlossaryTerms(glossary);
    expect(term?.id).toBe('sample-term');
    expect(term?.aliases).toBeInstanceOf(Array);
    expect(term?.place).toBe('sample-place');
    expect(loadPlaces(places).map((p) => p.id)).toEqual(['sample-place']);
  });

  it('reject a term without a definition, naming the file and the field', () => {
    const { glossary, term } = copy();
    writeFileSync(term, readFileSync(term, 'utf8').replace(/^definition:.*\n/m, ''));
    expect(() => loadGlossaryTerms(glossary)).toThrow(/sample-term\.yaml: definition: /);
  });

  it('reject a misspelt field, as the collection does (strict objects)', () => {
    const { glossary, term } = copy();
    writeFileSync(term, `${readFileSync(term, 'utf8')}\naliasses: [Other]\n`);
    expect(() => loadGlossaryTerms(glossary)).toThrow(/sample-term\.yaml: .*aliasses/);
  });

  describe('a place’s claimedRange (the islands map’s ring and its range sources)', () => {
    const range = (source: string) =>
      `claimedRange:\n  km: 500\n  claimedBy: A ministry\n  caveat: "The ring is a claim, not a measurement."\n  sources:\n${source}`;
    const place = (dir: string) => join(dir, 'sample-place.yaml');

    it('is read with its sources', () => {
      const { places } = copy();
      writeFileSync(
        place(places),
        `${readFileSync(place(places), 'utf8')}\n${range('    - { publisher: Publisher, title: A title, url: "https://example.org/r", date: "2021-12" }\n')}`,
      );
      const [read] = loadPlaces(places);
      expect(read?.claimedRange?.km).toBe(500);
      expect(read?.claimedRange?.sources).toEqual([
        { publisher: 'Publisher', title: 'A title', url: 'https://example.org/r', date: '2021-12' },
      ]);
    });

    it('rejects a range source without a URL or with a misspelt field, naming the file and the field', () => {
      const { places } = copy();
      const before = readFileSync(place(places), 'utf8');
      writeFileSync(place(places), `${before}\n${range('    - { publisher: Publisher, title: A title }\n')}`);
      expect(() => loadPlaces(places)).toThrow(/sample-place\.yaml: claimedRange\.sources\.0\.url: /);
      writeFileSync(
        place(places),
        `${before}\n${range('    - { publisher: Publisher, title: A title, url: "https://example.org/r", dated: "2021" }\n')}`,
      );
      expect(() => loadPlaces(places)).toThrow(/sample-place\.yaml: claimedRange\.sources\.0: .*dated/);
    });

    it('rejects a range with no source at all', () => {
      const { places } = copy();
      writeFileSync(
        place(places),
        `${readFileSync(place(places), 'utf8')}\n${range('    []\n').replace('sources:\n    []', 'sources: []')}`,
      );
      expect(() => loadPlaces(places)).toThrow(/sample-place\.yaml: claimedRange\.sources: /);
    });
  });

  it('give no entries for a folder that does not exist', () => {
    expect(loadGlossaryTerms('/nonexistent/glossary')).toEqual([]);
  });
});

describe('glossaryTermsFollowingEdits', () => {
  it('reads the terms again after a file changes, and not before', () => {
    const { glossary, term } = copy();
    const terms = glossaryTermsFollowingEdits(glossary);
    const first = terms();
    expect(terms()).toBe(first);
    writeFileSync(term, readFileSync(term, 'utf8').replace(/^term: .*$/m, 'term: "Renamed term"'));
    // A save within the same clock tick as the first read still changes the size; make the time differ too.
    utimesSync(term, new Date(), new Date(Date.now() + 5000));
    const second = terms();
    expect(second).not.toBe(first);
    expect(second[0]?.term).toBe('Renamed term');
  });
});
