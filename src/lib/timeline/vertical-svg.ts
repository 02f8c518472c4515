/**
 * The phone timeline (./vertical) as SVG markup, built as hast at build time:
 * one link per event to its page, as on the wide chart, and one per group to
 * its first event in the list below. The category filters hide marks by
 * `data-category` (src/scripts/timeline-view.ts); a group lists its events' categories.
 */
import { s } from 'hastscript';
import type { Element } from 'hast';
import type { Language } from '../i18n/languages';
import type { Category } from './categories';
import { isWide } from './metrics';
import { eventLabel } from './render';
import type { VerticalLayout, VerticalMark } from './vertical';

export interface VerticalSvgOptions {
  href: (id: string) => string;
  markPath: (e: { category: Category; importance: 1 | 2 | 3 }) => string;
  linkTarget?: '_blank' | undefined;
  title: string;
  description: string;
  idPrefix: string;
  /** Category of each event, for a group's data-categories. */
  categoryOf: (id: string) => Category | undefined;
  /** The language of the marks' accessible names, and its names of the categories. */
  lang?: Language | undefined;
  categories?: Readonly<Record<Category, string>> | undefined;
}

const f = (n: number) => n.toFixed(1);

function labelText(m: VerticalMark, layout: VerticalLayout, className: string): Element | null {
  if (!m.label) return null;
  const { lines, y } = m.label;
  return s(
    'text',
    { class: className, x: f(layout.labelX), y: f(y + 11) },
    // A space ends each line broken between words, so the text reads (and names the link) as the title does; Japanese breaks without one.
    lines.map((line, i) => {
      const spaced = i < lines.length - 1 && !isWide(line.at(-1) ?? '') && !isWide(lines[i + 1]?.[0] ?? '');
      return s('tspan', { x: f(layout.labelX), dy: i ? '15' : '0' }, spaced ? `${line} ` : line);
    }),
  );
}

/** A line from the mark on the axis to its label when the label had to move away from it. */
function leader(m: VerticalMark, layout: VerticalLayout): Element | null {
  if (!m.label) return null;
  const ly = m.label.y + 7;
  return s('path', { class: 'tl-v__leader', d: `M${f(layout.axisX + 8)},${f(m.y)}L${f(layout.labelX - 4)},${f(ly)}` });
}

export function verticalSvg(layout: VerticalLayout, o: VerticalSvgOptions): Element {
  const { width, height, axisX } = layout;
  const marks = layout.marks.map((m) => {
    if (m.group) {
      const categories = [...new Set(m.group.members.map(o.categoryOf))].join(' ');
      return s('a', { class: 'tl-v__group', href: `#${m.group.members[0]}`, 'aria-label': m.group.title, 'data-categories': categories }, [
        s('rect', { class: 'tl-group__span', x: f(axisX - 4), y: f(m.y - 4), width: '8', height: f(Math.max(8, m.y1 - m.y + 8)), rx: '4' }),
        leader(m, layout),
        labelText(m, layout, 'tl-label'),
      ]);
    }
    const e = m.event!;
    return s(
      'a',
      {
        class: 'tl-v__event',
        href: o.href(e.id),
        target: o.linkTarget,
        rel: o.linkTarget ? 'noopener' : undefined,
        'aria-label': eventLabel(e, o.lang, o.categories),
        'data-category': e.category,
      },
      [
        m.y1 - m.y >= 2 ? s('line', { class: 'tl-span', x1: f(axisX), x2: f(axisX), y1: f(m.y), y2: f(m.y1) }) : null,
        s('path', { class: 'tl-mark', d: o.markPath(e), transform: `translate(${f(axisX)},${f(m.y)})` }),
        leader(m, layout),
        labelText(m, layout, e.importance === 3 ? 'tl-label tl-v__landmark' : 'tl-label'),
      ],
    );
  });
  return s(
    'svg',
    {
      class: 'tl-vsvg',
      viewBox: `0 0 ${width} ${height}`,
      width: String(width),
      height: String(height),
      role: 'group',
      'aria-labelledby': `${o.idPrefix}-title`,
      'aria-describedby': `${o.idPrefix}-desc`,
    },
    [
      s('title', { id: `${o.idPrefix}-title` }, o.title),
      s('desc', { id: `${o.idPrefix}-desc` }, o.description),
      s(
        'g',
        { class: 'tl-eras', 'aria-hidden': 'true' },
        layout.eras.map((era) =>
          s('g', { class: 'tl-era' }, [
            s('rect', { class: 'tl-era__band', x: '0', y: f(era.y0), width: String(width), height: f(era.y1 - era.y0) }),
          ]),
        ),
      ),
      s('g', { class: 'tl-axis', 'aria-hidden': 'true' }, [
        s('line', { class: 'tl-axis__line', x1: String(axisX), x2: String(axisX), y1: '0', y2: String(height) }),
        ...layout.ticks.map((t) =>
          s('g', { class: 'tl-tick', 'data-kind': t.kind, transform: `translate(${axisX},${f(t.x)})` }, [
            s('line', { x1: '-6', x2: '0', y1: '0', y2: '0' }),
            s('text', { x: '-9', y: '4', 'text-anchor': 'end' }, t.label),
          ]),
        ),
        layout.breakY === null
          ? null
          : s('g', { class: 'tl-break', transform: `translate(${axisX},${f(layout.breakY)})` }, [
              s('rect', { class: 'tl-break__gap', x: '-6', y: '-4', width: '12', height: '8' }),
              s('path', { class: 'tl-break__mark', d: 'M-5,-6L5,-1M-5,1L5,6' }),
            ]),
      ]),
      s('g', { class: 'tl-v__marks' }, marks),
    ],
  );
}
