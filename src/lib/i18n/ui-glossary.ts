/** The words of a glossary term's pop-up in running text (src/scripts/glossary-term.ts), sent with the definitions. */
export const glossaryEn = {
  'glossary.popup.hint': 'Glossary term: shows a short definition',
  'glossary.popup.more': 'Glossary entry',
} as const;

export const glossaryJa: Record<keyof typeof glossaryEn, string> = {
  'glossary.popup.hint': '用語：短い説明を表示します',
  'glossary.popup.more': '用語集の項目',
};
