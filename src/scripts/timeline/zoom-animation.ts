/**
 * Button and key zoom steps, eased over a short time. A press during a step
 * builds on where that step was heading, so three quick presses zoom ×8.
 */
export function zoomAnimator(durationMs: number, maxZoom: number): (from: number, factor: number, apply: (k: number) => void) => void {
  let current: { to: number } | null = null;
  return (from, factor, apply) => {
    const to = Math.min(maxZoom, Math.max(1, (current?.to ?? from) * factor));
    const run = { to };
    current = run;
    const start = performance.now();
    const step = (now: number) => {
      if (current !== run) return;
      const t = Math.min(1, (now - start) / durationMs);
      apply(from * (to / from) ** (t * (2 - t)));
      if (t < 1) requestAnimationFrame(step);
      else current = null;
    };
    requestAnimationFrame(step);
  };
}
