/**
 * The timeline chart's words in one language, at build time: the drawing's
 * accessible name and description, the eras' labels and the categories'
 * names. The browser gets the ones it redraws from the chart's data, not
 * from the dictionaries.
 */
import type { Language } from '../i18n/languages';
import { fill, translator, UI, type UiKey } from '../i18n/ui';
import { CATEGORIES, type Category } from './categories';
import { ERAS, type Era } from './eras';

export interface ChartText {
  title: string;
  /** The description of the wide chart and of the phone chart, which runs down the page. */
  description: { across: string; down: string };
  eras: Era[];
  categories: Record<Category, string>;
}

/** The eras with their labels in `lang`. */
export function erasIn(lang: Language): Era[] {
  const eraText = (kind: 'era' | 'eraShort', id: string): string => {
    const text = UI[lang][`timeline.${kind}.${id}` as UiKey] as string | undefined;
    if (!text) throw new Error(`src/lib/i18n/ui-timeline.ts has no "timeline.${kind}.${id}": every era needs its label`);
    return text;
  };
  return ERAS.map((e) => ({ ...e, label: eraText('era', e.id), short: eraText('eraShort', e.id) }));
}

/** The words of a chart of `count` events from year `from` to year `to`, in `lang`. */
export function chartText(lang: Language, { count, from, to }: { count: number; from: string | number; to: string | number }): ChartText {
  const t = translator(lang);
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, t(`category.${c}`)])) as Record<Category, string>;
  const eras = erasIn(lang);
  // Items of a list in the description: "Diplomacy, circle; Territory, square", 外交は円、領土は正方形.
  const sep = lang === 'en' ? '; ' : '、';
  const describe = (axis: string) =>
    fill(t('timeline.chartDescription'), {
      count,
      axis,
      categories: CATEGORIES.map((c) =>
        fill(t('timeline.categoryShape'), { category: categories[c], shape: t(`timeline.shape.${c}`) }),
      ).join(sep),
      eras: eras.map((e) => e.label).join(sep),
    });
  return {
    title: fill(t('timeline.chartTitle'), { from, to }),
    description: { across: describe(t('timeline.axisAcross')), down: describe(t('timeline.axisDown')) },
    eras,
    categories,
  };
}
