import type { APIContext } from 'astro';
import { timelineDownload } from '../../data/timeline';

export const GET = ({ site }: APIContext) => timelineDownload('csv', 'en', site);
