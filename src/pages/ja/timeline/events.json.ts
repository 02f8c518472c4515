/** The Japanese edition's events.json: the English endpoint's file with the translations' text and /ja/ addresses. */
import type { APIContext } from 'astro';
import { timelineDownload } from '../../../data/timeline';

export const GET = ({ site }: APIContext) => timelineDownload('json', 'ja', site);
