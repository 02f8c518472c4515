import { describe, expect, it } from 'vitest';
import { isMovedEventPage, RENAMED_EVENTS } from '../../src/lib/redirects';
import { contentFiles } from '../support/content-files';

const eventIds = new Set(contentFiles('timeline').map((f) => f.id));

describe('renamed timeline events', () => {
  it.each(Object.entries(RENAMED_EVENTS))('%s now lives at %s, and only there', (from, to) => {
    expect(eventIds.has(to)).toBe(true);
    expect(eventIds.has(from)).toBe(false);
  });

  it('never points one old address at another old one', () => {
    for (const to of Object.values(RENAMED_EVENTS)) expect(Object.hasOwn(RENAMED_EVENTS, to)).toBe(false);
  });

  it('recognises the old pages, with or without a base path, and nothing else', () => {
    expect(isMovedEventPage('https://example.org/timeline/2022-02-24-sanctions-package-1/')).toBe(true);
    expect(isMovedEventPage('https://example.org/some/path/timeline/1875-treaty-of-st-petersburg/')).toBe(true);
    expect(isMovedEventPage('https://example.org/timeline/2022-02-23-sanctions-package-1/')).toBe(false);
    expect(isMovedEventPage('https://example.org/timeline/')).toBe(false);
    expect(isMovedEventPage('https://example.org/timeline/toString/')).toBe(false);
  });
});
