/** The Japanese edition's events.csv: the English endpoint's file with the translations' text and /ja/ addresses. */
import type { APIContext } from 'astro';
import { timelineDownload } from '../../../data/timeline';

export const GET = ({ site }: APIContext) => timelineDownload('csv', 'ja', site);
