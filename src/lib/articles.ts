/** Pure helpers for article lists: ordering, the lead story, labels. */

export interface ArticleLike {
  id: string;
  data: { published: string; updated?: string | undefined; lead?: boolean; title: string };
}

/** Newest first by publication date, then by title for a stable order. */
export function byNewest<T extends ArticleLike>(a: T, b: T): number {
  return b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title);
}

/** The article marked `lead`, else the newest. */
export function pickLead<T extends ArticleLike>(articles: readonly T[]): T | undefined {
  return articles.find((a) => a.data.lead) ?? [...articles].sort(byNewest)[0];
}

export const KIND_LABELS = { report: 'Report', analysis: 'Analysis', explainer: 'Explainer' } as const;

export const TOPIC_LABELS = {
  'kuril-islands': 'Kuril Islands / Northern Territories',
  'security-strategy': 'Security strategy',
  sanctions: 'Sanctions',
  military: 'Military',
  diplomacy: 'Diplomacy',
  'ukraine-war': 'War in Ukraine',
} as const;
