/**
 * Kinds of timeline event. Kept apart from content-schema.ts (which pulls in
 * zod) so the browser's timeline code can use the list without shipping zod.
 */
export const CATEGORIES = ['diplomacy', 'territory', 'security-policy', 'military', 'sanctions'] as const;
export type Category = (typeof CATEGORIES)[number];
