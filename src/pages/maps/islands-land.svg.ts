/** The islands map's land outlines, one file that every page with the map draws with <use> and caches. */
import type { APIRoute } from 'astro';
import { islandsLandSvg } from '../../data/geo';

export const GET: APIRoute = () => new Response(islandsLandSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
