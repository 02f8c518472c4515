/**
 * The islands map in the dispute explainer: a static SVG that works with
 * JavaScript off, with land, the four disputed islands named in Russian and
 * Japanese, Paramushir and Cape Nosappu, and the 500 km ring labelled as a
 * claim; and legible in the dark theme.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser-session';
import { pageUrl } from '../support/site';

const siteUrl = inject('siteUrl');
const EXPLAINER = '/articles/kuril-islands-northern-territories-dispute/';

const session = useBrowser();

/** WCAG contrast ratio of two computed colours: rgb(0–255) or color(srgb 0–1), as color-mix() gives. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const unit = c.startsWith('color(') ? 1 : 255;
    const [r, g, bl] = (c.replace(/^color\(srgb/, '').match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / unit;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the islands map', () => {
  it('renders with JavaScript off: SVG, land, the places in both languages and the claimed range', async () => {
    const { page, problems } = await session.openPage({ javaScriptEnabled: false });
    await page.goto(pageUrl(siteUrl, EXPLAINER));
    const figure = page.locator('figure#islands-map');
    await expect(figure.count()).resolves.toBe(1);
    const svg = figure.locator('svg');
    await expect(svg.getAttribute('role')).resolves.toBe('img');
    await expect(svg.locator('title').textContent()).resolves.toMatch(/Hokkaido and the Kuril Islands/);
    await expect(svg.locator('desc').textContent()).resolves.toMatch(/no borders/);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);

    // The outlines are drawn from the shared land file (<use>): once it has loaded, Hokkaido is land under the pointer.
    const land = svg.locator('use.islands-map__land');
    await expect(land.count()).resolves.toBe(1);
    await expect.poll(() => land.evaluate((el: SVGUseElement) => el.getBBox().width)).toBeGreaterThan(500);
    const hit = (x: number, y: number) =>
      svg.evaluate(
        (el: SVGSVGElement, [px, py]) => {
          const at = new DOMPoint(px, py).matrixTransform(el.getScreenCTM()!);
          return document.elementFromPoint(at.x, at.y)?.getAttribute('class');
        },
        [x, y],
      );
    // Inland Hokkaido, north-east of its label; the open Pacific, east of Iturup.
    await svg.scrollIntoViewIfNeeded();
    await expect(hit(150, 420)).resolves.toBe('islands-map__land');
    await expect(hit(600, 450)).resolves.toBe('islands-map__water');

    const labels = await svg.locator('text').allTextContents();
    const all = labels.join('\n');
    for (const name of [
      'Iturup / Etorofu',
      'Итуруп',
      '択捉島',
      'Kunashir / Kunashiri',
      'Кунашир',
      '国後島',
      'Shikotan',
      'Шикотан',
      '色丹島',
      'Habomai islets',
      'острова Хабомаи',
      '歯舞群島',
      'Cape Nosappu',
      'Paramushir / Horomushiro',
      'northern Kurils, not disputed',
    ]) {
      expect(all, name).toContain(name);
    }
    await expect(svg.locator('tspan[lang="ru"]').count()).resolves.toBeGreaterThanOrEqual(6);
    await expect(svg.locator('tspan[lang="ja"]').count()).resolves.toBeGreaterThanOrEqual(6);
    await expect(svg.locator('.islands-map__place--disputed').count()).resolves.toBe(4);

    await expect(svg.locator('path.islands-map__ring').count()).resolves.toBe(1);
    const ringLabel = (await svg.locator('.islands-map__ring-label').textContent())!.replace(/\s+/g, ' ');
    expect(ringLabel).toMatch(/Claimed range: up to 500 km,\s?according to Russia’s Defence Ministry/);

    await expect(figure.locator('figcaption').innerText()).resolves.toMatch(/Natural Earth 1:10m/);
    // Static: nothing in the figure needs a script to draw it.
    await expect(figure.locator('script').count()).resolves.toBe(0);
    expect(problems.foreignRequests).toEqual([]);
  });

  it('is legible in light and dark mode: labels contrast with the water, land differs from water', async () => {
    const fills: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await session.openPage({ colorScheme, javaScriptEnabled: false });
      await page.goto(pageUrl(siteUrl, EXPLAINER));
      const c = await page.evaluate(() => {
        const fill = (sel: string) => getComputedStyle(document.querySelector(sel)!).fill;
        return {
          water: fill('.islands-map__water'),
          land: fill('.islands-map__land'),
          label: fill('.islands-map__label'),
          ring: fill('.islands-map__ring-label'),
        };
      });
      expect(contrast(c.label, c.water), `${colorScheme} label`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.ring, c.water), `${colorScheme} ring label`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.land, c.water), `${colorScheme} land`).toBeGreaterThan(1.1);
      fills[colorScheme] = c.water;
    }
    expect(fills['light']).not.toBe(fills['dark']);
  });
});
