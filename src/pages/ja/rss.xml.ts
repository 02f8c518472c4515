import type { APIContext } from 'astro';
import { articlesFeed } from '../../data/feeds';

/** The Japanese edition's articles, translated titles and links to the Japanese pages. */
export const GET = (context: APIContext) => articlesFeed('ja', context);
