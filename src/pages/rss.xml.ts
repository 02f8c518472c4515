import type { APIContext } from 'astro';
import { articlesFeed } from '../data/feeds';

export const GET = (context: APIContext) => articlesFeed('en', context);
