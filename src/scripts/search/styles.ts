/**
 * The search interface's stylesheet, attached on first use. Imported as a
 * URL rather than as CSS: Astro would otherwise inline CSS reached from any
 * script into every page, and the search styles would weigh on pages where
 * nobody searches.
 */
import href from '../../styles/search.css?url';

let loaded: Promise<void> | undefined;

/** Adds the stylesheet once; resolves when it has loaded (or failed: the UI still works unstyled). */
export function loadSearchStyles(): Promise<void> {
  loaded ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return loaded;
}
