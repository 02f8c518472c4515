/** Label widths in the font the chart is really drawn in (the build can only estimate them: lib/timeline/metrics.ts). */
export function measureIn(svg: Element): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const style = getComputedStyle(svg);
  if (context) context.font = `${style.fontSize} ${style.fontFamily}`;
  const widths = new Map<string, number>();
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = context?.measureText(text).width ?? text.length * 8));
    return w;
  };
}
