/**
 * Memoises a content read for the whole build: every page asks for the same
 * collections, and reading them per page makes a build quadratic in their
 * size. `astro dev` reloads content as it changes, so there it reads afresh.
 */
export function perBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    loaded ??= load();
    return loaded;
  };
}
