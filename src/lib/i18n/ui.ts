/**
 * Every string of the interface, one dictionary per language. The English
 * dictionary defines the keys; each other language must give every key
 * (TypeScript refuses a missing one, and a unit test checks the values), so
 * no English is left on a Japanese page.
 */
import type { Language } from './languages';

const en = {
  'site.name': 'Japan–Russia Relations',
  'site.tagline': 'News analysis: the Kuril Islands / Northern Territories, security strategy and sanctions',
  'site.publisher': 'Japan–Russia Relations editorial team',
  'nav.label': 'Main',
  'nav.articles': 'Articles',
  'nav.timeline': 'Timeline',
  'nav.glossary': 'Glossary',
  'nav.about': 'About',
  'page.skip': 'Skip to content',
  'theme.toDark': 'Dark theme',
  'theme.toLight': 'Light theme',
  'search.button': 'Search',
  'footer.about': 'About, sources and corrections policy',
  'footer.corrections': 'Corrections',
  'footer.articles': 'All articles',
  'footer.timeline': 'Timeline',
  'footer.rss': 'RSS feed',
  'footer.policy':
    'Every fact is sourced; contested figures are attributed to whoever claimed them. Place names are given as both sides use them.',
  'footer.errors': 'Found an error? See the corrections policy.',
  'language.switch': 'Language',
  'language.other': '日本語',
  'translation.stale': 'This translation has not caught up with changes to the original.',
  'translation.readOriginal': 'Read the original',
  'translation.missing': 'This page has not been translated yet.',
  'translation.summary': 'This is a summary of the report, which is republished in its original language only.',
} as const;

export type UiKey = keyof typeof en;

const ja: Record<UiKey, string> = {
  'site.name': '日露関係',
  'site.tagline': '北方領土・千島列島、国家安全保障戦略、対ロシア制裁をめぐるニュース分析',
  'site.publisher': '「日露関係」編集部',
  'nav.label': 'メイン',
  'nav.articles': '記事',
  'nav.timeline': '年表',
  'nav.glossary': '用語集',
  'nav.about': 'このサイトについて',
  'page.skip': '本文へ移動',
  'theme.toDark': 'ダークモード',
  'theme.toLight': 'ライトモード',
  'search.button': '検索',
  'footer.about': 'このサイトについて・出典と訂正の方針',
  'footer.corrections': '訂正',
  'footer.articles': '記事一覧',
  'footer.timeline': '年表',
  'footer.rss': 'RSSフィード',
  'footer.policy': 'すべての事実に出典を示し、争いのある数字は主張した側を明記しています。地名は双方の呼び方を併記しています。',
  'footer.errors': '誤りを見つけた場合は、訂正の方針をご覧ください。',
  'language.switch': '言語',
  'language.other': 'English',
  'translation.stale': 'この翻訳は原文の更新に追いついていません。',
  'translation.readOriginal': '英語の原文を読む',
  'translation.missing': 'このページはまだ翻訳されていません。',
  'translation.summary': 'これは報告の要約です。報告そのものは原文の言語でのみ掲載しています。',
};

export const UI: Record<Language, Record<UiKey, string>> = { en, ja };

/** The interface strings of one language: `const t = translator('ja'); t('nav.timeline')`. */
export const translator =
  (lang: Language) =>
  (key: UiKey): string =>
    UI[lang][key];
