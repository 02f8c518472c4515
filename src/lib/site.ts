/** Site-wide settings and the navigation, in one place. */
import type { UiKey } from './i18n/ui';

export const SITE = {
  name: 'Japan–Russia Relations',
  tagline: 'News analysis: the Kuril Islands / Northern Territories, security strategy and sanctions',
  lang: 'en',
  publisher: 'Japan–Russia Relations editorial team',
} as const;

export interface NavItem {
  href: string;
  /** The label's key in the interface dictionaries. */
  label: UiKey;
}

/** Primary navigation; hrefs are root-relative and get the base path added. */
export const NAV: readonly NavItem[] = [
  { href: '/articles/', label: 'nav.articles' },
  { href: '/timeline/', label: 'nav.timeline' },
  { href: '/glossary/', label: 'nav.glossary' },
  { href: '/about/', label: 'nav.about' },
];

/** True when `pathname` (without base) is the nav item's section. */
export function isCurrentSection(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
