/** Serves dist/ for the browser tests and hands its URL to them as `siteUrl`. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ has no built site: run `npm run build` before the browser tests.');
  }
  server = await serveStatic({ root: 'dist' });
  project.provide('siteUrl', server.url);
}

export async function teardown() {
  await server?.close();
}
