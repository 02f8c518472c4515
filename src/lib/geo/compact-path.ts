/**
 * SVG path data for d3-geo's geoPath, written compactly: whole user units,
 * each point as a move relative to the one before, so the coastline of the
 * islands map costs about a third of d3's own output (a quarter gzipped). A unit is under one CSS
 * pixel at the map's size, so rounding to it is invisible; a ring that
 * rounding would shrink below a triangle (an islet under a unit across) is
 * written to a tenth of a unit instead, so no islet disappears.
 */
import type { GeoContext } from 'd3-geo';

interface Ring {
  points: Array<[number, number]>;
  closed: boolean;
}

/** A number of tenths as SVG path text: 15 → "1.5", -3 → "-.3", 20 → "2". */
function tenths(n: number): string {
  const text = String(n / 10);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Distinct consecutive points (and no closing repeat for a closed ring), in tenths of a unit at the given step. */
function quantise(ring: Ring, step: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [x, y] of ring.points) {
    // In whole tenths, so the deltas below are exact.
    const q: [number, number] = [Math.round(Math.round(x / step) * step * 10), Math.round(Math.round(y / step) * step * 10)];
    const last = out.at(-1);
    if (last?.[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out.at(-1);
  if (ring.closed && out.length > 1 && first?.[0] === last?.[0] && first?.[1] === last?.[1]) out.pop();
  return out;
}

/** A geoPath context that collects subpaths; `toString()` gives the path data. */
export class CompactPath implements GeoContext {
  private readonly rings: Ring[] = [];

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.rings.push({ points: [[x, y]], closed: false });
  }

  lineTo(x: number, y: number): void {
    this.rings[this.rings.length - 1]?.points.push([x, y]);
  }

  closePath(): void {
    const ring = this.rings[this.rings.length - 1];
    if (ring) ring.closed = true;
  }

  // Points are drawn as markers, not through this context.
  arc(): void {}

  toString(): string {
    const numbers: string[] = [];
    const out: string[] = [];
    // The pen, in tenths of a unit: after "z" it is back at the subpath's start.
    let pen: [number, number] = [0, 0];
    for (const ring of this.rings) {
      let points = quantise(ring, 1);
      if (ring.closed && points.length < 3) points = quantise(ring, 0.1);
      // A single point draws nothing; two (a closed sliver) still draw as a stroke, as they did unrounded.
      if (points.length < 2) continue;
      numbers.length = 0;
      let at = pen;
      for (const p of points) {
        numbers.push(tenths(p[0] - at[0]), tenths(p[1] - at[1]));
        at = p;
      }
      out.push('m', numbers.reduce((text, n) => (n.startsWith('-') ? text + n : `${text} ${n}`)).trimStart());
      if (ring.closed) {
        out.push('z');
        pen = points[0]!;
      } else pen = at;
    }
    return out.join('');
  }
}
