/** Runs axe-core in a page with the WCAG 2.2 A and AA rules. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Violations on the page as it is now, in a compact, readable form. */
export async function axeViolations(page: Page, context: string | undefined = undefined): Promise<Violation[]> {
  // evaluate() runs through the DevTools protocol, so a strict CSP does not block it.
  await page.evaluate(axeSource);
  const results = (await page.evaluate(
    ([tags, ctx]) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(ctx ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    [WCAG_TAGS, context] as const,
  )) as AxeResults;
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}
