/** The timeline embed's own words (src/pages/timeline/embed.astro), spread into ./ui.ts and ./ui-ja.ts. */

export const embedEn = {
  'embed.title': 'Timeline of Japan–Russia relations (embed)',
  'embed.description': 'The Japan–Russia relations timeline, for embedding in other sites.',
  'embed.credit': '{site} timeline',
  'embed.noScript': 'Every event is shown: the range and categories the embedding page asked for apply only when scripts run.',
} as const;

export const embedJa: Record<keyof typeof embedEn, string> = {
  'embed.title': '日露関係年表（埋め込み用）',
  'embed.description': '他のサイトに埋め込むための日露関係年表。',
  'embed.credit': '{site}の年表',
  'embed.noScript': 'すべての出来事を表示しています。埋め込み先のページが指定した期間と分野は、スクリプトが動くときにだけ反映されます。',
};
