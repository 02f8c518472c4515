/**
 * Timeline events whose file was renamed when a correction changed the date
 * in the name (the file name is the event's id and its address). The old
 * address stays as a small page that sends the reader on to the new one, so
 * links from elsewhere do not break.
 *
 * Not Astro's `redirects` option: the page it writes is not valid HTML (no
 * language, no head) and cannot say why the address changed.
 */
export const RENAMED_EVENTS: Readonly<Record<string, string>> = {
  '1875-treaty-of-st-petersburg': '1875-05-07-treaty-of-st-petersburg',
  '1951-san-francisco-peace-treaty': '1951-09-08-san-francisco-peace-treaty',
  '1998-11-moscow-declaration': '1998-11-13-moscow-declaration',
  '2013-04-abe-visits-moscow': '2013-04-29-abe-visits-moscow',
  '2022-02-24-sanctions-package-1': '2022-02-23-sanctions-package-1',
};

/** True for the address of a moved event's old page, which the sitemap leaves out. */
export function isMovedEventPage(pageUrl: string): boolean {
  const m = /\/timeline\/([^/]+)\/$/.exec(pageUrl);
  return m !== null && Object.hasOwn(RENAMED_EVENTS, m[1]!);
}
