import type { APIContext } from 'astro';
import { timelineDownload } from '../../data/timeline';

export const GET = ({ site }: APIContext) => timelineDownload('timelinejs', 'en', site);
