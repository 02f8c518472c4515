/** Site-wide settings and the navigation, in one place. */
export const SITE = {
  name: 'Japan–Russia Relations',
  tagline: 'News analysis: the Kuril Islands / Northern Territories, security strategy and sanctions',
  lang: 'en',
  publisher: 'Japan–Russia Relations editorial team',
} as const;

export interface NavItem {
  href: string;
  label: string;
}

/** Primary navigation; hrefs are root-relative and get the base path added. */
export const NAV: readonly NavItem[] = [
  { href: '/articles/', label: 'Articles' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/about/', label: 'About' },
];

/** True when `pathname` (without base) is the nav item's section. */
export function isCurrentSection(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
