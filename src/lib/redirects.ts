/**
 * Timeline events whose file was renamed when a correction changed the date
 * in the name (the file name is the event's id and its address). The old
 * address keeps working as a redirect, so links from elsewhere do not break.
 */
import { withBase } from './urls';

export const RENAMED_EVENTS: Readonly<Record<string, string>> = {
  '2022-02-24-sanctions-package-1': '2022-02-23-sanctions-package-1',
};

/**
 * Astro `redirects` entries, old address → new, for the renamed events.
 * Astro puts the base path in front of the old address but not of the
 * destination, so the destination carries it here.
 */
export function eventRedirects(base: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(RENAMED_EVENTS).map(([from, to]) => [`/timeline/${from}/`, withBase(`/timeline/${to}/`, base)]),
  );
}
