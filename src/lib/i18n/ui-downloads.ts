/** The words inside the timeline downloads (src/lib/timeline/export.ts), spread into ./ui.ts and ./ui-ja.ts. */

export const downloadsEn = {
  'downloads.title': '{site}: timeline',
  'downloads.timelineJsHeadline': '{site}: a timeline',
  'downloads.timelineJsText': 'Japan–Russia relations from the 1855 Treaty of Shimoda onwards; every event dated and sourced.',
  'downloads.sourcesAndDetails': 'Sources and details',
  'downloads.calendarDescription': '{name}. Events dated only to the year are not included.',
  'downloads.monthOnly': 'Date known to the month only. {text}',
  'downloads.eventDescription': '{summary}\n\nSources: {sources}',
  'downloads.sourceSeparator': '; ',
} as const;

export const downloadsJa: Record<keyof typeof downloadsEn, string> = {
  'downloads.title': '{site}：年表',
  'downloads.timelineJsHeadline': '{site}：年表',
  'downloads.timelineJsText': '1855年の日露和親条約（下田条約）以降の日露関係。すべての出来事に日付と出典があります。',
  'downloads.sourcesAndDetails': '出典と詳細',
  'downloads.calendarDescription': '{name}。年だけが分かっている出来事は含めていません。',
  'downloads.monthOnly': '日付は月までしか分かっていません。{text}',
  'downloads.eventDescription': '{summary}\n\n出典：{sources}',
  'downloads.sourceSeparator': '、',
};
