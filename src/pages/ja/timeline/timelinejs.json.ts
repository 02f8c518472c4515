/** The Japanese edition's timelinejs.json: the English endpoint's file with the translations' text and /ja/ addresses. */
import type { APIContext } from 'astro';
import { timelineDownload } from '../../../data/timeline';

export const GET = ({ site }: APIContext) => timelineDownload('timelinejs', 'ja', site);
