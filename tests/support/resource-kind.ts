/**
 * What a downloaded path is, for the byte budgets and the page-weight bench:
 * the page (HTML), its CSS and JavaScript, or the font. The font is its
 * files and its @font-face stylesheet (/fonts/…): it loads separately from
 * the page's own styles, only on pages that show Japanese, and is cached
 * across pages, so it has a budget of its own instead of counting in the page's.
 */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'other';

/** The font's @font-face stylesheet, counted in 'font' and budgeted on its own. */
export const isFontStylesheet = (path: string) => resourceKind(path) === 'font' && path.endsWith('.css');

export function resourceKind(path: string): ResourceKind {
  if (path.includes('/fonts/')) return 'font';
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  return 'other';
}
