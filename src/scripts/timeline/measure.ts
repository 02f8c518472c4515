/** Label widths in the font the chart is really drawn in (the build can only estimate them: lib/timeline/metrics.ts). */
import { FONT_SIZE, isWide, textWidth } from '../../lib/timeline/metrics';

export function measureIn(svg: Element): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const style = getComputedStyle(svg);
  if (context) context.font = `${style.fontSize} ${style.fontFamily}`;
  const em = parseFloat(style.fontSize) || FONT_SIZE;
  const widths = new Map<string, number>();
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      // A wide character is drawn a full em in the Japanese face; while that face is still loading (or fails), the canvas
      // measures a fallback, often narrower: never count one as less, or a Japanese label would overrun its room.
      let wide = 0;
      for (const ch of text) if (isWide(ch)) wide++;
      w = Math.max(context?.measureText(text).width ?? (textWidth(text) * em) / FONT_SIZE, wide * em);
      widths.set(text, w);
    }
    return w;
  };
}
